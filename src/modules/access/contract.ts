/**
 * The access API: signing in and out, the signed-in user, their own password; and for administrators the
 * users, their roles and their API tokens. Secrets (passwords, tokens) are answered once and never again.
 */
import { z } from 'zod';
import { ROLES } from '#core/actor.ts';
import { defineOperations } from '#core/api.ts';
import { idField, lineText, secretText, versionField } from '#core/validation.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import { PASSWORD_MAX_LENGTH } from './domain/password.ts';
import { grantEntity, userEntity } from './model.ts';

const grantSchema = grantEntity.dto;
export type RoleGrantDto = z.infer<typeof grantSchema>;

export const userSchema = userEntity.dto
  .extend({
    grants: z.array(grantSchema),
    hasPassword: z.boolean().describe('Om användaren har ett lokalt lösenord.'),
    signsInWithIdp: z
      .boolean()
      .describe('Om användaren har loggat in via kommunens identitetsleverantör (OpenID Connect).'),
  })
  .meta({ id: 'UserWithGrants' });
export type UserDto = z.infer<typeof userSchema>;

/** Any characters a person can type; the length rule is the use case's, with its own message. */
const passwordField = secretText(PASSWORD_MAX_LENGTH * 2);

export const sessionSchema = z
  .object({
    user: z
      .object({
        id: idField,
        name: z.string(),
        grants: z.array(
          z.object({
            role: z.enum(ROLES),
            orgUnitId: idField.nullable(),
            fromYear: z.int().nullable(),
            toYear: z.int().nullable(),
          }),
        ),
        mustChangePassword: z.boolean(),
      })
      .nullable()
      .describe('Den inloggade användaren; null när ingen är inloggad.'),
    csrfToken: z
      .string()
      .nullable()
      .describe('Skickas i huvudet X-CSRF-Token med varje ändring som görs med inloggningens kaka.'),
  })
  .meta({ id: 'Session' });
export type SessionDto = z.infer<typeof sessionSchema>;

export const signInInfoSchema = z
  .object({
    demoUsers: z
      .array(z.object({ username: z.string(), name: z.string(), role: z.string() }))
      .describe('Demons användare, en per roll (tom utan demo).'),
    demoPassword: z.string().nullable(),
    oidc: z
      .object({ label: z.string().describe('Inloggningsknappens text.') })
      .nullable()
      .describe(
        'Inloggning via kommunens identitetsleverantör (OpenID Connect); null när den inte är inställd.',
      ),
  })
  .meta({ id: 'SignInInfo' });
export type SignInInfoDto = z.infer<typeof signInInfoSchema>;

export const tokenSchema = z
  .object({
    id: idField,
    userId: idField,
    userName: z.string(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

const idParams = z.strictObject({ id: idField });

/** A parameter of the identity provider's answer: what it sends beside these is let through, if it is text. */
const callbackValue = lineText(4000).optional();
const PARAMETER_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

const oidcCallbackQuery = z
  .object({
    code: callbackValue,
    state: callbackValue,
    iss: callbackValue,
    session_state: callbackValue,
    error: callbackValue,
    error_description: callbackValue,
    error_uri: callbackValue,
  })
  .catchall(lineText(4000))
  .superRefine((query, ctx) => {
    if (Object.keys(query).some((name) => !PARAMETER_NAME.test(name))) {
      ctx.addIssue({ code: 'custom', message: 'Adressen har en parameter med ett ogiltigt namn.', path: [] });
    }
  });

export const accessApi = defineOperations('access', 'Inloggning och behörighet', {
  signInInfo: {
    method: 'GET',
    path: '/access/sign-in-info',
    summary: 'Det inloggningssidan visar: demons användare när demon är inläst',
    response: signInInfoSchema,
    resources: ['access'],
    public: true,
  },
  session: {
    method: 'GET',
    path: '/access/session',
    summary: 'Den inloggade användaren med sina roller, och token för ändringar',
    response: sessionSchema,
    resources: ['access'],
    public: true,
  },
  oidcStart: {
    method: 'GET',
    path: '/access/oidc/start',
    summary: 'Logga in via kommunens identitetsleverantör: skickar webbläsaren dit (303)',
    description:
      'Börjar en inloggning med OpenID Connect (auktoriseringskod med PKCE, state och nonce) och skickar ' +
      'webbläsaren till identitetsleverantören. Utan inställd leverantör: till inloggningssidan med ?fel=.',
    query: z.strictObject({
      next: lineText(2000)
        .optional()
        .describe('Sidan att gå till efter inloggningen (en sökväg på Verksam).'),
    }),
    response: null,
    status: 303,
    resources: ['access'],
    public: true,
  },
  oidcCallback: {
    method: 'GET',
    path: '/access/oidc/callback',
    summary: 'Identitetsleverantörens svar: loggar in och skickar webbläsaren vidare (303)',
    description:
      'Tar emot koden, byter den mot ID-token och öppnar en inloggning som vid lösenord; skickar sedan ' +
      'webbläsaren till sidan den bad om. Vid fel: till inloggningssidan med ?fel=<kod>.',
    query: oidcCallbackQuery,
    response: null,
    status: 303,
    resources: ['access'],
    public: true,
  },
  signIn: {
    method: 'POST',
    path: '/access/sign-in',
    summary: 'Logga in med användarnamn och lösenord (sätter inloggningens kaka)',
    body: z.strictObject({ username: lineText(320), password: passwordField }).meta({ id: 'SignIn' }),
    response: sessionSchema,
    answersSecret: true,
    resources: ['access'],
    public: true,
  },
  signOut: {
    method: 'POST',
    path: '/access/sign-out',
    summary: 'Logga ut här',
    response: null,
    status: 204,
    resources: ['access'],
    public: true,
  },
  signOutEverywhere: {
    method: 'POST',
    path: '/access/sign-out-everywhere',
    summary: 'Logga ut på alla enheter (avslutar alla mina inloggningar)',
    response: null,
    status: 204,
    resources: ['access'],
  },
  changePassword: {
    method: 'POST',
    path: '/access/password',
    summary: 'Byt mitt lösenord (mina andra inloggningar avslutas)',
    body: z
      .strictObject({ currentPassword: passwordField, newPassword: passwordField })
      .meta({ id: 'PasswordChange' }),
    response: null,
    status: 204,
    resources: ['access'],
  },
  listUsers: {
    method: 'GET',
    path: '/access/users',
    summary: 'Alla användare med sina roller',
    response: z.array(userSchema),
    resources: ['access'],
  },
  createUser: {
    method: 'POST',
    path: '/access/users',
    summary: 'Skapa en användare; utan lösenord får hen ett engångslösenord att byta vid första inloggningen',
    body: userEntity.create
      .extend({ password: passwordField.nullable().optional() })
      .meta({ id: 'UserCreate' }),
    response: z
      .object({ user: userEntity.dto, oneTimePassword: z.string().nullable() })
      .meta({ id: 'CreatedUser' }),
    status: 201,
    answersSecret: true,
    resources: ['access'],
  },
  updateUser: {
    method: 'PUT',
    path: '/access/users/:id',
    summary: 'Ändra en användare (en inaktiverad användare loggas ut och kan inte logga in)',
    params: idParams,
    body: userEntity.update,
    response: userEntity.dto,
    resources: ['access'],
  },
  resetPassword: {
    method: 'POST',
    path: '/access/users/:id/password-reset',
    summary: 'Ge en användare ett nytt engångslösenord (hen loggas ut överallt)',
    params: idParams,
    response: z.object({ oneTimePassword: z.string() }).meta({ id: 'PasswordReset' }),
    answersSecret: true,
    resources: ['access'],
  },
  endSessions: {
    method: 'POST',
    path: '/access/users/:id/sign-out',
    summary: 'Logga ut en användare på alla enheter',
    params: idParams,
    response: z.object({ ended: z.int() }),
    resources: ['access'],
  },
  createGrant: {
    method: 'POST',
    path: '/access/grants',
    summary: 'Ge en användare en roll för en del av organisationen (eller hela) och ett spann av år',
    body: grantEntity.create
      .extend({
        orgUnitId: orgUnitRefField
          .nullable()
          .default(null)
          .describe('Enheten (id eller kod) vars del av organisationen rollen gäller; null: hela kommunen.'),
      })
      .meta({ id: 'RoleGrantCreate' }),
    response: grantSchema,
    status: 201,
    resources: ['access'],
  },
  deleteGrant: {
    method: 'DELETE',
    path: '/access/grants/:id',
    summary: 'Ta bort en roll från en användare',
    params: idParams,
    query: z.strictObject({ version: z.coerce.number().pipe(versionField) }),
    response: null,
    status: 204,
    resources: ['access'],
  },
  listTokens: {
    method: 'GET',
    path: '/access/tokens',
    summary: 'API-nycklar (för kommandoraden mot en server), valfritt för en användare',
    query: z.strictObject({ userId: idField.optional() }),
    response: z.array(tokenSchema),
    resources: ['access'],
  },
  createToken: {
    method: 'POST',
    path: '/access/tokens',
    summary: 'Utfärda en personlig API-nyckel; nyckeln visas bara en gång',
    body: z.strictObject({ userId: idField, name: lineText(200).min(1) }).meta({ id: 'ApiTokenCreate' }),
    response: z.object({ id: idField, token: z.string() }).meta({ id: 'IssuedApiToken' }),
    status: 201,
    answersSecret: true,
    resources: ['access'],
  },
  revokeToken: {
    method: 'POST',
    path: '/access/tokens/:id/revoke',
    summary: 'Återkalla en API-nyckel',
    params: idParams,
    response: null,
    status: 204,
    resources: ['access'],
  },
});
