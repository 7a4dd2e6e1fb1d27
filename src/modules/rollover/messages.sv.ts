/** Swedish texts of the rollover module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';

export const rolloverErrors = defineErrors('rollover', {
  not_found: { kind: 'not_found', text: (id: string) => `Årsskiftet ${id} finns inte.` },
  already_done: {
    kind: 'conflict',
    text: (fromYear: number, by: string, when: string) =>
      `${fromYear + 1} har redan startats från ${fromYear} (av ${by}, ${when}). Ångra det först om du vill göra om det.`,
  },
  already_undone: {
    kind: 'conflict',
    text: (fromYear: number) => `Årsskiftet från ${fromYear} är redan ångrat.`,
  },
  edited_since: {
    kind: 'conflict',
    text: (what: string, by: string, when: string) =>
      `Årsskiftet kan inte ångras längre: ${what} har ändrats efteråt (av ${by}, ${when}). ` +
      'Ändra det som behövs för hand i stället.',
  },
  in_use: {
    kind: 'conflict',
    text: (what: string) =>
      `Årsskiftet kan inte ångras längre: ${what} används redan (något har registrerats på det efteråt). ` +
      'Ändra det som behövs för hand i stället.',
  },
  unknown_table: {
    kind: 'conflict',
    text: (table: string) =>
      `Årsskiftet kan inte ångras: ingen modul tar längre hand om tabellen ”${table}”.`,
  },
});
