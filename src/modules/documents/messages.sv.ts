/** Swedish texts of the documents module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';
import { approvalRefusalText, type OpenErrors } from './domain/approval-findings.ts';
import {
  VERSION_ACTION_LABELS,
  VERSION_STATE_LABELS,
  type VersionAction,
  type VersionState,
} from './domain/versions.ts';

const DECISION_FIELD_TEXTS = {
  decisionBody: 'Beslutande organ: ange vem som fattade beslutet, t.ex. ”KS”.',
  decisionParagraph: 'Paragraf: ange paragrafen i protokollet, t.ex. ”315”.',
  decisionDate: 'Beslutsdatum: ange datumet, t.ex. 2019-10-22.',
} as const;

/** "a, b och c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

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
  render_job_not_found: {
    kind: 'not_found',
    text: (id: string) => `Det finns inget dokumentjobb ${id}.`,
  },
  render_job_not_done: {
    kind: 'conflict',
    text: (failed: boolean) =>
      failed
        ? 'Dokumentet kunde inte skapas: jobbet misslyckades. Se jobbets felmeddelande och försök igen.'
        : 'Dokumentet är inte klart ännu. Vänta tills jobbet är klart och hämta det då.',
  },
  render_file_removed: {
    kind: 'not_found',
    text: (hours: number) => `Filen har tagits bort efter ${hours} timmar; skapa dokumentet igen.`,
  },
  template_invalid: {
    kind: 'invalid',
    text: (problems: readonly { field: string; message: string }[]) =>
      problems.length === 1
        ? `Mallen kan inte sparas: ${problems[0]?.message}`
        : `Mallen kan inte sparas: ${problems.length} fel, se listan.`,
    fields: (problems: readonly { field: string; message: string; value?: unknown }[]) =>
      problems.map(({ field, message, value }) => ({ path: field, message, value })),
  },
  template_changed: {
    kind: 'conflict',
    text: (number: number, by: string) =>
      `Mallen har sparats i en nyare version (${number}) av ${by} sedan du öppnade den. Öppna den igen och gör ändringen där.`,
  },
  template_version_not_found: {
    kind: 'not_found',
    text: (type: string, number: number) => `Mallen för ${type} har ingen version ${number}.`,
  },
  template_saved_in_database: {
    kind: 'conflict',
    text: () =>
      'En sparad mallversion ändras aldrig och kan inte tas bort: databasen vägrar. Spara en ny version i stället.',
  },
  template_number_taken: {
    kind: 'conflict',
    text: () => 'Någon annan sparade mallen samtidigt. Ladda om sidan och försök igen.',
  },
  version_not_found: {
    kind: 'not_found',
    text: (id: string) => `Dokumentversionen ${id} finns inte.`,
  },
  version_frozen: {
    kind: 'conflict',
    text: (number: number, state: VersionState) =>
      `Version ${number} är ${VERSION_STATE_LABELS[state].toLowerCase()} och därmed fryst: den kan inte ändras ` +
      'eller tas bort, inte ens av en administratör. Skapa en ny version i stället.',
  },
  frozen_in_database: {
    kind: 'conflict',
    text: () =>
      'Dokumentversionen är godkänd och därmed fryst: databasen vägrar att ändra eller ta bort den. ' +
      'Skapa en ny version i stället.',
  },
  number_taken: {
    kind: 'conflict',
    text: () => 'Någon annan skapade en version av dokumentet samtidigt. Ladda om sidan och försök igen.',
  },
  action_not_allowed: {
    kind: 'conflict',
    field: 'action',
    text: (action: VersionAction, state: VersionState) =>
      `Åtgärd: ”${VERSION_ACTION_LABELS[action]}” går inte när versionen är ”${VERSION_STATE_LABELS[state]}”.`,
  },
  placeholders: {
    kind: 'conflict',
    text: (number: number, sections: readonly string[]) =>
      `Version ${number} kan inte godkännas: texten saknas i ${sections.length === 1 ? 'avsnittet' : `${sections.length} avsnitt:`} ` +
      `${listed(sections.map((section) => `”${section}”`))}. Skriv texterna och skapa en ny version.`,
  },
  approval_blocked: {
    // As a draft with placeholders: the version stays where it is until the errors are dealt with.
    kind: 'conflict',
    text: (number: number, open: OpenErrors, unitName: string, period: string) =>
      approvalRefusalText(number, open, unitName, period),
  },
  decision_required: {
    kind: 'invalid',
    text: (_missing: readonly string[]) =>
      'Beslut: ange beslutande organ, paragraf och datum, t.ex. ”KS”, ”315” och 2019-10-22 (KS § 315 2019-10-22).',
    fields: (missing: readonly ('decisionBody' | 'decisionParagraph' | 'decisionDate')[]) =>
      missing.map((path) => ({ path, message: DECISION_FIELD_TEXTS[path] })),
  },
  decision_unexpected: {
    kind: 'invalid',
    field: 'decisionBody',
    text: (action: VersionAction) =>
      `Beslut: anges bara när beslutet registreras, inte vid ”${VERSION_ACTION_LABELS[action]}”.`,
  },
  snapshot_mismatch: {
    kind: 'conflict',
    text: (warning: string) => warning,
  },
  pdf_missing: {
    kind: 'not_found',
    text: (number: number, reason: string | null) =>
      `Version ${number} har ingen PDF${reason ? ` (${reason})` : ''}. Öppna den som webbsida (HTML).`,
  },
});
