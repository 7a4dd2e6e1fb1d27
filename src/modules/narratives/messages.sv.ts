/** Swedish texts of the narratives module. */
import { defineErrors } from '#core/errors.ts';

export const narrativesErrors = defineErrors('narratives', {
  unknown_key: {
    kind: 'invalid',
    field: 'key',
    text: (key: string, document: string, round: string) =>
      `Dokumentet ${document} för ${round} har ingen text med nyckeln ”${key}”. Välj en av texterna på sidan Texter.`,
  },
  round_other_year: {
    kind: 'invalid',
    field: 'round',
    text: (round: string, year: number) => `Uppföljningstillfället ${round} hör inte till ${year}.`,
  },
  responsible_unknown: {
    kind: 'invalid',
    field: 'responsibleUserId',
    text: (value: string, unit: string, year: number) =>
      `Ansvarig (${value}) är ingen aktiv användare med en roll för ${unit} ${year}. ` +
      'Välj någon i listan, eller ge personen en roll på sidan Användare.',
  },
  version_required: {
    kind: 'conflict',
    field: 'version',
    text: (heading?: string) =>
      `Texten${heading ? ` ”${heading}”` : ''} finns redan (kanske sparad av någon annan nyss). ` +
      'Ladda om sidan och gör din ändring igen.',
  },
  not_written: {
    kind: 'not_found',
    text: (heading: string, unit: string, round: string) =>
      `Texten ”${heading}” är inte skriven för ${unit} vid ${round}; det finns ingen att ta bort.`,
  },
});
