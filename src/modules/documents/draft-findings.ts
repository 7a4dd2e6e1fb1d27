/**
 * The findings a draft document shows (issue 9), from the module that runs the consistency checks. The
 * documents module comes before it and cannot import it; the registry hands its provider over once, at
 * start-up, as it hands over the section generators.
 */
import type { DraftFindings } from '#core/document.ts';
import type { Ctx } from '../context.ts';
import type { DraftFindingsProvider, DraftFindingsRequest } from '../module-definition.ts';

let providers: readonly DraftFindingsProvider[] = [];

export function provideDraftFindings(list: readonly DraftFindingsProvider[]): void {
  providers = list;
}

/** What the providers found for a draft, together; null when no module provides findings. */
export async function draftFindingsFor(
  ctx: Ctx,
  request: DraftFindingsRequest,
): Promise<DraftFindings | null> {
  if (providers.length === 0) {
    return null;
  }
  const answers: DraftFindings[] = [];
  // One after the other: they share the request's cached evaluation and the database's connection.
  for (const provider of providers) {
    answers.push(await provider(ctx, request));
  }
  return {
    summary: answers.map((answer) => answer.summary).join(' '),
    findings: answers.flatMap((answer) => answer.findings),
  };
}
