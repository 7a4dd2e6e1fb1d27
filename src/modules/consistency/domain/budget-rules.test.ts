import { describe, expect, it } from 'vitest';
import {
  type BridgeFact,
  checkBridges,
  checkBudgetOverFrame,
  checkSelfCostUnits,
  type FrameFact,
} from './budget-rules.ts';
import { plain, testPlace } from './test-places.ts';

const place = testPlace('Ramen för Kommunstyrelsen 2020');

/** KS 2020: 463 475 tkr, −3 100 tkr in adjustments, 460 375 tkr adjusted (001:572-578). */
const frame = (overrides: Partial<FrameFact>): FrameFact => ({
  place,
  provenance: ['001:572'],
  kind: 'frame',
  status: 'within',
  amount: '463475000.00',
  adjustedAmount: '460375000.00',
  budgetNetCost: '460375000.00',
  ...overrides,
});

const texts = (findings: { message: string }[]) => findings.map((finding) => plain(finding.message));

describe('a budget over its frame', () => {
  it('is silent within the frame, without a budget, and for a self-cost unit', () => {
    expect(checkBudgetOverFrame([frame({}), frame({ status: 'noBudget', budgetNetCost: null })])).toEqual([]);
    expect(checkBudgetOverFrame([frame({ kind: 'selfCost', status: 'unbalanced' })])).toEqual([]);
  });

  it('is an error that states the budget, the adjusted frame and the overrun', () => {
    const findings = checkBudgetOverFrame([frame({ status: 'over', budgetNetCost: '465000000.00' })]);
    expect(findings.map(({ ruleId, severity, place: at }) => ({ ruleId, severity, at }))).toEqual([
      { ruleId: 'budget-over-frame', severity: 'fel', at: place },
    ]);
    expect(texts(findings)).toEqual([
      'Budgetens nettokostnad 465 000 tkr överskrider den justerade ramen 460 375 tkr med 4 625 tkr ' +
        '(ram 463 475 tkr, ramjusteringar −3 100 tkr).',
    ]);
  });
});

describe('a self-cost unit not budgeted at zero', () => {
  const selfCost = (overrides: Partial<FrameFact>) =>
    frame({
      kind: 'selfCost',
      amount: '0',
      adjustedAmount: '0',
      status: 'balanced',
      budgetNetCost: '0',
      ...overrides,
    });

  it('is silent at a zero net, and without a budget', () => {
    expect(checkSelfCostUnits([selfCost({}), selfCost({ status: 'noBudget', budgetNetCost: null })])).toEqual(
      [],
    );
  });

  it('is an error that states the net cost, in tkr even when it is not whole (000:190, 326)', () => {
    const findings = checkSelfCostUnits([selfCost({ status: 'unbalanced', budgetNetCost: '-1200400.00' })]);
    expect(findings.map((finding) => finding.severity)).toEqual(['fel']);
    expect(texts(findings)).toEqual([
      'Enheten finansieras till självkostnad och ska budgeteras med nollresultat, men budgetens nettokostnad ' +
        '(kostnader − intäkter) är −1 200,4 tkr.',
    ]);
  });
});

describe('a bridge from last year’s budget that does not reconcile', () => {
  /** KLF 2019 → 2020: 482 336 − 9 905 − 5 824 − 15 810 − 3 100 + 12 678 = 460 375 (domain.md §3.5). */
  const row = (overrides: Partial<BridgeFact>): BridgeFact => ({
    place: testPlace('Budgetbryggan för Kommunledningsförvaltningen 2020'),
    provenance: [],
    previous: '482336000.00',
    changes: ['-9905000.00', '-5824000.00', '-15810000.00', '-3100000.00', '12678000.00'],
    current: '460375000.00',
    unexplained: '0.00',
    ...overrides,
  });

  it('is silent when the changes explain the whole difference, and where no changes are recorded', () => {
    expect(checkBridges([row({})])).toEqual([]);
    expect(checkBridges([row({ changes: ['0.00', '0.00'], unexplained: '-21961000.00' })])).toEqual([]);
  });

  it('is an error that does the sum and states what is left unexplained', () => {
    const findings = checkBridges([row({ current: '460000000.00', unexplained: '-375000.00' })]);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['bridge-unreconciled', 'fel'],
    ]);
    expect(texts(findings)).toEqual([
      'Förra årets budget 482 336 tkr plus årets förändringar −21 961 tkr ger 460 375 tkr, men årets budget ' +
        'är 460 000 tkr: skillnad −375 tkr som förändringarna inte förklarar.',
    ]);
  });
});
