import { describe, expect, it } from 'vitest';
import type { PlaceRecord } from './finding.ts';
import { checkLink, findingsAt, type PlaceSelector, recordMatches } from './place-findings.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const GOAL = id(1);
const OTHER_GOAL = id(2);
const CLOSING = id(3);
const AUGUST = id(4);
const SICK_LEAVE = id(5);
const MEASURE = id(6);

const at = (label: string, record: PlaceRecord) => ({ label, place: { record } });

const FINDINGS = [
  at('verdict, closing', { kind: 'assessment', goalId: GOAL, roundId: CLOSING }),
  at('verdict, august', { kind: 'assessment', goalId: GOAL, roundId: AUGUST }),
  at('other goal, closing', { kind: 'assessment', goalId: OTHER_GOAL, roundId: CLOSING }),
  at('sick leave 2017', { kind: 'outcome', indicatorId: SICK_LEAVE, outcomeId: id(10) }),
  at('sick leave 2018', { kind: 'outcome', indicatorId: SICK_LEAVE, outcomeId: id(11) }),
  at('another indicator', { kind: 'outcome', indicatorId: id(12), outcomeId: id(13) }),
  at('FTEs 2018', { kind: 'volumeValue', measureId: MEASURE, valueId: id(14) }),
  at('frame', { kind: 'frame', frameId: id(15) }),
  at('bridge', { kind: 'bridge', orgUnitId: id(16) }),
  at('overall assessment', { kind: 'narrative', narrativeId: id(17), key: 'overallAssessment' }),
  at('mission', { kind: 'narrative', narrativeId: id(18), key: 'mission' }),
];

const labels = (selectors: readonly PlaceSelector[]) =>
  findingsAt(FINDINGS, selectors).map((finding) => finding.label);

describe('findings beside the record a page shows', () => {
  it('finds one assessment by its goal and round, not the goal’s other rounds nor other goals', () => {
    expect(labels([{ kind: 'assessment', goalId: GOAL, roundId: CLOSING }])).toEqual(['verdict, closing']);
  });

  it('finds every outcome of an indicator, and only its', () => {
    expect(labels([{ kind: 'outcome', indicatorId: SICK_LEAVE }])).toEqual([
      'sick leave 2017',
      'sick leave 2018',
    ]);
  });

  it('finds a measure’s values, a text by its key, every frame and every bridge row', () => {
    expect(labels([{ kind: 'volumeValue', measureId: MEASURE }])).toEqual(['FTEs 2018']);
    expect(labels([{ kind: 'narrative', key: 'mission' }])).toEqual(['mission']);
    expect(labels([{ kind: 'frame' }])).toEqual(['frame']);
    expect(labels([{ kind: 'bridge' }])).toEqual(['bridge']);
  });

  it('never matches another kind whose ids agree', () => {
    // An id is unique, but a selector of one kind must not match a record of another that shares a field.
    expect(
      recordMatches({ kind: 'outcome', indicatorId: SICK_LEAVE, outcomeId: id(10) }, { kind: 'volumeValue' }),
    ).toBe(false);
    expect(labels([{ kind: 'frame', frameId: id(16) }])).toEqual([]);
  });

  it('takes several selectors as either, keeping the server’s order', () => {
    expect(labels([{ kind: 'bridge' }, { kind: 'frame' }])).toEqual(['frame', 'bridge']);
  });

  it('finds nothing when the page names nothing, or ids no finding has', () => {
    expect(labels([])).toEqual([]);
    expect(labels([{ kind: 'assessment', goalId: id(99) }])).toEqual([]);
  });
});

describe('the link to all the check’s findings', () => {
  it('names the unit and the check’s year, with the round when the page has one', () => {
    expect(checkLink('VSS', 2019, 'closing')).toEqual({
      path: '/kontroller?enhet=VSS&ar=2019&tillfalle=closing',
      text: 'Alla kontroller för VSS 2019',
    });
    expect(checkLink('VSS', 2019).path).toBe('/kontroller?enhet=VSS&ar=2019');
  });
});
