import { describe, expect, it } from 'vitest';
import { type StatusResult, suggestVerdict } from '#modules/goals/domain/index.ts';
import { plain, testPlace } from './test-places.ts';
import {
  checkUnsupportedVerdicts,
  checkVerdictContradictions,
  type GoalVerdict,
  type VerdictIndicator,
} from './verdicts.ts';

const place = testPlace('Bedömningen av målet ”Goda arbetsplatser”');

/** 002:401-407: sick leave 3,82 against 3,5 (not met), full-time 99,0 against 97,5 (met), AVI with no figure. */
const SICK_LEAVE: VerdictIndicator = {
  name: 'Total sjukfrånvaro',
  status: { status: 'notMet' },
  outcome: '3.82',
  unit: '%',
  target: '3,5',
  wholeYear: true,
};
const FULL_TIME: VerdictIndicator = {
  name: 'Andel heltidsanställningar',
  status: { status: 'met' },
  outcome: '99.0',
  unit: '%',
  target: '97,5',
  wholeYear: true,
};
const AVI: VerdictIndicator = {
  name: 'Attraktiv arbetsgivarindex (AVI)',
  status: { status: 'noData' },
  outcome: null,
  unit: null,
  target: '80',
  wholeYear: true,
};

function goal(verdict: GoalVerdict['verdict'], indicators: VerdictIndicator[], interim = false): GoalVerdict {
  const statuses: StatusResult[] = indicators.map((indicator) => indicator.status);
  return {
    place,
    provenance: ['002:262-274'],
    year: 2019,
    interim,
    verdict,
    suggestion: suggestVerdict(statuses),
    indicators,
  };
}

const texts = (findings: { message: string }[]) => findings.map((finding) => plain(finding.message));

describe('a verdict its indicators contradict', () => {
  it('is silent when the verdict is what the indicators suggest, or when they suggest nothing', () => {
    expect(checkVerdictContradictions([goal('partlyMet', [SICK_LEAVE, FULL_TIME, AVI])])).toEqual([]);
    expect(checkVerdictContradictions([goal('met', [AVI]), goal('notAssessed', [SICK_LEAVE])])).toEqual([]);
  });

  it('warns with the assessments’ sentence and the indicators on each side (002:262-274, 401-407)', () => {
    const findings = checkVerdictContradictions([goal('met', [SICK_LEAVE, FULL_TIME, AVI])]);
    expect(
      findings.map(({ ruleId, severity, place: at, provenance }) => ({ ruleId, severity, at, provenance })),
    ).toEqual([
      {
        ruleId: 'verdict-contradicts-indicators',
        severity: 'varning',
        at: place,
        provenance: ['002:262-274'],
      },
    ]);
    expect(texts(findings)).toEqual([
      'Bedömningen ”uppfyllt” avviker från indikatorerna: 1 av 2 indikatorer med beräkningsbar status når ' +
        'målvärdet, vilket talar för ”delvis uppfyllt”. Når målvärdet: Andel heltidsanställningar (99,0 %, ' +
        'målvärde 97,5). Når inte målvärdet: Total sjukfrånvaro (3,82 %, målvärde 3,5).',
    ]);
  });

  it('only notes it in an interim round when an outcome covers part of the year, saying why', () => {
    const partial = { ...FULL_TIME, wholeYear: false };
    const findings = checkVerdictContradictions([goal('partlyMet', [partial], true)]);
    expect(findings.map((finding) => finding.severity)).toEqual(['notering']);
    expect(texts(findings)[0]).toMatch(/bedömningen gäller helåret, så motsägelsen är inte säker\.$/);
    expect(checkVerdictContradictions([goal('partlyMet', [FULL_TIME], true)]).map((f) => f.severity)).toEqual(
      ['varning'],
    );
  });
});

describe('a goal judged met with nothing computable behind it', () => {
  it('is silent when an indicator has a status, and for verdicts other than "uppfyllt"', () => {
    expect(checkUnsupportedVerdicts([goal('met', [FULL_TIME, AVI])])).toEqual([]);
    expect(checkUnsupportedVerdicts([goal('partlyMet', []), goal('notMet', [AVI])])).toEqual([]);
  });

  it('notes a goal without indicators, which may be judged on other grounds (002:369-370)', () => {
    const findings = checkUnsupportedVerdicts([goal('met', [])]);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['verdict-unsupported', 'notering'],
    ]);
    expect(texts(findings)).toEqual([
      'Målet bedöms som uppfyllt men har inga indikatorer, så bedömningen vilar inte på något mätbart. ' +
        'Beskriv i så fall vad den grundar sig på.',
    ]);
  });

  it('warns when the goal’s indicators lack targets or figures, naming why for each', () => {
    const noTarget: VerdictIndicator = {
      ...AVI,
      name: 'Hållbart medarbetarengagemang (HME)',
      status: { status: 'noTarget' },
    };
    const text: VerdictIndicator = {
      ...AVI,
      name: 'Nöjdhet',
      status: { status: 'notComputable', reason: { code: 'textTarget' } },
    };
    const findings = checkUnsupportedVerdicts([goal('met', [AVI, noTarget, text]), goal('met', [noTarget])]);
    expect(findings.map((finding) => finding.severity)).toEqual(['varning', 'varning']);
    expect(texts(findings)).toEqual([
      'Målet bedöms som uppfyllt, men ingen av dess 3 indikatorer har någon beräkningsbar status för 2019: ' +
        'Attraktiv arbetsgivarindex (AVI) (utfall saknas); Hållbart medarbetarengagemang (HME) (målvärde ' +
        'saknas); Nöjdhet (kan inte beräknas: målvärdet är fritext).',
      'Målet bedöms som uppfyllt, men dess enda indikator har ingen beräkningsbar status för 2019: ' +
        'Hållbart medarbetarengagemang (HME) (målvärde saknas).',
    ]);
  });
});
