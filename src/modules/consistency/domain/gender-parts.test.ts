import { describe, expect, it } from 'vitest';
import { checkGenderParts, type GenderFigure, isAdditiveUnit } from './gender-parts.ts';
import { plain, testPlace } from './test-places.ts';

const figure = (overrides: Partial<GenderFigure>): GenderFigure => ({
  place: testPlace('Ärenden Kontakt Linköping, utfall 2021'),
  provenance: ['000:218-220'],
  unit: 'antal',
  total: '283648',
  men: '90928',
  women: '111102',
  ...overrides,
});

const messages = (figures: GenderFigure[]) =>
  checkGenderParts(figures).map((finding) => ({ ...finding, message: plain(finding.message) }));

describe('gender parts that do not add up', () => {
  it('is silent when men and women add up to the total, or when a part is missing', () => {
    expect(checkGenderParts([figure({ total: '202030' })])).toEqual([]);
    expect(checkGenderParts([figure({ men: null })])).toEqual([]);
    expect(checkGenderParts([figure({ total: null, men: null, women: null })])).toEqual([]);
  });

  it('warns when the parts fall short of a count, saying by how much (000:218-220)', () => {
    expect(messages([figure({})])).toEqual([
      {
        ruleId: 'gender-parts-sum',
        severity: 'varning',
        message:
          'Män och kvinnor summerar till 90 928 + 111 102 = 202 030 men totalt anges 283 648, skillnad ' +
          '−81 618. Om skillnaden är uppgifter utan känt kön bör dokumentet säga det, t.ex. i en fotnot.',
        place: testPlace('Ärenden Kontakt Linköping, utfall 2021'),
        provenance: ['000:218-220'],
      },
    ]);
  });

  it('calls parts that exceed their total an error: they cannot all be right', () => {
    const [finding] = messages([figure({ total: '1300', men: '700', women: '634', unit: 'tkr' })]);
    expect(finding?.severity).toBe('fel');
    expect(finding?.message).toBe(
      'Män och kvinnor summerar till 700 + 634 = 1 334 tkr men totalt anges 1 300 tkr, skillnad 34 ' +
        '(avrundningen förklarar högst 1,5). Delarna kan inte tillsammans vara fler än totalen.',
    );
  });

  it('counts whole numbers of a count as exact, and allows amounts the rounding of their printing', () => {
    expect(checkGenderParts([figure({ total: '101', men: '50', women: '50' })])).toHaveLength(1);
    expect(checkGenderParts([figure({ unit: 'tkr', total: '101', men: '50', women: '50' })])).toEqual([]);
    expect(
      checkGenderParts([figure({ unit: 'årsarbetare', total: '151.8', men: '80.1', women: '71.8' })]),
    ).toEqual([]);
    expect(
      checkGenderParts([figure({ unit: 'årsarbetare', total: '151.8', men: '80.1', women: '71.5' })]),
    ).toHaveLength(1);
  });

  it('leaves percentages, averages, indices and scales alone: they do not add up (002:401-403)', () => {
    expect(checkGenderParts([figure({ unit: '%', total: '3.82', men: '2.94', women: '4.48' })])).toEqual([]);
    expect(checkGenderParts([figure({ unit: '0-5', total: '4.3', men: '4.1', women: '4.4' })])).toEqual([]);
    expect(checkGenderParts([figure({ unit: null, total: '0.89', men: '1', women: '1' })])).toEqual([]);
  });

  it('takes a total between its parts for an average, whatever the unit says (000:440-442)', () => {
    expect(checkGenderParts([figure({ unit: 'antal', total: '23.1', men: '21.2', women: '23.9' })])).toEqual(
      [],
    );
  });

  it('does not judge negative figures, which need not be sums of people', () => {
    expect(checkGenderParts([figure({ unit: 'tkr', total: '-100', men: '-80', women: '-80' })])).toEqual([]);
  });

  it('knows which units add up', () => {
    expect(['antal', 'st', 'tkr', 'mnkr', 'timmar', 'årsarbetare', 'dygn'].map(isAdditiveUnit)).toEqual(
      Array(7).fill(true),
    );
    expect(['%', 'andel', '0-5', 'index', 'år', 'gram', 'dagar', null].map(isAdditiveUnit)).toEqual(
      Array(8).fill(false),
    );
  });
});
