import { describe, expect, it } from 'vitest';
import type { Grant } from '#core/actor.ts';
import {
  dueForReminder,
  remindedText,
  reminderMessage,
  reminderRecipients,
  swedishDate,
} from './reminder.ts';

const grant = (
  role: Grant['role'],
  orgUnitId: string | null,
  fromYear: number | null = null,
  toYear = fromYear,
) => ({ role, orgUnitId, fromYear, toYear }) satisfies Grant;

describe('reminderRecipients', () => {
  // VSS under KS; HEM is VSS's sibling.
  const path = ['VSS', 'KS'];
  const candidates = [
    { userId: 'a', name: 'Anna (rapportör VSS)', grants: [grant('reporter', 'VSS')] },
    { userId: 'b', name: 'Bo (rapportör KS)', grants: [grant('reporter', 'KS')] },
    { userId: 'c', name: 'Cecilia (rapportör HEM)', grants: [grant('reporter', 'HEM')] },
    { userId: 'd', name: 'David (rapportör VSS 2022)', grants: [grant('reporter', 'VSS', 2022)] },
    { userId: 'e', name: 'Eva (controller VSS)', grants: [grant('controller', 'VSS')] },
    { userId: 'f', name: 'Frida (hela kommunen)', grants: [grant('reporter', null, 2023, null)] },
    {
      userId: 'g',
      name: 'Gustav (godkännare VSS, rapportör HEM)',
      grants: [grant('approver', 'VSS'), grant('reporter', 'HEM')],
    },
  ];

  it('reminds the reporters of the unit and of units above it, in the round’s year', () => {
    expect(reminderRecipients(candidates, path, 2023).map((c) => c.userId)).toEqual(['a', 'b', 'f']);
  });

  it('reminds no one of a sibling, another year, or another role on the unit', () => {
    expect(reminderRecipients(candidates, path, 2022).map((c) => c.userId)).toEqual(['a', 'b', 'd']);
    expect(reminderRecipients(candidates, ['HEM', 'KS'], 2021).map((c) => c.userId)).toEqual(['b', 'c', 'g']);
  });
});

describe('reminderMessage', () => {
  const round = { id: 'r1', name: 'Delår 31 augusti 2023', deadline: '2023-09-15' };
  const unit = { code: 'VSS', name: 'Vård- och stödservice' };

  it('names the round, the unit and the deadline as a Swedish date, and links to the one-screen report', () => {
    const message = reminderMessage({ round, unit, senderName: 'Kalle Karlsson', today: '2023-09-10' });
    expect(message.subject).toBe('Påminnelse: rapportera för Vård- och stödservice i Delår 31 augusti 2023');
    expect(message.body).toContain(
      'Vård- och stödservice (VSS) har ännu inte klarmarkerat sin del av Delår 31 augusti 2023. ' +
        'Sista dag är 15 september 2023.',
    );
    expect(message.body).toMatch(/Hälsningar\nKalle Karlsson$/);
    expect(message.link).toBe('/rapportera/r1/VSS');
  });

  it('says the deadline has passed once it has', () => {
    const message = reminderMessage({ round, unit, senderName: 'K', today: '2023-09-16' });
    expect(message.body).toContain('Sista dag var 15 september 2023.');
  });

  it('escapes a unit code in the link', () => {
    expect(
      reminderMessage({ round, unit: { code: 'A B', name: 'X' }, senderName: 'K', today: '' }).link,
    ).toBe('/rapportera/r1/A%20B');
  });
});

describe('dueForReminder', () => {
  const now = new Date('2026-12-02T10:00:00Z');

  it('takes a late unit not reminded today, in Swedish time', () => {
    expect(dueForReminder({ late: true, reminded: null }, now)).toBe(true);
    expect(dueForReminder({ late: true, reminded: { at: '2026-12-01T12:00:00Z' } }, now)).toBe(true);
    // 23.30 UTC on 1 December is already 2 December in Sweden.
    expect(dueForReminder({ late: true, reminded: { at: '2026-12-01T23:30:00Z' } }, now)).toBe(false);
  });

  it('leaves out a unit reminded today, and one that is not late', () => {
    expect(dueForReminder({ late: true, reminded: { at: '2026-12-02T08:00:00Z' } }, now)).toBe(false);
    expect(dueForReminder({ late: false, reminded: null }, now)).toBe(false);
  });
});

describe('remindedText and swedishDate', () => {
  it('says when, in Swedish time, and by whom', () => {
    // 23.30 UTC on 1 December is already 2 December in Sweden.
    expect(remindedText('2026-12-01T23:30:00.000Z', 'Kalle')).toBe('Påmind 2 dec 2026 av Kalle');
  });

  it('writes dates the Swedish way', () => {
    expect(swedishDate('2023-08-31')).toBe('31 augusti 2023');
    expect(swedishDate('2023-03-01', true)).toBe('1 mars 2023');
    expect(swedishDate('inget datum')).toBe('inget datum');
  });
});
