/**
 * The reporting module's part of the data package: which goals and indicators each round asks for, after
 * the rounds, goals and indicators it names. An item matches a stored one by round and goal or indicator.
 */
import { existingUnder, type PackageSection, storedAs } from '../package-section.ts';
import { type RoundSubsetItemPackageRecord, roundSubsetItemPackageRecord } from './contract.ts';
import { roundSubsetItemEntity } from './model.ts';
import { listSubsetItems, type RoundSubsetItem } from './subset-service.ts';

const asRecord = ({ version: _version, ...item }: RoundSubsetItem): RoundSubsetItemPackageRecord => item;
const named = (item: RoundSubsetItemPackageRecord) => item.goalId ?? item.indicatorId ?? '';

export const roundSubsetItemsSection: PackageSection<RoundSubsetItemPackageRecord> = {
  list: 'roundSubsetItems',
  label: roundSubsetItemEntity.label,
  plural: 'mål och indikatorer som tillfällen frågar efter',
  record: roundSubsetItemPackageRecord,
  references: [
    { field: 'reportingRoundId', list: 'reportingRounds' },
    { field: 'goalId', list: 'goals' },
    { field: 'indicatorId', list: 'indicators' },
  ],
  key: (item) => item.id,
  title: (item) => (item.goalId !== null ? 'mål i tillfällets urval' : 'indikator i tillfällets urval'),
  naturalKey: (item) => `${item.reportingRoundId}|${item.goalId ?? ''}|${item.indicatorId ?? ''}`,
  order: (items) =>
    [...items].sort(
      (a, b) => a.reportingRoundId.localeCompare(b.reportingRoundId) || named(a).localeCompare(named(b)),
    ),
  // With the rounds they belong to: an export of everything.
  select: async (ctx, _scope, chosen) =>
    (await listSubsetItems(ctx, [...(chosen.get('reportingRounds') ?? [])])).map(asRecord),
  ...storedAs(roundSubsetItemEntity),
  findExisting: existingUnder(
    roundSubsetItemEntity,
    (item) => item.reportingRoundId,
    (ctx, roundIds) => listSubsetItems(ctx, roundIds),
  ),
  facts: () => null,
  check: (item) =>
    (item.goalId === null) === (item.indicatorId === null)
      ? [
          {
            field: 'goalId',
            message:
              'Ange antingen ett mål (goalId) eller en indikator (indicatorId), inte båda eller inget.',
            value: item.goalId,
          },
        ]
      : [],
};
