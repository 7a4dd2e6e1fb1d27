import { describe, expect, it } from 'vitest';
import { actionsFrom, isLate, lockReason, progressText, transitionOf } from './round-part.ts';

const reporter = (capability: string) => ['read', 'report'].includes(capability);
const controller = (capability: string) => ['read', 'report', 'plan'].includes(capability);
const approver = (capability: string) => ['read', 'approve'].includes(capability);

describe('a unit’s part of a round', () => {
  it('lets a reporter start and mark ready, a controller send back, an approver approve', () => {
    expect(actionsFrom('notStarted', reporter)).toEqual(['start', 'markReady']);
    expect(actionsFrom('inProgress', reporter)).toEqual(['markReady']);
    expect(actionsFrom('readyForReview', reporter)).toEqual([]);
    expect(actionsFrom('readyForReview', controller)).toEqual(['sendBack']);
    expect(actionsFrom('readyForReview', approver)).toEqual(['approve']);
    expect(actionsFrom('approved', approver)).toEqual(['reopen']);
    expect(actionsFrom('approved', controller)).toEqual([]);
  });

  it('asks for a comment when work goes back', () => {
    expect(transitionOf('sendBack')).toMatchObject({ to: 'inProgress', needsComment: true });
    expect(transitionOf('reopen').needsComment).toBe(true);
    expect(transitionOf('approve')).toMatchObject({ to: 'approved', needsComment: false });
  });

  it('is late after the deadline until it is done', () => {
    expect(isLate('inProgress', '2023-09-15', '2023-09-16')).toBe(true);
    expect(isLate('inProgress', '2023-09-15', '2023-09-15')).toBe(false);
    expect(isLate('readyForReview', '2023-09-15', '2023-10-01')).toBe(false);
  });

  it('locks an approved part and a closed round', () => {
    expect(lockReason(false, 'approved')).toBe('partApproved');
    expect(lockReason(true, 'inProgress')).toBe('roundClosed');
    expect(lockReason(false, 'readyForReview')).toBeNull();
    expect(lockReason(false, null)).toBeNull();
  });

  it('counts in Swedish', () => {
    expect(progressText(12, 18)).toBe('12 av 18 enheter klara');
    expect(progressText(1, 1)).toBe('1 av 1 enhet klara');
  });
});
