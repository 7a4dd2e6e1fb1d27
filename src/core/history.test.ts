import { describe, expect, it } from 'vitest';
import {
  describeFieldChanges,
  describeWhen,
  fieldChanges,
  fieldLabel,
  showValue,
  withUnitNames,
} from './history.ts';

describe('describeWhen', () => {
  const now = new Date('2026-12-02T13:40:00Z'); // 14.40 in Stockholm (winter time)

  it('says today, yesterday, a date this year and a date of another year, in Swedish time', () => {
    expect(describeWhen(new Date('2026-12-02T13:32:00Z'), now)).toBe('i dag kl. 14.32');
    // 23.30 UTC on the 1st is 00.30 on the 2nd in Stockholm: today.
    expect(describeWhen(new Date('2026-12-01T23:30:00Z'), now)).toBe('i dag kl. 00.30');
    expect(describeWhen(new Date('2026-12-01T08:05:00Z'), now)).toBe('i går kl. 09.05');
    expect(describeWhen(new Date('2026-06-30T12:00:00Z'), now)).toBe('den 30 juni kl. 14.00');
    expect(describeWhen(new Date('2025-11-30T13:32:00Z'), now)).toBe('den 30 november 2025 kl. 14.32');
    // Yesterday across the turn of the year.
    expect(describeWhen(new Date('2026-12-31T10:00:00Z'), new Date('2027-01-01T10:00:00Z'))).toBe(
      'i går kl. 11.00',
    );
  });
});

describe('field changes', () => {
  it('lists the fields an update changed, by their Swedish names, leaving out id and version', () => {
    const before = { id: 'a', version: 1, name: 'NKI', unit: null, isObligatory: false, total: '4.5' };
    const after = { id: 'a', version: 2, name: 'NKI', unit: '%', isObligatory: true, total: '4.75' };
    expect(describeFieldChanges(before, after)).toEqual([
      'Måttenhet: – → %',
      'Obligatorisk: nej → ja',
      'Totalt: 4,5 → 4,75',
    ]);
  });

  it('lists a created record’s values, and a removed one’s', () => {
    expect(fieldChanges(null, { id: 'a', name: 'Mål', description: null }).map((c) => c.label)).toEqual([
      'Namn',
    ]);
    expect(describeFieldChanges({ notation: '≥4,5', retiredAt: null }, null)).toEqual(['Målvärde: ≥4,5 → –']);
  });

  it('names units by name and code, and shows times in Swedish time', () => {
    const units = new Map([['u1', { code: 'VSS', name: 'Verksamhetsstöd och service' }]]);
    expect(describeFieldChanges({ orgUnitId: null }, { orgUnitId: 'u1' }, withUnitNames(units))).toEqual([
      'Organisationsenhet: – → Verksamhetsstöd och service (VSS)',
    ]);
    expect(showValue('2026-12-02T13:32:00.000Z')).toBe('2026-12-02 14:32');
    expect(showValue(['a', 'b'])).toBe('a; b');
    expect(fieldLabel('retiredAt')).toBe('Avvecklad');
    expect(fieldLabel('okäntFält')).toBe('okäntFält');
  });

  it('shows rich text as the text it says, never as markup', () => {
    const basis =
      '<p>Målet är <strong>delvis</strong> uppfyllt.</p><ul><li>Fler brukare</li><li>Kortare väntan</li></ul>';
    const [line] = describeFieldChanges({ basis: null }, { basis });
    expect(line).toBe(
      'Grund för bedömningen: – → Målet är delvis uppfyllt.\n\n• Fler brukare\n• Kortare väntan',
    );
    expect(describeFieldChanges({ note: '<p>Ny <em>källa</em></p>' }, { note: null })).toEqual([
      'Fotnot: Ny källa → –',
    ]);
    // A field that is not rich text keeps what was typed, tags and all.
    expect(describeFieldChanges({ name: 'a' }, { name: '<b>b</b>' })).toEqual(['Namn: a → <b>b</b>']);
  });
});
