import { describe, expect, it } from 'vitest';
import {
  assignmentsToCarry,
  countWords,
  latestStatuses,
  reportBackText,
  statusProblems,
  summarise,
} from './assignment.ts';

describe('the summary the documents print', () => {
  it('says all six were done, as 002:55 does', () => {
    const summary = summarise(['done', 'done', 'done', 'done', 'done', 'done']);
    expect(summary.text).toBe('Samtliga sex (6) strategiska utvecklingsuppdrag har genomförts.');
    expect(summary.counts).toEqual({
      done: 6,
      inProgress: 0,
      notStarted: 0,
      notApplicable: 0,
      unreported: 0,
    });
    expect(summary.total).toBe(6);
  });

  it('counts each status, and the ones without a status, in one sentence', () => {
    // The August 2019 round (004:367-417): two in progress ("Åtgärder vidtagna"), one done, two not
    // applicable, and the sixth, given later in the year, without a status.
    const summary = summarise(['inProgress', 'done', 'inProgress', 'notApplicable', 'notApplicable', null]);
    expect(summary.counts).toEqual({
      done: 1,
      inProgress: 2,
      notStarted: 0,
      notApplicable: 2,
      unreported: 1,
    });
    expect(summary.text).toBe(
      'Enheten har sex (6) strategiska utvecklingsuppdrag, varav ett (1) har genomförts, två (2) pågår, ' +
        'två (2) inte är tillämpliga och ett (1) saknar status.',
    );
  });

  it('speaks of one assignment in the singular, and of none', () => {
    expect(summarise(['notStarted']).text).toBe(
      'Enhetens enda strategiska utvecklingsuppdrag har inte påbörjats.',
    );
    expect(summarise(['notApplicable', 'done']).text).toBe(
      'Enheten har två (2) strategiska utvecklingsuppdrag, varav ett (1) har genomförts och ett (1) inte är ' +
        'tillämpligt.',
    );
    expect(summarise([]).text).toBe('Enheten har inga strategiska utvecklingsuppdrag.');
  });

  it('writes counts in words up to twelve, as the documents do, and in figures beyond', () => {
    expect(countWords(12)).toBe('tolv (12)');
    expect(countWords(13)).toBe('13');
    expect(summarise(Array.from({ length: 14 }, () => 'inProgress' as const)).text).toBe(
      'Samtliga 14 strategiska utvecklingsuppdrag pågår.',
    );
  });
});

describe('carrying unfinished assignments into the next year', () => {
  const assignments = [
    { id: 'a-done', recipientIds: ['r1'] },
    { id: 'a-open', recipientIds: ['r2', 'r3'] },
    { id: 'a-silent', recipientIds: ['r4'] },
    { id: 'a-nobody', recipientIds: [] },
    { id: 'a-na', recipientIds: ['r5'] },
  ];

  it('carries every assignment someone has not finished, with those recipients', () => {
    const carried = assignmentsToCarry(assignments, [
      { recipientId: 'r1', roundKind: 'august', status: 'inProgress' },
      { recipientId: 'r1', roundKind: 'closing', status: 'done' },
      { recipientId: 'r2', roundKind: 'closing', status: 'done' },
      { recipientId: 'r3', roundKind: 'closing', status: 'inProgress' },
      { recipientId: 'r5', roundKind: 'august', status: 'notApplicable' },
    ]);
    expect(carried).toEqual([
      { assignmentId: 'a-open', recipientIds: ['r3'] },
      { assignmentId: 'a-silent', recipientIds: ['r4'] },
      { assignmentId: 'a-nobody', recipientIds: [] },
    ]);
  });

  it('judges by the latest round, whatever order the statuses come in', () => {
    const latest = latestStatuses([
      { recipientId: 'r1', roundKind: 'closing', status: 'inProgress' },
      { recipientId: 'r1', roundKind: 'august', status: 'done' },
    ]);
    expect(latest.get('r1')).toBe('inProgress');
    expect(
      assignmentsToCarry(
        [{ id: 'a', recipientIds: ['r1'] }],
        [
          { recipientId: 'r1', roundKind: 'closing', status: 'inProgress' },
          { recipientId: 'r1', roundKind: 'august', status: 'done' },
        ],
      ),
    ).toEqual([{ assignmentId: 'a', recipientIds: ['r1'] }]);
  });
});

describe('where a status may be reported', () => {
  it('in a follow-up round of the assignment’s own year', () => {
    expect(statusProblems(2019, { year: 2019, kind: 'closing' })).toEqual([]);
    expect(statusProblems(2019, { year: 2020, kind: 'august' })).toEqual(['round_other_year']);
    expect(statusProblems(2019, { year: 2019, kind: 'budget' })).toEqual(['round_is_budget']);
  });
});

describe('the report-back deadline', () => {
  it('is a date, a text, both or neither', () => {
    expect(reportBackText(null, 'till kommunstyrelsen under 2023')).toBe('till kommunstyrelsen under 2023');
    expect(reportBackText('2023-06-30', null)).toBe('senast 30 juni 2023');
    expect(reportBackText('2023-06-30', 'till kommunstyrelsen')).toBe(
      'senast 30 juni 2023, till kommunstyrelsen',
    );
    expect(reportBackText(null, null)).toBeNull();
  });
});
