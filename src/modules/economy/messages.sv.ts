/** Swedish texts of the economy module: one code and one text per rule. */
import { defineErrors, type FieldProblem } from '#core/errors.ts';

export const economyErrors = defineErrors('economy', {
  ledger_refused: {
    kind: 'invalid',
    text: (fileName: string, problems: readonly FieldProblem[]) =>
      `Huvudboksfilen ”${fileName}” lästes inte in: ` +
      `${problems.length === 1 ? 'ett problem' : `${problems.length} problem`}. ` +
      'Ingenting har sparats. Rätta filen och läs in den igen.',
    fields: (_fileName: string, problems: readonly FieldProblem[]) => problems,
  },
  year_mismatch: {
    kind: 'invalid',
    text: (fileYear: string, year: number) =>
      `Filen gäller räkenskapsåret ${fileYear}, inte ${year}. Ange rätt år eller välj rätt fil.`,
  },
  month_span_reversed: {
    kind: 'invalid',
    field: 'lastMonth',
    text: () => 'Sista månaden kan inte vara före den första.',
  },
  cost_centre_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Kostnadsstället ”${ref}” finns inte.`,
  },
  cost_centre_exists: {
    kind: 'conflict',
    field: 'code',
    text: () => 'Det kostnadsstället är redan kopplat till en enhet i samma dimension.',
  },
  account_range_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Kontointervallet ”${ref}” finns inte.`,
  },
  account_range_reversed: {
    kind: 'invalid',
    field: 'toAccount',
    text: () => 'Intervallet måste sluta på samma eller ett högre konto än det börjar på.',
  },
  budget_line_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Budgetraden ”${ref}” finns inte.`,
  },
  budget_line_exists: {
    kind: 'conflict',
    field: 'account',
    text: () => 'Enheten har redan en budgetrad för det kontot och den perioden det året.',
  },
  year_closed: {
    kind: 'conflict',
    field: 'year',
    text: (year: number) =>
      `Bokslutet för ${year} är stängt, så årets huvudbok, budget och prognoser kan inte ändras. ` +
      'Öppna bokslutet igen om något måste rättas.',
  },
  closing_incomplete: {
    kind: 'invalid',
    field: 'year',
    text: (year: number, lastMonth: number | null) =>
      lastMonth === null
        ? `Det finns ingen huvudbok för ${year}. Läs in hela årets huvudbok innan bokslutet stängs.`
        : `Huvudboken för ${year} går bara till och med månad ${lastMonth}. Läs in hela året innan bokslutet stängs.`,
  },
  closing_exists: {
    kind: 'conflict',
    field: 'year',
    text: () => 'Bokslutet för det året är redan stängt.',
  },
  closing_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Bokslutet ”${ref}” finns inte.`,
  },
  forecast_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Prognosen ”${ref}” finns inte.`,
  },
  forecast_exists: {
    kind: 'conflict',
    field: 'round',
    text: () => 'Enheten har redan en prognos för det året och uppföljningstillfället. Ändra den i stället.',
  },
  forecast_figures: {
    kind: 'invalid',
    text: (problems: readonly FieldProblem[]) =>
      problems.length === 1 ? (problems[0]?.message ?? '') : 'Prognosens belopp går inte ihop.',
    fields: (problems: readonly FieldProblem[]) => problems,
  },
  budget_period_mixed: {
    kind: 'conflict',
    field: 'month',
    text: (account: string, year: number, monthly: boolean) =>
      monthly
        ? `Konto ${account} är budgeterat per månad ${year}, så det kan inte också få en helårsrad. ` +
          'Ändra månaderna i budgettabellen, eller slå ihop dem till helår först.'
        : `Konto ${account} har en helårsbudget ${year}, så det kan inte också få en månadsrad. ` +
          'Fördela helårsbeloppet per månad först.',
  },
  budget_nothing_to_spread: {
    kind: 'not_found',
    field: 'account',
    text: (account: string, year: number) =>
      `Konto ${account} har ingen helårsrad ${year} att fördela per månad.`,
  },
  budget_already_monthly: {
    kind: 'conflict',
    field: 'account',
    text: (account: string, year: number) =>
      `Konto ${account} är redan budgeterat per månad ${year}; det finns ingen helårsrad att fördela.`,
  },
  budget_already_yearly: {
    kind: 'conflict',
    field: 'account',
    text: (account: string, year: number) =>
      `Konto ${account} är budgeterat för helår ${year}; det finns inga månadsrader att slå ihop.`,
  },
  budget_nothing_to_merge: {
    kind: 'not_found',
    field: 'account',
    text: (account: string, year: number) => `Konto ${account} har inga månadsrader ${year} att slå ihop.`,
  },
  frame_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Ramen ”${ref}” finns inte.`,
  },
  frame_exists: {
    kind: 'conflict',
    field: 'orgUnitId',
    text: () => 'Enheten har redan en ram för det året. Ändra den i stället.',
  },
  adjustment_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Ramjusteringen ”${ref}” finns inte.`,
  },
  adjustment_same_unit: {
    kind: 'invalid',
    field: 'toUnitId',
    text: () => 'En ramjustering flyttar pengar mellan två olika nämnder.',
  },
  budget_change_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Budgetförändringen ”${ref}” finns inte.`,
  },
  budget_refused: {
    kind: 'invalid',
    text: (fileName: string, problems: readonly FieldProblem[]) =>
      `Budgetfilen ”${fileName}” lästes inte in: ` +
      `${problems.length === 1 ? 'ett problem' : `${problems.length} problem`}. ` +
      'Ingenting har sparats. Rätta filen och läs in den igen.',
    fields: (_fileName: string, problems: readonly FieldProblem[]) => problems,
  },
});
