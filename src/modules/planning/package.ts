/** The planning module's part of the data package: the reporting rounds, matched by year and kind. */
import type { PackageSection } from '../package-section.ts';
import { type ReportingRoundPackageRecord, reportingRoundPackageRecord } from './contract.ts';
import { listRounds, type ReportingRound } from './db/round-repository.ts';
import { ROUND_KIND_LABELS } from './domain/round.ts';
import { saveImportedRounds } from './round-service.ts';

const asRecord = ({ version: _version, ...round }: ReportingRound): ReportingRoundPackageRecord => round;

export const reportingRoundsSection: PackageSection<ReportingRoundPackageRecord> = {
  list: 'reportingRounds',
  label: 'Uppföljningstillfället',
  plural: 'uppföljningstillfällen',
  record: reportingRoundPackageRecord,
  references: [],
  key: (round) => round.id,
  title: (round) => `${ROUND_KIND_LABELS[round.kind]} ${round.year}`,
  naturalKey: (round) => `${round.year}|${round.kind}`,
  order: (rounds) =>
    [...rounds].sort(
      (a, b) => a.deadline.localeCompare(b.deadline) || a.year - b.year || a.id.localeCompare(b.id),
    ),
  // Rounds follow the records that report in them; an export of everything takes them all.
  select: async (ctx, scope) => (scope.org === undefined ? (await listRounds(ctx.db)).map(asRecord) : []),
  byKeys: async (ctx, ids) => (await listRounds(ctx.db, undefined, ids)).map(asRecord),
  findExisting: async (ctx, batch) => {
    const ids = new Set(batch.map((round) => round.id));
    const keys = new Set(batch.map((round) => `${round.year}|${round.kind}`));
    return (await listRounds(ctx.db))
      .filter((round) => ids.has(round.id) || keys.has(`${round.year}|${round.kind}`))
      .map(asRecord);
  },
  facts: (round) => ({ year: round.year, kind: round.kind }),
  check: () => [],
  write: saveImportedRounds,
};
