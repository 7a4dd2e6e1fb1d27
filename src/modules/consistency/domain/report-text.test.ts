import { describe, expect, it } from 'vitest';
import { countByRule, countBySeverity, type Finding } from './finding.ts';
import { errorCount, reportAsText } from './report-text.ts';
import { testPlace } from './test-places.ts';

const report = (findings: Finding[], round: 'closing' | null = null) => ({
  orgUnit: { code: 'VSS', name: 'Verksamhetsstöd och service' },
  year: 2019,
  round,
  findings,
  counts: countByRule(findings),
  severities: countBySeverity(findings),
});

describe('a report as text', () => {
  it('says so when nothing is found, and lists every rule with its count', () => {
    const text = reportAsText(report([], 'closing'));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Kontroller för Verksamhetsstöd och service (VSS) 2019, Bokslut: 0 fel, 0 varningar, 0 noteringar.',
      '',
      'Per regel',
      '  Bedömningen avviker från indikatorerna: 0',
    ]);
  });

  it('groups findings by severity, spelt out, with their place, message and seed lines', () => {
    const text = reportAsText(
      report([
        {
          ruleId: 'verdict-unsupported',
          severity: 'notering',
          message: 'Målet bedöms som uppfyllt men har inga indikatorer.',
          place: testPlace('Bedömningen av målet ”God tillgänglighet”'),
          provenance: ['002:219-223'],
        },
      ]),
    );
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Kontroller för Verksamhetsstöd och service (VSS) 2019, alla uppföljningstillfällen: 0 fel, 0 varningar, 1 notering.',
      '',
      'Noteringar',
      '  NOTERING: Uppfyllt mål utan beräkningsbar indikator – Bokslut 2019, Bedömningen av målet ”God tillgänglighet”',
      '    Målet bedöms som uppfyllt men har inga indikatorer.',
      '    Källa: 002:219-223',
    ]);
  });
});

describe('acknowledged errors in the text', () => {
  it('counts them in the summary and says who acknowledged each, when and why', () => {
    const finding: Finding = {
      ruleId: 'gender-parts-sum',
      severity: 'fel',
      message: 'Män och kvinnor summerar till 70 + 60 = 130 men totalt anges 120, skillnad 10.',
      place: testPlace('Ärenden, utfall 2019'),
      provenance: [],
    };
    const acknowledgement = {
      id: '00000000-0000-4000-8000-0000000000ac',
      version: 1,
      reason: 'Dubbelräknade ärenden.',
      byName: 'Cecilia Ek',
      at: '2019-09-10T08:00:00.000Z',
    };
    const text = reportAsText({
      ...report([{ ...finding, acknowledgement } as Finding, finding]),
      acknowledged: 1,
    });
    expect(text.split('\n')[0]).toBe(
      'Kontroller för Verksamhetsstöd och service (VSS) 2019, alla uppföljningstillfällen: 2 fel (varav 1 kvitterat), 0 varningar, 0 noteringar.',
    );
    expect(text).toContain('    Kvitterat av Cecilia Ek den 2019-09-10: Dubbelräknade ärenden.');
    expect(errorCount(3, 2)).toBe('3 fel (varav 2 kvitterade)');
    expect(errorCount(3)).toBe('3 fel');
  });
});
