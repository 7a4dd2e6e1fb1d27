/** Swedish texts of the consistency module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';

export const consistencyErrors = defineErrors('consistency', {
  finding_not_found: {
    kind: 'invalid',
    field: 'key',
    text: (unit: string, year: number) =>
      `Fyndet finns inte bland kontrollerna för ${unit} ${year}: det kan vara rättat, eller siffrorna ändrade ` +
      'sedan du läste listan. Läs in Kontroller igen.',
  },
  version_not_open: {
    kind: 'not_found',
    field: 'documentVersion',
    text: (id: string, unit: string, year: number) =>
      `Dokumentversionen ${id} finns inte bland utkasten och versionerna i granskning för ${unit} ${year}: ` +
      'en godkänd version är fryst, och dess kontroller kvitteras inte längre.',
  },
  document_finding_not_found: {
    kind: 'invalid',
    field: 'key',
    text: (title: string, number: number) =>
      `Fyndet finns inte bland de egna kontrollerna av ${title}, version ${number}. Läs in Kontroller igen.`,
  },
  not_an_error: {
    kind: 'invalid',
    field: 'key',
    text: (severity: string) =>
      `Bara fel kvitteras; fyndet är en ${severity}, som inte hindrar ett godkännande.`,
  },
  acknowledgement_exists: {
    kind: 'conflict',
    field: 'key',
    text: () => 'Fyndet är redan kvitterat. Läs in Kontroller igen.',
  },
  acknowledgement_not_found: {
    kind: 'not_found',
    text: (id: string) => `Kvitteringen ${id} finns inte.`,
  },
});
