/**
 * What the narratives module stores: the texts people write for a unit's document in a round – förvaltningens
 * uppdrag, the samlad bedömning, viktiga beslut och händelser, the analyses under the economy tables … – in
 * the safe rich text of ADR 0023, each with the person responsible for it (docs/adr/0028-narrative-texts.md).
 */
import { defineEntity } from '#core/entity.ts';
import { idField, lineText, richText } from '#core/validation.ts';

/** A text's key, as the templates name it: "overallAssessment". */
export const narrativeKeyField = lineText(64)
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, {
    message: 'ska vara en textnyckel ur dokumentmallen, t.ex. overallAssessment',
  })
  .describe('Textens nyckel i dokumentmallen, t.ex. overallAssessment.');

export const narrativeEntity = defineEntity({
  table: 'narrative_text',
  name: 'NarrativeText',
  label: 'Texten',
  fields: {
    orgUnitId: idField,
    reportingRoundId: idField,
    key: narrativeKeyField,
    body: richText(50_000).default(null),
    /** Who writes it ("ansvarig"): a user; null when nobody is named. */
    responsibleUserId: idField.nullable().default(null),
  },
  immutable: ['orgUnitId', 'reportingRoundId', 'key'],
});
