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
});
