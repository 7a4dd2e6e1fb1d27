/**
 * What the consistency module stores: only the acknowledgements of findings – a "fel" someone allowed to
 * approve or review the unit has looked at and accepted, with the reason (issue 9 item 3). The findings
 * themselves are computed when asked for, never stored (docs/adr/0017-consistency-checks.md).
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { ROUND_KINDS } from '#core/period.ts';
import { idField, requiredText, yearField } from '#core/validation.ts';
import { RULE_IDS } from './domain/finding.ts';

export const acknowledgementEntity = defineEntity({
  table: 'finding_acknowledgement',
  name: 'FindingAcknowledgement',
  label: 'Kvitteringen av fyndet',
  fields: {
    orgUnitId: idField,
    /** The year checked: the round's year, or the budget year. */
    year: yearField,
    /** The kind of the finding's round; null for what belongs to no round (a frame). */
    roundKind: z.enum(ROUND_KINDS).nullable(),
    /** A unit's rule, or a rule over a document version's own content. */
    ruleId: z.enum(RULE_IDS),
    /** The finding's key (domain/acknowledgement.ts): rule, round, year, record and the figures stated. */
    findingKey: requiredText(2000),
    /** Why the error may stand: plain text, required. */
    reason: requiredText(1000),
    acknowledgedById: idField,
    acknowledgedByName: requiredText(200),
  },
  immutable: [
    'orgUnitId',
    'year',
    'roundKind',
    'ruleId',
    'findingKey',
    'reason',
    'acknowledgedById',
    'acknowledgedByName',
  ],
});
