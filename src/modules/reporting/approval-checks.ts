/**
 * The plug-in point for what must hold before a unit's part of a round is approved (issue 9 item 3): modules
 * after reporting in the module order (consistency: no open "fel") offer checks in their manifests as
 * `approvalChecks`; the registry hands them over here once, at start, the way goals gets its indicator
 * computations. Reporting knows only this contract, never the modules that offer them.
 */
import type { Ctx } from '../context.ts';
import type { ReportingRound } from '../planning/index.ts';

/** The part about to be approved. */
export interface ApprovalPart {
  readonly round: ReportingRound;
  readonly unit: { readonly id: string; readonly code: string; readonly name: string };
}

/** Why the part cannot be approved now, as a Swedish sentence naming where to look; null when nothing stops it. */
export type ApprovalCheck = (ctx: Ctx, part: ApprovalPart) => Promise<string | null>;

let checks: readonly ApprovalCheck[] = [];

/** Called once by the registry with every module's approval checks. */
export function provideApprovalChecks(list: readonly ApprovalCheck[]): void {
  checks = [...list];
}

/** Every check's refusal, in module order, as one text; null when none refuses. */
export async function approvalRefusals(ctx: Ctx, part: ApprovalPart): Promise<string | null> {
  const refusals: string[] = [];
  for (const check of checks) {
    const refusal = await check(ctx, part);
    if (refusal !== null) {
      refusals.push(refusal);
    }
  }
  return refusals.length === 0 ? null : refusals.join(' ');
}
