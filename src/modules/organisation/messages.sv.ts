/** Swedish texts of the organisation module: one factory per error, so codes and messages stay together. */
import { DomainError } from '#core/errors.ts';
import { ORG_UNIT_KIND_LABELS, type OrgUnitKind } from './domain/org-unit.ts';

const kind = (value: OrgUnitKind) => ORG_UNIT_KIND_LABELS[value].toLowerCase();

export const organisationErrors = {
  notFound: (ref: string) =>
    new DomainError(
      'organisation.org_unit_not_found',
      'not_found',
      `Organisationsenheten ”${ref}” finns inte.`,
    ),
  codeTaken: (code: string) =>
    new DomainError(
      'organisation.code_taken',
      'conflict',
      `Koden ”${code}” används redan av en annan enhet.`,
      [{ path: 'code', message: `Kod: ”${code}” används redan.` }],
    ),
  parentNotFound: () =>
    new DomainError('organisation.parent_not_found', 'invalid', 'Den överordnade enheten finns inte.', [
      { path: 'parentId', message: 'Överordnad enhet: finns inte.' },
    ]),
  kindNotAllowed: (parent: OrgUnitKind, child: OrgUnitKind) =>
    new DomainError(
      'organisation.kind_not_allowed',
      'invalid',
      `En ${kind(child)} kan inte ligga under en ${kind(parent)}.`,
      [{ path: 'kind', message: `Typ: en ${kind(child)} kan inte ligga under en ${kind(parent)}.` }],
    ),
  rootMustBeMunicipality: () =>
    new DomainError(
      'organisation.root_must_be_municipality',
      'invalid',
      'Bara kommunen kan sakna överordnad enhet.',
      [{ path: 'parentId', message: 'Överordnad enhet: måste anges för allt utom kommunen.' }],
    ),
  validityReversed: () =>
    new DomainError(
      'organisation.validity_reversed',
      'invalid',
      'Giltig till kan inte vara före giltig från.',
      [{ path: 'validTo', message: 'Giltig till: kan inte vara före giltig från.' }],
    ),
  outsideParent: () =>
    new DomainError(
      'organisation.outside_parent_validity',
      'invalid',
      'Enheten måste ligga inom den överordnade enhetens giltighetsperiod.',
      [
        {
          path: 'validFrom',
          message: 'Giltig från: måste ligga inom den överordnade enhetens giltighetsperiod.',
        },
      ],
    ),
  childOutside: (child: string) =>
    new DomainError(
      'organisation.child_outside_validity',
      'invalid',
      `Underenheten ”${child}” skulle hamna utanför enhetens nya giltighetsperiod. Ändra den först.`,
      [{ path: 'validTo', message: `Giltig till: underenheten ”${child}” gäller längre.` }],
    ),
  cycle: () =>
    new DomainError(
      'organisation.cycle',
      'invalid',
      'En enhet kan inte ligga under sig själv eller sina underenheter.',
      [
        {
          path: 'parentId',
          message: 'Överordnad enhet: kan inte vara enheten själv eller en av dess underenheter.',
        },
      ],
    ),
};

export const ORG_UNIT_ENTITY = 'Organisationsenheten';
