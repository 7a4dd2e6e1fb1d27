/**
 * Acknowledging a "fel" of the consistency checks with a reason, and withdrawing it (issue 9 item 3): only a
 * finding the checks give now can be acknowledged, by its key – a unit's, or one of a document version's own
 * content (a sum that is not its rows', say) – and only by those who may review or approve
 * the unit's part in the year (policy.ts). Through the write path, so the change log says who and when. The
 * approval of a unit's part asks `approvalRefusalFor` (wired as the module's approval check).
 */
import { coreErrors } from '#core/errors.ts';
import type { RoundKind } from '#core/period.ts';
import { write } from '#platform/context.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import { canSomewhere } from '../access/domain/index.ts';
import type { Ctx } from '../context.ts';
import { unfrozenVersionContents } from '../documents/index.ts';
import { mayWrite } from '../module-policy.ts';
import { getOrgUnit, type OrgUnit } from '../organisation/index.ts';
import type { ApprovalCheck } from '../reporting/index.ts';
import { checkConsistency } from './consistency-service.ts';
import type { AcknowledgeInput } from './contract.ts';
import { loadAcknowledgements } from './db/acknowledgement-repository.ts';
import { versionFindings } from './document-findings-service.ts';
import {
  approvalRefusal,
  openErrors,
  type RuleId,
  SEVERITY_LABELS,
  type Severity,
  type StoredAcknowledgement,
} from './domain/index.ts';
import { consistencyErrors as errors } from './messages.sv.ts';
import { acknowledgementEntity } from './model.ts';

export interface AcknowledgedView extends StoredAcknowledgement {
  readonly key: string;
  readonly orgUnitId: string;
  readonly year: number;
  readonly roundKind: RoundKind | null;
}

/** The finding an acknowledgement names, with the round kind it is stored under. */
interface Named {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly key: string;
  readonly acknowledgement: object | null;
  readonly roundKind: RoundKind | null;
}

/** The unit's finding with the key, among its checks of the year (and round), or null. */
async function unitFinding(ctx: Ctx, unit: OrgUnit, input: AcknowledgeInput): Promise<Named | null> {
  const report = await checkConsistency(ctx, { org: unit.id, year: input.year, round: input.round });
  const finding = report.findings.find((candidate) => candidate.key === input.key);
  return finding ? { ...finding, roundKind: finding.place.round?.kind ?? null } : null;
}

/**
 * The finding with the key among the own findings of a version of the unit's documents for the year, as its
 * approval would read it. A version that is frozen, gone or another unit's or year's is refused.
 */
async function versionFinding(ctx: Ctx, unit: OrgUnit, input: AcknowledgeInput, versionId: string) {
  const [content] = await unfrozenVersionContents(ctx, { unitId: unit.id, year: input.year, id: versionId });
  if (!content) {
    throw errors.version_not_open(versionId, unit.name, input.year);
  }
  const findings = versionFindings(content, await loadAcknowledgements(ctx, unit.id, input.year));
  const finding = findings.find((candidate) => candidate.key === input.key);
  if (!finding) {
    throw errors.document_finding_not_found(content.title, content.number);
  }
  return { ...finding, roundKind: content.roundKind };
}

/**
 * Acknowledges the "fel" with the given key among the unit's findings of the year (and round) – or, given a
 * document version, among that version's own findings. Someone who may not is told so before anything else;
 * a finding that is gone (resolved, or its figures changed since the list was read) or that is not an error
 * is refused in Swedish, naming where it was looked for.
 */
export async function acknowledgeFinding(ctx: Ctx, input: AcknowledgeInput): Promise<AcknowledgedView> {
  const unit = await getOrgUnit(ctx, input.org);
  if (!(await mayWrite(ctx, acknowledgementEntity.table, { orgUnitId: unit.id, year: input.year }))) {
    throw coreErrors.forbidden();
  }
  const finding =
    input.documentVersion === undefined
      ? await unitFinding(ctx, unit, input)
      : await versionFinding(ctx, unit, input, input.documentVersion);
  if (!finding) {
    throw errors.finding_not_found(unit.name, input.year);
  }
  if (finding.severity !== 'fel') {
    throw errors.not_an_error(SEVERITY_LABELS[finding.severity].toLowerCase());
  }
  if (finding.acknowledgement) {
    throw errors.acknowledgement_exists();
  }
  const { roundKind } = finding;
  const saved = await write(ctx, (tx) =>
    tx.insert(acknowledgementEntity, {
      orgUnitId: unit.id,
      year: input.year,
      roundKind,
      ruleId: finding.ruleId,
      findingKey: finding.key,
      reason: input.reason,
      acknowledgedById: ctx.actor.userId,
      acknowledgedByName: ctx.actor.name,
    }),
  );
  const [stored] = (await loadAcknowledgements(ctx, unit.id, input.year)).filter(
    (one) => one.id === saved.id,
  );
  return {
    id: saved.id,
    version: saved.version,
    findingKey: saved.findingKey,
    key: saved.findingKey,
    reason: saved.reason,
    byName: saved.acknowledgedByName,
    at: stored?.at ?? new Date().toISOString(),
    orgUnitId: unit.id,
    year: input.year,
    roundKind,
  };
}

/** Withdraws an acknowledgement read at `version`: the error is open again and stops an approval. */
export async function withdrawAcknowledgement(ctx: Ctx, id: string, version: number): Promise<void> {
  // Someone who may acknowledge nowhere is told so, rather than whether the acknowledgement exists.
  if (!(['plan', 'approve'] as const).some((capability) => canSomewhere(ctx.actor.grants, capability))) {
    throw coreErrors.forbidden();
  }
  await write(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('finding_acknowledgement')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) {
      throw errors.acknowledgement_not_found(id);
    }
    await tx.remove(acknowledgementEntity, fromRow(acknowledgementEntity, row), version);
  });
}

/**
 * The approval check (reporting's plug-in point): a unit's part of a round is not approved while the checks
 * of its year and round kind hold an error that is neither resolved nor acknowledged.
 */
export const openErrorsCheck: ApprovalCheck = async (ctx, part) => {
  const report = await checkConsistency(ctx, {
    org: part.unit.id,
    year: part.round.year,
    round: part.round.kind,
  });
  return approvalRefusal(openErrors(report.findings).length, part.unit.name, part.round.name);
};
