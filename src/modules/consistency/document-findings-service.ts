/**
 * The errors of a document's own content, where they are acknowledged (issue 9 item 3): the rules over a
 * document's tables, verdicts and sections read each version of the unit's documents for the year that is
 * not yet frozen – drafts and versions in review – as its approval would read it. Each finding carries its
 * key and, for a "fel", the acknowledgement that covers it; Kontroller lists them under the unit's own.
 */
import type { Ctx } from '../context.ts';
import { unfrozenVersionContents, type VersionContent } from '../documents/index.ts';
import { getOrgUnit } from '../organisation/index.ts';
import type { ConsistencyQuery } from './contract.ts';
import { loadAcknowledgements } from './db/acknowledgement-repository.ts';
import {
  documentChecksSummary,
  type KeyedDocumentFinding,
  runDocumentChecks,
  type StoredAcknowledgement,
  withDocumentAcknowledgements,
} from './domain/index.ts';

export interface CheckedVersion {
  readonly id: string;
  readonly number: number;
  readonly state: VersionContent['state'];
  readonly title: string;
  readonly documentType: string;
  readonly period: string;
  readonly roundKind: VersionContent['roundKind'];
  /** "Dokumentets egna kontroller: 1 fel (varav 1 kvitterat), 2 varningar, 0 noteringar." */
  readonly summary: string;
  readonly findings: readonly KeyedDocumentFinding[];
}

/** The findings of a version's own content, keyed, with the acknowledgements of its unit and year. */
export function versionFindings(
  content: VersionContent,
  acknowledgements: readonly StoredAcknowledgement[],
): KeyedDocumentFinding[] {
  return withDocumentAcknowledgements(
    runDocumentChecks(content.blocks),
    { type: content.documentType, roundKind: content.roundKind, year: content.year },
    acknowledgements,
  );
}

/** Every version of the unit's documents for the year (and round kind) not yet frozen, with its findings. */
export async function checkDocumentVersions(
  ctx: Ctx,
  query: ConsistencyQuery,
): Promise<{ versions: CheckedVersion[] }> {
  const unit = await getOrgUnit(ctx, query.org);
  const contents = (await unfrozenVersionContents(ctx, { unitId: unit.id, year: query.year })).filter(
    (content) => query.round === undefined || content.roundKind === query.round,
  );
  const acknowledgements = await loadAcknowledgements(ctx, unit.id, query.year);
  return {
    versions: contents.map((content) => {
      const findings = versionFindings(content, acknowledgements);
      return {
        id: content.id,
        number: content.number,
        state: content.state,
        title: content.title,
        documentType: content.documentType,
        period: content.period,
        roundKind: content.roundKind,
        summary: documentChecksSummary(findings),
        findings,
      };
    }),
  };
}
