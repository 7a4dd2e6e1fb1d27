import { describe, expect, it } from 'vitest';
import { checkRestatedFigures, type StatedFigure } from './restated-figures.ts';
import { plain, testPlace } from './test-places.ts';

const closing = testPlace('Total sjukfrånvaro, utfall 2017');
const august = testPlace('Total sjukfrånvaro, utfall 2017', {
  round: { kind: 'august', year: 2019, name: 'Delår 31 augusti 2019' },
});

const stated = (overrides: Partial<StatedFigure>): StatedFigure => ({
  key: 'outcome|sjukfrånvaro|2017|total',
  value: '4.16',
  unit: '%',
  statedBy: 'Bokslut 2019',
  order: '2020-02-15',
  place: closing,
  provenance: ['002:401'],
  checked: true,
  ...overrides,
});
const inAugust = (overrides: Partial<StatedFigure> = {}) =>
  stated({
    value: '4.3',
    statedBy: 'Delår 31 augusti 2019',
    order: '2019-09-15',
    place: august,
    provenance: ['004:510'],
    checked: false,
    ...overrides,
  });

describe('the same figure stated differently in two rounds', () => {
  it('is silent when the rounds agree, or differ only as their printing rounds (7,6 and 8; 100,0 and 100)', () => {
    expect(checkRestatedFigures([stated({}), inAugust({ value: '4.16' })])).toEqual([]);
    expect(checkRestatedFigures([stated({ value: '7.6' }), inAugust({ value: '8' })])).toEqual([]);
    expect(checkRestatedFigures([stated({ value: '100.0' }), inAugust({ value: '100' })])).toEqual([]);
  });

  it('is silent on different figures: another year, part or period is another key', () => {
    expect(checkRestatedFigures([stated({}), inAugust({ key: 'outcome|sjukfrånvaro|2018|total' })])).toEqual(
      [],
    );
  });

  it('notes a figure a round restates, naming both figures and both rounds (002:401, 004:510)', () => {
    const findings = checkRestatedFigures([stated({}), inAugust()]);
    expect(findings.map((finding) => ({ ...finding, message: plain(finding.message) }))).toEqual([
      {
        ruleId: 'figure-differs-between-rounds',
        severity: 'notering',
        message:
          'Uppgiften är 4,16 % enligt Bokslut 2019 men 4,3 % enligt Delår 31 augusti 2019, skillnad −0,14. ' +
          'Båda sparas som de angavs; förklara skillnaden i dokumentet om den är avsiktlig.',
        place: closing,
        provenance: ['002:401', '004:510'],
      },
    ]);
  });

  it('reports a pair once, at the later statement when both are checked, and never when neither is', () => {
    const both = checkRestatedFigures([stated({}), inAugust({ checked: true })]);
    expect(both.map((finding) => finding.place)).toEqual([closing]);
    expect(checkRestatedFigures([stated({ checked: false }), inAugust()])).toEqual([]);
    const earlierChecked = checkRestatedFigures([stated({ checked: false }), inAugust({ checked: true })]);
    expect(earlierChecked.map((finding) => finding.place)).toEqual([august]);
    expect(plain(earlierChecked[0]?.message ?? '')).toMatch(
      /^Uppgiften är 4,3 % enligt Delår 31 augusti 2019 men 4,16 %/,
    );
  });
});
