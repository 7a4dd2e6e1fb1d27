/** Swedish texts of the planning module. */
import { defineErrors } from '#core/errors.ts';

export const planningErrors = defineErrors('planning', {
  round_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Uppföljningstillfället ”${ref}” finns inte.`,
  },
  round_exists: {
    kind: 'conflict',
    field: 'kind',
    text: (name: string) => `Det finns redan ett uppföljningstillfälle av den typen: ${name}.`,
  },
});
