/**
 * What the access module stores as records with history: users and their role grants. Passwords, sessions
 * and API tokens are kept apart (db/), so that no hash ever reaches the change log or an API answer.
 */
import { z } from 'zod';
import { ROLES } from '#core/actor.ts';
import { defineEntity } from '#core/entity.ts';
import { idField, optionalLine, requiredText, yearField } from '#core/validation.ts';

/** Sign-in names: lower-case letters, digits and . _ @ - (an e-mail address works). */
export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._@-]{2,100}$/, {
    message: 'ska ha 2–100 tecken: små bokstäver utom å, ä och ö, siffror samt . _ @ -',
  });

export const userEntity = defineEntity({
  table: 'app_user',
  name: 'User',
  label: 'Användaren',
  fields: {
    username: usernameField,
    name: requiredText(200),
    email: optionalLine(320).default(null),
    /** A deactivated user cannot sign in; their history stays. */
    active: z.boolean().default(true),
  },
});

export const grantEntity = defineEntity({
  table: 'role_grant',
  name: 'RoleGrant',
  label: 'Behörigheten',
  fields: {
    userId: idField,
    role: z.enum(ROLES),
    /** The unit whose subtree the role covers; null: the whole municipality. */
    orgUnitId: idField.nullable().default(null),
    fromYear: yearField.nullable().default(null),
    toYear: yearField.nullable().default(null),
  },
  immutable: ['userId'],
});
