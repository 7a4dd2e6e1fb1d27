/** Swedish texts of the access module. */
import { defineErrors } from '#core/errors.ts';
import { LOCKOUT_MINUTES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './domain/password.ts';

export const accessErrors = defineErrors('access', {
  sign_in_failed: {
    kind: 'unauthenticated',
    // The same text whether the user exists or not, so that it tells a guesser nothing.
    text: () => 'Fel användarnamn eller lösenord.',
  },
  locked: {
    kind: 'too_many',
    text: () =>
      `Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen om ${LOCKOUT_MINUTES} minuter, ` +
      'eller be en administratör att återställa lösenordet.',
  },
  too_many_attempts: {
    kind: 'too_many',
    text: () => 'För många inloggningsförsök från den här datorn. Vänta en minut och försök igen.',
  },
  csrf: {
    kind: 'forbidden',
    text: () =>
      'Ändringen skickades inte från Verksams egna sidor (säkerhetstoken saknas eller stämmer inte). Ladda om sidan och försök igen.',
  },
  password_too_short: {
    kind: 'invalid',
    field: 'newPassword',
    text: () => `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`,
  },
  password_too_long: {
    kind: 'invalid',
    field: 'newPassword',
    text: () => `Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken.`,
  },
  wrong_current_password: {
    kind: 'invalid',
    field: 'currentPassword',
    text: () => 'Det nuvarande lösenordet stämmer inte.',
  },
  user_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Användaren ${ref} finns inte.`,
  },
  username_taken: {
    kind: 'conflict',
    field: 'username',
    text: (username: string) => `Användarnamnet ”${username}” används redan av en annan användare.`,
  },
  grant_not_found: {
    kind: 'not_found',
    text: (id: string) => `Behörigheten ${id} finns inte.`,
  },
  grant_years_reversed: {
    kind: 'invalid',
    field: 'toYear',
    text: (from: number, to: number) => `Sista året (${to}) kan inte ligga före första året (${from}).`,
  },
  token_not_found: {
    kind: 'not_found',
    text: (id: string) => `API-nyckeln ${id} finns inte.`,
  },
  oidc_inactive: {
    kind: 'forbidden',
    text: () => 'Ditt konto i Verksam är inaktiverat. Kontakta en administratör.',
  },
  own_administrator_role: {
    kind: 'conflict',
    text: () => 'Du kan inte ta bort din egen administratörsroll: be en annan administratör göra det.',
  },
});
