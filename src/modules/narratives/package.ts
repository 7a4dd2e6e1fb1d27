/**
 * The narratives module's part of the data package: the texts, by unit code and round, matched by unit,
 * round and key. The person responsible stays in the installation: users travel in no package, so an
 * import leaves a stored text's responsible as it is and a new one without (docs/adr/0028-narrative-texts.md).
 */
import type { RoundKind } from '#core/period.ts';
import type { Ctx, Tx } from '../context.ts';
import { BUILTIN_TEMPLATES, DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES } from '../documents/domain/index.ts';
import { type DocumentType, knownTextKeys, type TemplateFacts } from '../documents/index.ts';
import {
  type CheckContext,
  type FactLookup,
  type PackageSection,
  unitCodesById,
  unitIdsByCode,
  unitIdsOf,
} from '../package-section.ts';
import { listRounds } from '../planning/index.ts';
import { type NarrativePackageRecord, narrativePackageRecord } from './contract.ts';
import { listNarratives, type NarrativeFilter } from './db/narrative-repository.ts';
import { documentTypeOfRound, roundDocumentTypes } from './domain/slots.ts';
import { narrativesErrors as errors } from './messages.sv.ts';
import { narrativeEntity } from './model.ts';

async function records(ctx: Pick<Ctx, 'db'>, filter: NarrativeFilter): Promise<NarrativePackageRecord[]> {
  const codes = await unitCodesById(ctx);
  return (await listNarratives(ctx.db, filter)).map(
    ({ orgUnitId, responsibleUserId: _responsible, version: _version, ...text }) => ({
      ...text,
      orgUnit: codes.get(orgUnitId) ?? orgUnitId,
    }),
  );
}

async function writeNarratives(
  tx: Tx,
  created: readonly NarrativePackageRecord[],
  updated: readonly { after: NarrativePackageRecord }[],
): Promise<void> {
  const units = await unitIdsByCode(tx);
  const values = ({ orgUnit, ...text }: NarrativePackageRecord) => ({
    ...text,
    orgUnitId: units.get(orgUnit) ?? orgUnit,
  });
  await tx.saveRecords(
    narrativeEntity,
    created.map((text) => ({ ...values(text), responsibleUserId: null })),
    updated.map(
      ({ after }) => values(after) as ReturnType<typeof values> & { responsibleUserId: string | null },
    ),
  );
}

/**
 * Whether any version of a template of the round's documents has the key: the installation's, or one the
 * package brings along (docs/adr/0029-stored-templates.md).
 */
function isKnownKey(kind: RoundKind, key: string, lookup: FactLookup, context: CheckContext): boolean {
  const stored = context.configuration as Record<DocumentType, readonly string[]> | undefined;
  return roundDocumentTypes(kind, BUILTIN_TEMPLATES).some(
    (type) =>
      (stored?.[type] ?? []).includes(key) ||
      ((lookup('documentTemplates', type) as TemplateFacts | undefined)?.textKeys ?? []).includes(key),
  );
}

const compare = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

export const narrativesSection: PackageSection<NarrativePackageRecord> = {
  list: 'narrativeTexts',
  label: narrativeEntity.label,
  plural: 'texter',
  record: narrativePackageRecord,
  references: [
    { field: 'orgUnit', list: 'orgUnits' },
    { field: 'reportingRoundId', list: 'reportingRounds' },
  ],
  key: (text) => text.id,
  title: (text) => `${text.orgUnit}: ${text.key}`,
  naturalKey: (text) => `${text.orgUnit}|${text.reportingRoundId}|${text.key}`,
  order: (texts) =>
    [...texts].sort(
      (a, b) =>
        compare(a.orgUnit, b.orgUnit) ||
        compare(a.reportingRoundId, b.reportingRoundId) ||
        compare(a.key, b.key) ||
        compare(a.id, b.id),
    ),
  // A unit's package holds its texts of the year's rounds; the rounds follow as referred records.
  async select(ctx, scope, chosen) {
    const roundIds =
      scope.year === undefined ? undefined : (await listRounds(ctx.db, scope.year)).map((round) => round.id);
    const orgUnitIds =
      scope.org === undefined ? undefined : await unitIdsOf(ctx, chosen.get('orgUnits') ?? new Set());
    return records(ctx, {
      ...(roundIds === undefined ? {} : { roundIds }),
      ...(orgUnitIds === undefined ? {} : { orgUnitIds }),
    });
  },
  byKeys: (ctx, ids) => records(ctx, { ids }),
  findExisting: async (ctx, batch) => [
    ...(await records(ctx, { roundIds: [...new Set(batch.map((text) => text.reportingRoundId))] })),
    ...(await records(ctx, { ids: batch.map((text) => text.id) })),
  ],
  // Every type's template, for the keys of its versions that the package brings (isKnownKey).
  consults: [{ list: 'documentTemplates', keys: DOCUMENT_TYPES }],
  facts: () => null,
  configuration: (ctx) => knownTextKeys(ctx),
  check(text, lookup, context) {
    const round = lookup('reportingRounds', text.reportingRoundId) as
      | { kind: RoundKind; year: number }
      | undefined;
    if (!round || isKnownKey(round.kind, text.key, lookup, context)) {
      return [];
    }
    return [
      {
        field: 'key',
        message: errors.unknown_key.text(
          text.key,
          DOCUMENT_TYPE_NAMES[documentTypeOfRound(round.kind)],
          String(round.year),
        ),
        value: text.key,
      },
    ];
  },
  write: writeNarratives,
};
