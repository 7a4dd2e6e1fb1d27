/** Swedish texts of the internal-control module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';

export const internalControlErrors = defineErrors('internalControl', {
  analysis_not_found: { kind: 'not_found', text: (id: string) => `Riskanalysen ${id} finns inte.` },
  risk_not_found: { kind: 'not_found', text: (id: string) => `Risken ${id} finns inte.` },
  control_not_found: { kind: 'not_found', text: (id: string) => `Kontrollmomentet ${id} finns inte.` },
  result_not_found: { kind: 'not_found', text: (id: string) => `Resultatet ${id} finns inte.` },
  action_not_found: { kind: 'not_found', text: (id: string) => `Åtgärden ${id} finns inte.` },
  analysis_unknown: {
    kind: 'invalid',
    field: 'analysisId',
    text: (id: string) => `Riskanalys: ${id} finns inte.`,
  },
  control_unknown: {
    kind: 'invalid',
    field: 'controlId',
    text: (id: string) => `Kontrollmoment: ${id} finns inte.`,
  },
  result_unknown: { kind: 'invalid', field: 'resultId', text: (id: string) => `Resultat: ${id} finns inte.` },
  risk_unknown: { kind: 'invalid', field: 'riskId', text: (id: string) => `Risk: ${id} finns inte.` },
  risk_other_unit: {
    kind: 'invalid',
    field: 'riskId',
    text: (process: string) =>
      `Risk: ”${process}” hör till en annan enhets eller ett annat års riskanalys. Välj en risk i enhetens egen analys.`,
  },
  round_unknown: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (id: string) => `Uppföljningstillfälle: ${id} finns inte.`,
  },
  rounds_unknown: {
    kind: 'invalid',
    field: 'reportingRoundIds',
    text: (id: string, year: number) =>
      `Rapporteras vid: ${id} är inget uppföljningstillfälle ${year}. Välj bland årets uppföljningar.`,
  },
  round_other_year: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string, year: number) =>
      `Uppföljningstillfälle: ${round} hör inte till ${year}, kontrollmomentets år. Välj ett tillfälle ${year}.`,
  },
  round_is_budget: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string) =>
      `Uppföljningstillfälle: ${round} är en budget. Resultat rapporteras i uppföljningarna (april, augusti, oktober, bokslut).`,
  },
  round_not_planned: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string, control: string) =>
      `Uppföljningstillfälle: ”${control}” ska inte rapporteras i ${round}. Välj ett av de tillfällen kontrollmomentet rapporteras i.`,
  },
  unit_not_reporting: {
    kind: 'invalid',
    field: 'orgUnitId',
    text: (unit: string, control: string) =>
      `Enhet: ${unit} rapporterar inte ”${control}”. Ett gemensamt kontrollmoment rapporteras av enheterna under den enhet det gäller, annars av den egna enheten.`,
  },
  result_unknown_level: {
    kind: 'invalid',
    field: 'result',
    text: (value: string, levels: string) => `Resultat: ”${value}” finns inte på skalan. Välj ${levels}.`,
  },
  action_required: {
    kind: 'invalid',
    field: 'actions',
    text: (level: string) =>
      `Åtgärder: resultatet ”${level}” kräver åtgärd. Ange minst en åtgärd med vad som ska göras, ansvarig och senast-datum.`,
  },
  package_action_required: {
    kind: 'invalid',
    field: 'result',
    text: (level: string) =>
      `Resultat: ”${level}” kräver åtgärd, men resultatet har ingen åtgärd i controlActions. Lägg till en åtgärd med vad som ska göras, ansvarig och senast-datum.`,
  },
  last_action: {
    kind: 'conflict',
    field: 'status',
    text: (level: string) =>
      `Åtgärden är den enda för ett resultat som kräver åtgärd (”${level}”) och kan inte tas bort.`,
  },
  probability_out_of_scale: {
    kind: 'invalid',
    field: 'probability',
    text: (value: number, max: number) =>
      `Sannolikhet: ${value} ligger utanför skalan 1–${max} och kan inte användas.`,
  },
  consequence_out_of_scale: {
    kind: 'invalid',
    field: 'consequence',
    text: (value: number, max: number) =>
      `Konsekvens: ${value} ligger utanför skalan 1–${max} och kan inte användas.`,
  },
  escalation_needs_unit: {
    kind: 'invalid',
    field: 'escalatedToUnitId',
    text: () => 'Eskalerad till: en eskalerad risk ska ha en enhet ovanför att rapporteras till.',
  },
  escalation_without_escalate: {
    kind: 'invalid',
    field: 'escalatedToUnitId',
    text: (response: string) =>
      `Eskalerad till: bara en eskalerad risk rapporteras vidare; hanteringen är ”${response}”.`,
  },
  escalation_not_above: {
    kind: 'invalid',
    field: 'escalatedToUnitId',
    text: (unit: string, own: string) =>
      `Eskalerad till: ${unit} är ingen enhet ovanför ${own}. En risk eskaleras till en nivå ovanför.`,
  },
  result_escalation_not_above: {
    kind: 'invalid',
    field: 'escalatedToUnitId',
    text: (unit: string, own: string) =>
      `Eskalerad till: ${unit} är ingen enhet ovanför ${own}. Ett resultat eskaleras till en nivå ovanför.`,
  },
  common_needs_govern: {
    kind: 'forbidden',
    field: 'common',
    text: () =>
      'Gemensamt kontrollmoment: bara den centrala internkontrollen (kommunledningen) sätter kommungemensamma kontrollmoment.',
  },
  analysis_has_risks: {
    kind: 'conflict',
    text: () => 'Riskanalysen har risker och kan inte tas bort. Ta bort riskerna först.',
  },
  risk_has_controls: {
    kind: 'conflict',
    text: () => 'Risken har kontrollmoment kopplade till sig och kan inte tas bort.',
  },
  control_has_results: {
    kind: 'conflict',
    text: () =>
      'Kontrollmomentet har rapporterade resultat och kan inte tas bort. Markera i stället att det inte ska föras vidare.',
  },
  result_exists: {
    kind: 'conflict',
    field: 'reportingRoundId',
    text: () =>
      'Enheten har redan ett resultat för kontrollmomentet i det här uppföljningstillfället. Ändra det i stället.',
  },
  already_carried: {
    kind: 'conflict',
    text: () => 'Kontrollmomentet har redan förts över till nästa år.',
  },
  carry_years_reversed: {
    kind: 'invalid',
    field: 'toYear',
    text: (fromYear: number, toYear: number) =>
      `Till år: ${toYear} måste vara senare än från år (${fromYear}).`,
  },
  settings_bands: {
    kind: 'invalid',
    field: 'bands',
    text: (problem: string) => `Riskklasser: ${problem}`,
  },
  settings_results: {
    kind: 'invalid',
    field: 'results',
    text: (problem: string) => `Resultatskala: ${problem}`,
  },
  escalation_check: {
    kind: 'invalid',
    field: 'escalatedToUnitId',
    text: () => 'Eskalerad till: en risk har en enhet att eskaleras till precis när den eskaleras.',
  },
  closed_check: {
    kind: 'invalid',
    field: 'closedDate',
    text: () => 'Stängd: en klar åtgärd har ett datum då den stängdes, och bara en klar åtgärd har det.',
  },
});
