import { describe, expect, it } from 'vitest';
import { checkEconomyIndicators, type EconomyIndicatorFigure } from './economy-indicators.ts';
import { plain, testPlace } from './test-places.ts';

const place = testPlace('Budgetavvikelse (årets resultat i % av omsättning), utfall 2021');

/** 000:404 prints 1,0 for 2021; 5 868 / 567 144 gives 1,03 (000:317-318, domain.md §3.6). */
const figure = (overrides: Partial<EconomyIndicatorFigure>): EconomyIndicatorFigure => ({
  place,
  provenance: ['000:404'],
  typed: '1.0',
  statedBy: 'Budget 2023',
  unit: '%',
  computed: '1.0',
  formula: 'resultatet (intäkter − kostnader) i procent av intäkterna.',
  basis: 'Ur bokslut 2021: intäkter 567 144 tkr, kostnader 561 276 tkr, resultat 5 868 tkr.',
  ...overrides,
});

describe('an economy indicator the economy does not reproduce', () => {
  it('is silent when the economy gives the typed figure, as printed or rounded, or gives none', () => {
    expect(checkEconomyIndicators([figure({}), figure({ typed: '1' }), figure({ computed: null })])).toEqual(
      [],
    );
  });

  it('warns with both figures, the formula and what the economy computed from', () => {
    const findings = checkEconomyIndicators([figure({ typed: '-0.9' })]);
    expect(findings.map((finding) => ({ ...finding, message: plain(finding.message) }))).toEqual([
      {
        ruleId: 'economy-indicator-not-reproduced',
        severity: 'varning',
        message:
          'Budget 2023 anger −0,9 % men ekonomin ger 1,0 %, beräknat som resultatet (intäkter − kostnader) i ' +
          'procent av intäkterna. Ur bokslut 2021: intäkter 567 144 tkr, kostnader 561 276 tkr, resultat 5 868 tkr.',
        place,
        provenance: ['000:404'],
      },
    ]);
  });
});
