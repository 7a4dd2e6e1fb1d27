/** Swedish texts of the assignments module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';

export const assignmentsErrors = defineErrors('assignments', {
  assignment_not_found: { kind: 'not_found', text: (id: string) => `Uppdraget ${id} finns inte.` },
  recipient_not_found: {
    kind: 'not_found',
    text: (id: string) => `Mottagaren ${id} av ett uppdrag finns inte.`,
  },
  status_not_found: { kind: 'not_found', text: (id: string) => `Statusen ${id} finns inte.` },
  recipient_unknown: {
    kind: 'invalid',
    field: 'recipientId',
    text: (id: string) => `Mottagaren ${id} av ett uppdrag finns inte.`,
  },
  round_unknown: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (id: string) => `Uppföljningstillfället ${id} finns inte.`,
  },
  goal_area_unknown: {
    kind: 'invalid',
    field: 'goalAreaId',
    text: (id: string) => `Målområdet ${id} finns inte.`,
  },
  round_other_year: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string, year: number) =>
      `Uppföljningstillfälle: ${round} hör inte till ${year}, uppdragets år. Välj ett tillfälle ${year}.`,
  },
  round_is_budget: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string) =>
      `Uppföljningstillfälle: ${round} är en budget. Status rapporteras i uppföljningarna (april, augusti, oktober, bokslut).`,
  },
  recipient_exists: {
    kind: 'conflict',
    field: 'orgUnitId',
    text: (unit: string) => `${unit} har redan fått uppdraget.`,
  },
  recipient_has_statuses: {
    kind: 'conflict',
    text: (unit: string) =>
      `${unit} har rapporterat status för uppdraget och kan därför inte tas bort som mottagare.`,
  },
  assignment_has_statuses: {
    kind: 'conflict',
    text: () =>
      'Uppdraget har rapporterade statusar och kan därför inte tas bort. Ändra texten i stället om den är fel.',
  },
  status_exists: {
    kind: 'conflict',
    field: 'reportingRoundId',
    text: () => 'Mottagaren har redan en status i det här uppföljningstillfället. Ändra den i stället.',
  },
  already_carried: {
    kind: 'conflict',
    text: () => 'Uppdraget har redan förts över till ett senare år.',
  },
  carry_years_reversed: {
    kind: 'invalid',
    field: 'toYear',
    text: (fromYear: number, toYear: number) =>
      `Till år: ${toYear} måste vara senare än från år (${fromYear}).`,
  },
});
