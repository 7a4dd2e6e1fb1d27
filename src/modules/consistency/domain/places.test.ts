import { describe, expect, it } from 'vitest';
import {
  assessmentPlace,
  bridgePlace,
  framePlace,
  narrativePlace,
  outcomePlace,
  volumeValuePlace,
  volumeViews,
} from './places.ts';

const GOAL = '00000000-0000-4000-8000-00000000000a';
const ROUND = '00000000-0000-4000-8000-00000000000b';
const closing = { id: ROUND, kind: 'closing' as const, year: 2019, name: 'Bokslut 2019' };

describe('where a finding points', () => {
  it('links a verdict to its assessment page and an outcome to its indicator', () => {
    expect(assessmentPlace('VSS', closing, { id: GOAL, name: 'Goda arbetsplatser' })).toEqual({
      unit: 'VSS',
      year: 2019,
      round: { kind: 'closing', year: 2019, name: 'Bokslut 2019' },
      record: { kind: 'assessment', goalId: GOAL, roundId: ROUND },
      label: 'Bedömningen av målet ”Goda arbetsplatser”',
      path: `/bedomning/${GOAL}/${ROUND}`,
    });
    const outcome = outcomePlace(
      'VSS',
      closing,
      { id: GOAL, name: 'Total sjukfrånvaro' },
      { id: ROUND, year: 2017 },
      'women',
    );
    expect([outcome.label, outcome.path, outcome.year]).toEqual([
      'Total sjukfrånvaro, utfall 2017 (kvinnor)',
      `/indikatorer/${GOAL}`,
      2017,
    ]);
  });

  it('opens a text on the page Texter for its unit, year and round', () => {
    expect(
      narrativePlace('VSS', closing, { id: GOAL, key: 'overallAssessment', name: 'Samlad bedömning' }),
    ).toEqual({
      unit: 'VSS',
      year: 2019,
      round: { kind: 'closing', year: 2019, name: 'Bokslut 2019' },
      record: { kind: 'narrative', narrativeId: GOAL, key: 'overallAssessment' },
      label: 'Texten ”Samlad bedömning”',
      path: `/texter?enhet=VSS&ar=2019&tillfalle=${ROUND}`,
    });
  });

  it('opens a volume on the volumes page in the layout of the document that prints it', () => {
    const [annual] = volumeViews('closing', 2019);
    const place = volumeValuePlace(
      'VSS',
      annual ?? null,
      { id: GOAL, name: 'Antal årsarbetare' },
      {
        id: ROUND,
        year: 2018,
        kind: 'outcome',
      },
    );
    expect([place.label, place.path, place.round?.name]).toEqual([
      'Antal årsarbetare, utfall 2018',
      `/volymer?enhet=VSS&ar=2019&layout=annual&matt=${GOAL}#measure-title`,
      'Bokslut 2019',
    ]);
    expect(volumeViews('august', 2019).map((view) => view.search)).toEqual([
      'layout=interim&tillfalle=august',
    ]);
    expect(volumeViews('budget', 2023).map((view) => view.preset)).toEqual(['budget', 'budgetForecast']);
  });

  it('links frames and bridges to the budget page of their year', () => {
    expect(framePlace({ code: 'KS', name: 'Kommunstyrelsen' }, { id: GOAL, year: 2020 }).path).toBe(
      '/ekonomi/budget?ar=2020#frames-title',
    );
    expect(bridgePlace({ id: GOAL, code: 'KLF', name: 'Kommunledningsförvaltningen' }, 2020)).toMatchObject({
      label: 'Budgetbryggan för Kommunledningsförvaltningen 2020',
      path: '/ekonomi/budget?enhet=KLF&ar=2020#bridge-title',
      round: null,
    });
  });
});
