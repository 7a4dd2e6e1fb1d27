/** Swedish texts of the organisation module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';
import { ORG_UNIT_KIND_LABELS, type OrgUnitKind } from './domain/org-unit.ts';

const kind = (value: OrgUnitKind) => ORG_UNIT_KIND_LABELS[value].toLowerCase();

export const organisationErrors = defineErrors('organisation', {
  org_unit_not_found: {
    kind: 'not_found',
    text: (ref: string) => `Organisationsenheten ”${ref}” finns inte.`,
  },
  code_taken: {
    kind: 'conflict',
    field: 'code',
    text: (code: string) => `Koden ”${code}” används redan av en annan enhet.`,
  },
  parent_not_found: {
    kind: 'invalid',
    field: 'parentId',
    text: (ref: string) => `Den överordnade enheten ”${ref}” finns inte.`,
  },
  kind_not_allowed: {
    kind: 'invalid',
    field: 'kind',
    text: (parent: OrgUnitKind, child: OrgUnitKind) =>
      `En ${kind(child)} kan inte ligga under en ${kind(parent)}.`,
  },
  root_must_be_municipality: {
    kind: 'invalid',
    field: 'parentId',
    text: () => 'Bara kommunen kan sakna överordnad enhet.',
  },
  validity_reversed: {
    kind: 'invalid',
    field: 'validTo',
    text: () => 'Giltig till kan inte vara före giltig från.',
  },
  outside_parent_validity: {
    kind: 'invalid',
    field: 'validFrom',
    text: (parent: string) =>
      `Enheten måste ligga inom giltighetsperioden för den överordnade enheten ”${parent}”.`,
  },
  child_outside_validity: {
    kind: 'invalid',
    field: 'validTo',
    text: (child: string) =>
      `Underenheten ”${child}” skulle hamna utanför enhetens nya giltighetsperiod. Ändra den först.`,
  },
  other_municipality: {
    kind: 'invalid',
    field: 'code',
    text: (code: string, installation: string) =>
      `Paketet gäller kommunen ”${code}”, men den här installationen är ”${installation}”. Läs bara in det ` +
      'om du verkligen vill lägga till en annan kommun (flaggan --other-municipality, eller kryssrutan i importen).',
  },
  cycle: {
    kind: 'invalid',
    field: 'parentId',
    text: () => 'En enhet kan inte ligga under sig själv eller sina underenheter.',
  },
  succession_not_found: {
    kind: 'not_found',
    text: (id: string) => `Omorganisationen ${id} finns inte.`,
  },
  predecessor_not_found: {
    kind: 'invalid',
    field: 'predecessorId',
    text: (ref: string) => `Föregångaren ”${ref}” finns inte.`,
  },
  successor_not_found: {
    kind: 'invalid',
    field: 'successorId',
    text: (ref: string) => `Efterföljaren ”${ref}” finns inte.`,
  },
  succession_itself: {
    kind: 'invalid',
    field: 'successorId',
    text: () => 'En enhet kan inte efterträda sig själv: välj en annan efterföljare.',
  },
  successor_not_valid: {
    kind: 'invalid',
    field: 'effectiveFrom',
    text: (successor: string, date: string, validity: string) =>
      `Efterföljaren ”${successor}” finns inte den ${date} (den gäller ${validity}). Välj ett datum då den finns.`,
  },
  predecessor_not_before: {
    kind: 'invalid',
    field: 'effectiveFrom',
    text: (predecessor: string, date: string) =>
      `Föregångaren ”${predecessor}” fanns inte före ${date}: en omorganisation gäller från ett datum efter att föregångaren började.`,
  },
  succession_cycle: {
    kind: 'invalid',
    field: 'successorId',
    text: (successor: string) =>
      `”${successor}” är redan en föregångare till föregångaren: omorganisationerna skulle gå i cirkel.`,
  },
  succession_exists: {
    kind: 'conflict',
    field: 'successorId',
    text: () =>
      'Den här omorganisationen (samma föregångare och efterföljare) finns redan. Ändra den i stället.',
  },
});

/** Warnings: the succession is saved, and the user is told. */
export const successionWarnings = {
  predecessorContinues: (predecessor: string, dayBefore: string, validTo: string | null) =>
    `Föregångaren ”${predecessor}” slutar inte dagen före (${dayBefore}) utan ${
      validTo === null ? 'gäller tills vidare' : `gäller till ${validTo}`
    }: bara en del av den har gått över. Stämmer inte det, ändra enhetens giltighet.`,
};
