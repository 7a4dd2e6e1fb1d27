import { describe, expect, it } from 'vitest';
import {
  bandOf,
  bandProblems,
  DEFAULT_RISK_BANDS,
  DEFAULT_RISK_SCALE,
  riskMatrix,
  riskValue,
  scaleProblems,
} from './risk.ts';

describe('risk value', () => {
  it('is probability times consequence', () => {
    expect(riskValue(1, 1)).toBe(1);
    expect(riskValue(3, 4)).toBe(12);
    expect(riskValue(4, 4)).toBe(16);
  });

  it('refuses scores outside the configured scale', () => {
    expect(scaleProblems(DEFAULT_RISK_SCALE, 4, 1)).toEqual([]);
    expect(scaleProblems(DEFAULT_RISK_SCALE, 5, 0)).toEqual([
      { kind: 'probabilityOutOfScale', value: 5, max: 4 },
      { kind: 'consequenceOutOfScale', value: 0, max: 4 },
    ]);
    expect(scaleProblems({ ...DEFAULT_RISK_SCALE, probabilityMax: 5 }, 5, 2)).toEqual([]);
    expect(scaleProblems(DEFAULT_RISK_SCALE, 2.5, 2)).toHaveLength(1);
  });
});

describe('bands', () => {
  it('puts 1–3 in låg, 4–8 in medel and 9–16 in hög by default', () => {
    expect([1, 3, 4, 8, 9, 16].map((value) => bandOf(DEFAULT_RISK_BANDS, value)?.label)).toEqual([
      'Låg',
      'Låg',
      'Medel',
      'Medel',
      'Hög',
      'Hög',
    ]);
    expect(bandOf(DEFAULT_RISK_BANDS, 17)).toBeNull();
  });

  it('accepts the default bands and finds gaps, overlaps and bad colours in others', () => {
    expect(bandProblems(DEFAULT_RISK_SCALE)).toEqual([]);
    expect(bandProblems({ ...DEFAULT_RISK_SCALE, bands: [] })).toEqual([{ kind: 'empty' }]);
    const low = { min: 1, max: 3, label: 'Låg', colour: '#cfe8cf' };
    const medium = { min: 4, max: 8, label: 'Medel', colour: '#fde9a9' };
    expect(bandProblems({ ...DEFAULT_RISK_SCALE, bands: [low, medium] })).toEqual([
      { kind: 'gap', value: 9 },
    ]);
    expect(
      bandProblems({
        ...DEFAULT_RISK_SCALE,
        bands: [low, { ...medium, min: 3 }, { min: 9, max: 16, label: 'Hög', colour: 'red' }],
      }),
    ).toEqual([
      { kind: 'colour', band: 'Hög' },
      { kind: 'overlap', band: 'Medel', other: 'Låg' },
    ]);
  });
});

describe('risk matrix', () => {
  const risks = [
    { id: 'a', probability: 4, consequence: 4 },
    { id: 'b', probability: 1, consequence: 2 },
    { id: 'c', probability: 1, consequence: 2 },
    { id: 'd', probability: 5, consequence: 1 },
  ];
  const matrix = riskMatrix(DEFAULT_RISK_SCALE, risks);

  it('has a row per probability, highest first, and a cell per consequence', () => {
    expect(matrix.rows.map((row) => row.probability)).toEqual([4, 3, 2, 1]);
    expect(matrix.rows[0]?.cells.map((cell) => cell.consequence)).toEqual([1, 2, 3, 4]);
  });

  it('places each risk in its cell with the cell’s value and band', () => {
    const top = matrix.rows[0]?.cells[3];
    expect(top).toMatchObject({ value: 16, band: { label: 'Hög' } });
    expect(top?.risks.map((risk) => risk.id)).toEqual(['a']);
    const low = matrix.rows[3]?.cells[1];
    expect(low).toMatchObject({ value: 2, band: { label: 'Låg' } });
    expect(low?.risks.map((risk) => risk.id)).toEqual(['b', 'c']);
  });

  it('lists risks scored outside the scale rather than losing them', () => {
    expect(matrix.outside.map((risk) => risk.id)).toEqual(['d']);
  });
});
