/**
 * What the notifications module stores: messages to one user inside Verksam (a reminder to report), each
 * about a unit and year when it concerns one, with a link to the place in Verksam it is about
 * (docs/adr/0026-reminders.md). Whether the recipient has read it is their own state, kept beside the record
 * (`read_at`), not a change of the municipality's data.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { idField, optionalLine, optionalText, requiredText, yearField } from '#core/validation.ts';
import { isAppLink } from './domain/message.ts';

/** A path inside Verksam, never another site. */
const appLinkField = z
  .string()
  .trim()
  .max(500)
  .refine(isAppLink, { message: 'ska vara en sökväg i Verksam som börjar med /' });

export const notificationEntity = defineEntity({
  table: 'notification',
  name: 'Notification',
  label: 'Meddelandet',
  fields: {
    recipientId: idField,
    /** The unit the message is about, for who may send it (its reviewers and approvers); null: none. */
    orgUnitId: idField.nullable().default(null),
    year: yearField.nullable().default(null),
    subject: requiredText(300),
    /** Plain text: line breaks are kept, nothing is markup. */
    body: optionalText(5000).default(null),
    /** A path inside Verksam: "/rapportera/<tillfälle>/<enhet>". */
    link: appLinkField.nullable().default(null),
    senderId: idField.nullable().default(null),
    senderName: optionalLine(200).default(null),
  },
  immutable: ['recipientId', 'orgUnitId', 'year', 'subject', 'body', 'link', 'senderId', 'senderName'],
});
