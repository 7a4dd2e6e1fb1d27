/** Swedish texts of the audit module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';

export const auditErrors = defineErrors('audit', {
  period_reversed: {
    kind: 'invalid',
    field: 'to',
    text: (from: string, to: string) => `Perioden slutar (${to}) innan den börjar (${from}).`,
  },
  export_too_large: {
    kind: 'invalid',
    text: (limit: string) =>
      `Urvalet har fler än ${limit} ändringar, fler än en fil rymmer. Begränsa det med person, enhet, ` +
      'period eller sorts post och hämta filen igen.',
  },
});
