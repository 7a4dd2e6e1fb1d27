import { describe, expect, it } from 'vitest';
import { checkOutcome, type OutcomeDraft } from './outcome.ts';

const draft = (overrides: Partial<OutcomeDraft> = {}): OutcomeDraft => ({
  year: 2019,
  fromMonth: 1,
  toMonth: 12,
  referenceYear: null,
  total: '3.82',
  women: null,
  men: null,
  noData: [],
  notApplicable: [],
  noDataReason: null,
  ...overrides,
});
const closing2019 = { year: 2019, kind: 'closing' as const };
const rules = (...args: Parameters<typeof checkOutcome>) =>
  checkOutcome(...args).map((problem) => problem.rule);

describe('checkOutcome', () => {
  it('accepts a plain outcome, a partial period and "ingen uppgift" with a reason', () => {
    expect(rules(draft(), closing2019, { isGenderSplit: false })).toEqual([]);
    expect(rules(draft({ toMonth: 8 }), closing2019, { isGenderSplit: false })).toEqual([]);
    expect(
      rules(draft({ total: null, noData: ['total'], noDataReason: 'Mäts ej' }), closing2019, {
        isGenderSplit: false,
      }),
    ).toEqual([]);
  });

  it('lists every broken rule with its field', () => {
    const problems = checkOutcome(
      draft({ year: 2020, fromMonth: 8, toMonth: 3, women: '1', noData: ['total'], referenceYear: 2021 }),
      closing2019,
      { isGenderSplit: false },
    );
    expect(problems.map((problem) => [problem.rule, problem.path])).toEqual([
      ['period_reversed', 'toMonth'],
      ['year_after_round', 'year'],
      ['value_and_no_data', 'total'],
      ['not_gender_split', 'women'],
      ['reference_year_after_year', 'referenceYear'],
    ]);
  });

  it('takes "ej tillämplig" like "ingen uppgift", but never both for one part', () => {
    expect(
      rules(
        draft({ total: null, notApplicable: ['total'], noDataReason: 'Nytt telefonisystem' }),
        closing2019,
        {
          isGenderSplit: false,
        },
      ),
    ).toEqual([]);
    expect(
      rules(draft({ total: null, noData: ['total'], notApplicable: ['total'] }), closing2019, {
        isGenderSplit: false,
      }),
    ).toEqual(['no_data_and_not_applicable']);
    expect(rules(draft({ notApplicable: ['total'] }), closing2019, { isGenderSplit: false })).toEqual([
      'value_and_no_data',
    ]);
  });

  it('refuses an empty outcome, a reason without "ingen uppgift", and the budget year in a budget round', () => {
    expect(rules(draft({ total: null }), closing2019, { isGenderSplit: true })).toEqual(['empty']);
    expect(rules(draft({ noDataReason: 'x' }), closing2019, { isGenderSplit: true })).toEqual([
      'reason_without_no_data',
    ]);
    expect(rules(draft({ year: 2023 }), { year: 2023, kind: 'budget' }, { isGenderSplit: true })).toEqual([
      'budget_round_reports_past_only',
    ]);
    expect(rules(draft({ referenceYear: 2020 }), closing2019, { isGenderSplit: true })).toEqual([
      'reference_year_after_year',
    ]);
  });
});
