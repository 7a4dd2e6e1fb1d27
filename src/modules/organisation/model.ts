/**
 * What the organisation module stores: the units of the organisation tree, each with its validity period
 * (domain.md §2.1). Everything else about a unit – its table, API schemas and package record – is derived
 * from this definition (core/entity.ts).
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import {
  dateField,
  idField,
  optionalLine,
  optionalText,
  requiredText,
  sortOrderField,
} from '#core/validation.ts';
import { ORG_CODE_PATTERN, ORG_UNIT_KINDS } from './domain/org-unit.ts';

/** A unit's short code, as users write it ("vss" is "VSS"). */
export const orgCodeField = z.codec(
  z
    .string()
    .max(64, { abort: true })
    .trim()
    .refine((code) => ORG_CODE_PATTERN.test(code.toUpperCase()), {
      message: 'ska vara 1–32 tecken: bokstäver, siffror och bindestreck, t.ex. "VSS"',
    }),
  z.string(),
  { decode: (code) => code.toUpperCase(), encode: (code) => code },
);

export const orgUnitEntity = defineEntity({
  table: 'org_unit',
  name: 'OrgUnit',
  label: 'Organisationsenheten',
  fields: {
    code: orgCodeField,
    name: requiredText(200),
    kind: z.enum(ORG_UNIT_KINDS),
    parentId: idField.nullable(),
    validFrom: dateField,
    validTo: dateField.nullable().default(null),
    sortOrder: sortOrderField.default(0),
  },
  autoFilled: ['sortOrder'],
});

/**
 * A reorganisation: the predecessor's work continues in the successor from a date (VSS's verksamheter
 * became verksamhetsområden on 2022-01-01, 000:326). A unit split in two has two successions; two merged
 * into one, two as well. Goals and indicators follow a unit across it through `lineage` (domain/succession.ts).
 */
export const orgUnitSuccessionEntity = defineEntity({
  table: 'org_unit_succession',
  name: 'OrgUnitSuccession',
  label: 'Omorganisationen',
  fields: {
    predecessorId: idField,
    successorId: idField,
    /** The successor's first day as the predecessor's continuation. */
    effectiveFrom: dateField,
    /** The decision behind it: "KS 2021-12-14 § 410". */
    decisionRef: optionalLine(200).default(null),
    note: optionalText(2000).default(null),
    /** Where it is documented: a seed line ("000:326"), a document. */
    source: optionalLine(500).default(null),
  },
  immutable: ['predecessorId', 'successorId'],
});
