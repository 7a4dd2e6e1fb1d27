/**
 * Verdicts on goals and the suggestion the indicators make.
 *
 * A published verdict is a judgement ("sammanvägd bedömning", domain.md §2.2): the human verdict always
 * stands. The goals module's evaluation suggests one from the goal's indicator statuses; this flags where
 * the two disagree, so a reader can see that "uppfyllt" was chosen although half the indicators missed
 * their targets.
 */
import type { Issue } from '#core/issues.ts';
import type { Suggestion } from '#modules/goals/domain/index.ts';

export const VERDICTS = ['met', 'partlyMet', 'notMet', 'notAssessed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The canonical Swedish words (domain.md §2.4). */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  met: 'Uppfyllt',
  partlyMet: 'Delvis uppfyllt',
  notMet: 'Ej uppfyllt',
  notAssessed: 'Ingen bedömning',
};

/** What the indicators suggest for a goal: computed by the goals module's evaluation. */
export type VerdictSuggestion = Suggestion;

/** A sentence stating what the indicators say, for the assessment page. */
export function describeSuggestion(suggestion: VerdictSuggestion): string {
  const counted = suggestion.met + suggestion.notMet;
  if (suggestion.verdict === null) {
    return 'Indikatorerna ger inget underlag för ett förslag (målvärde eller utfall saknas).';
  }
  const label = VERDICT_LABELS[suggestion.verdict].toLowerCase();
  const indicators = counted === 1 ? 'indikator' : 'indikatorer';
  return `${suggestion.met} av ${counted} ${indicators} med beräkningsbar status når målvärdet, vilket talar för ”${label}”.`;
}

/**
 * Flags a human verdict that the indicators contradict. "Ingen bedömning" contradicts nothing, and with no
 * suggestion there is nothing to contradict.
 */
/**
 * A verdict that the indicators contradict stands only with a written basis (motivering): the reader of the
 * report must be told why the board's judgement differs from the figures. The contradiction, while the basis
 * is empty; null when the verdict may be saved.
 */
export function contradictionWithoutBasis(
  verdict: Verdict,
  basis: string | null,
  suggestion: VerdictSuggestion,
): Issue | null {
  return basis?.trim() ? null : findVerdictContradiction(verdict, suggestion);
}

export function findVerdictContradiction(verdict: Verdict, suggestion: VerdictSuggestion): Issue | null {
  if (suggestion.verdict === null || verdict === 'notAssessed' || verdict === suggestion.verdict) {
    return null;
  }
  const chosen = VERDICT_LABELS[verdict].toLowerCase();
  return {
    code: 'assessments.verdict_contradicts_indicators',
    severity: 'warning',
    message: `Bedömningen ”${chosen}” avviker från indikatorerna: ${describeSuggestion(suggestion)}`,
  };
}
