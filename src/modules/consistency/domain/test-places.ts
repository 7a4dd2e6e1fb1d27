/** Places for the rules' tests: the rules pass a place through, so any well-formed one will do. */
import type { Place } from './finding.ts';

export function testPlace(label: string, overrides: Partial<Place> = {}): Place {
  return {
    unit: 'VSS',
    year: 2019,
    round: { kind: 'closing', year: 2019, name: 'Bokslut 2019' },
    record: { kind: 'frame', frameId: '00000000-0000-4000-8000-000000000001' },
    label,
    path: '/ekonomi/budget?ar=2019#frames-title',
    ...overrides,
  };
}

/** Swedish number formatting uses no-break spaces; the tests compare with ordinary ones. */
export const plain = (text: string) => text.replace(/\u00a0/g, ' ');
