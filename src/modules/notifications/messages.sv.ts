/** Swedish texts of the notifications module. */
import { defineErrors } from '#core/errors.ts';

export const notificationsErrors = defineErrors('notifications', {
  not_found: {
    kind: 'not_found',
    // The same for another user's message as for none: a message's existence is its recipient's business.
    text: (id: string) => `Meddelandet ${id} finns inte bland dina meddelanden.`,
  },
  mail_not_configured: {
    kind: 'conflict',
    text: () =>
      'E-post är inte inställd på servern (VERKSAM_SMTP_URL och VERKSAM_MAIL_FROM), så inget e-postmeddelande skickades. Meddelandena finns i Verksam.',
  },
  mail_failed: {
    kind: 'conflict',
    text: (failed: number, total: number, details: string) =>
      `${failed} av ${total} e-postmeddelanden kunde inte skickas: ${details}. Meddelandena finns ändå i Verksam.`,
  },
});
