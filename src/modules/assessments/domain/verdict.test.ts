import { describe, expect, it } from 'vitest';
import { type IndicatorStatus, suggestVerdict as suggestFromResults } from '#modules/goals/domain/index.ts';
import { contradictionWithoutBasis, describeSuggestion, findVerdictContradiction } from './verdict.ts';

const suggestVerdict = (statuses: IndicatorStatus[]) =>
  suggestFromResults(
    statuses.map((status) =>
      status === 'notComputable' ? { status, reason: { code: 'textTarget' as const } } : { status },
    ),
  );

describe('suggestVerdict', () => {
  it('counts only computable statuses', () => {
    expect(suggestVerdict(['met', 'met', 'noData'])).toEqual({
      verdict: 'met',
      met: 2,
      notMet: 0,
      uncounted: 1,
    });
    expect(suggestVerdict(['met', 'notMet']).verdict).toBe('partlyMet');
    expect(suggestVerdict(['notMet', 'notComputable']).verdict).toBe('notMet');
    expect(suggestVerdict(['noTarget', 'noData', 'notComputable']).verdict).toBeNull();
    expect(suggestVerdict([]).verdict).toBeNull();
  });
});

describe('findVerdictContradiction', () => {
  it('flags a verdict the indicators do not support, but never overrides it', () => {
    const suggestion = suggestVerdict(['notMet', 'met']);
    const issue = findVerdictContradiction('met', suggestion);
    expect(issue?.code).toBe('assessments.verdict_contradicts_indicators');
    expect(issue?.message).toContain('1 av 2');
    expect(issue?.message).toContain('delvis uppfyllt');
  });

  it('is silent when they agree, when nothing is assessed, or when there is no suggestion', () => {
    expect(findVerdictContradiction('partlyMet', suggestVerdict(['notMet', 'met']))).toBeNull();
    expect(findVerdictContradiction('notAssessed', suggestVerdict(['notMet']))).toBeNull();
    expect(findVerdictContradiction('met', suggestVerdict(['noData']))).toBeNull();
  });
});

describe('contradictionWithoutBasis', () => {
  const suggestion = suggestVerdict(['notMet', 'met']);

  it('holds a contradicting verdict back until a basis explains it', () => {
    expect(contradictionWithoutBasis('met', null, suggestion)?.code).toBe(
      'assessments.verdict_contradicts_indicators',
    );
    expect(contradictionWithoutBasis('met', '  ', suggestion)).not.toBeNull();
    expect(
      contradictionWithoutBasis('met', '<p>Tre av fyra enheter nådde målet.</p>', suggestion),
    ).toBeNull();
  });

  it('asks nothing of a verdict the indicators support', () => {
    expect(contradictionWithoutBasis('partlyMet', null, suggestion)).toBeNull();
  });
});

describe('describeSuggestion', () => {
  it('says indikator for one and indikatorer for more', () => {
    expect(describeSuggestion(suggestVerdict(['met']))).toBe(
      '1 av 1 indikator med beräkningsbar status når målvärdet, vilket talar för ”uppfyllt”.',
    );
    expect(describeSuggestion(suggestVerdict(['met', 'notMet']))).toMatch(/^1 av 2 indikatorer med/);
  });
});
