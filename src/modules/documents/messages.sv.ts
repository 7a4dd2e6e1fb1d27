/** Swedish texts of the documents module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';

export const documentsErrors = defineErrors('documents', {
  round_unknown: {
    kind: 'invalid',
    field: 'roundId',
    text: (id: string) => `Uppföljningstillfälle: ${id} finns inte.`,
  },
  round_other_year: {
    kind: 'invalid',
    field: 'roundId',
    text: (name: string, year: number) =>
      `Uppföljningstillfälle: ”${name}” hör inte till ${year}. Välj ett uppföljningstillfälle för ${year}.`,
  },
  pdf_unavailable: {
    kind: 'conflict',
    text: (path: string) =>
      `PDF kan inte skapas: webbläsaren Chromium finns inte (${path}). Installera den med ` +
      '”apt-get install chromium fonts-dejavu-core fonts-liberation” eller ange sökvägen i CHROMIUM_PATH. ' +
      'Dokumentet finns fortfarande som HTML.',
  },
});
