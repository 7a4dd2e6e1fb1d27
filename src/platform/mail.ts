/**
 * E-mail through the municipality's SMTP server (VERKSAM_SMTP_URL, VERKSAM_MAIL_FROM), with nodemailer. Only
 * jobs send mail, so a slow or unreachable server never holds a request (docs/adr/0026-reminders.md).
 */
import nodemailer from 'nodemailer';
import type { MailSettings } from './config.ts';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  /** Plain text. */
  readonly text: string;
}

export interface Mailer {
  readonly from: string;
  /** Sends one message; rejects with the server's answer when it is refused. */
  send(message: MailMessage): Promise<void>;
}

/** A mailer over the SMTP server; a server that stops answering fails the message instead of hanging. */
export function createMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport({
    url: settings.url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    from: settings.from,
    async send(message) {
      await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}
