import { describe, expect, it } from 'vitest';
import {
  carriedRounds,
  closedDateFor,
  controlsOfUnit,
  controlsToCarry,
  DEFAULT_RESULT_SCALE,
  isActionOverdue,
  isCheckOverdue,
  lacksAction,
  needsAction,
  reportingUnits,
  reportsInRound,
  resultScaleProblems,
  summariseControls,
} from './control.ts';

const unit = (code: string, parent: string | null, validTo: string | null = null) => ({
  code,
  parent,
  validFrom: '2010-01-01',
  validTo,
});
const units = [
  unit('KS', null),
  unit('VSS', 'KS'),
  unit('EKS', 'VSS'),
  unit('HRS', 'VSS'),
  unit('GAMMAL', 'VSS', '2018-12-31'),
  unit('KLF', 'KS'),
];

describe('result scale', () => {
  it('says partly satisfactory and unsatisfactory need action, the others not', () => {
    expect(DEFAULT_RESULT_SCALE.filter((level) => level.needsAction).map((level) => level.label)).toEqual([
      'Delvis tillfredsställande',
      'Otillfredsställande',
    ]);
    expect(needsAction(DEFAULT_RESULT_SCALE, 'satisfactory')).toBe(false);
    expect(needsAction(DEFAULT_RESULT_SCALE, 'unsatisfactory')).toBe(true);
  });

  it('refuses a scale with no satisfactory level or repeated keys', () => {
    expect(resultScaleProblems(DEFAULT_RESULT_SCALE)).toEqual([]);
    expect(
      resultScaleProblems([
        { key: 'bad', label: 'Dåligt', needsAction: true },
        { key: 'bad', label: 'Dåligt', needsAction: true },
      ]),
    ).toEqual([{ kind: 'duplicateKey', key: 'bad' }, { kind: 'noneSatisfactory' }]);
  });
});

describe('a result needing action', () => {
  const action = { what: 'Ny rutin för signering', owner: 'Enhetschef HR service', deadline: '2020-03-31' };

  it('must have an action with what, owner and deadline', () => {
    expect(lacksAction(DEFAULT_RESULT_SCALE, 'partlySatisfactory', [])).toBe(true);
    expect(lacksAction(DEFAULT_RESULT_SCALE, 'partlySatisfactory', [{ ...action, owner: ' ' }])).toBe(true);
    expect(lacksAction(DEFAULT_RESULT_SCALE, 'partlySatisfactory', [action])).toBe(false);
  });

  it('needs none when the result is satisfactory', () => {
    expect(lacksAction(DEFAULT_RESULT_SCALE, 'noDeficiencies', [])).toBe(false);
  });

  it('is closed with a date, and overdue only while not done', () => {
    expect(closedDateFor('done', null, '2020-04-02')).toBe('2020-04-02');
    expect(closedDateFor('done', '2020-03-30', '2020-04-02')).toBe('2020-03-30');
    expect(closedDateFor('inProgress', '2020-03-30', '2020-04-02')).toBeNull();
    expect(isActionOverdue({ status: 'open', deadline: '2020-03-31' }, '2020-04-01')).toBe(true);
    expect(isActionOverdue({ status: 'done', deadline: '2020-03-31' }, '2020-04-01')).toBe(false);
    expect(isActionOverdue({ status: 'open', deadline: '2020-03-31' }, '2020-03-31')).toBe(false);
  });
});

describe('common controls', () => {
  const common = { id: 'flex', orgUnit: 'VSS', common: true };
  const own = { id: 'attest', orgUnit: 'EKS', common: false };
  const parentsOwn = { id: 'vss-own', orgUnit: 'VSS', common: false };

  it('are reported by every unit of the subtree valid that year', () => {
    expect([...reportingUnits(units, common, 2019)].sort()).toEqual(['EKS', 'HRS', 'VSS']);
    expect([...reportingUnits(units, common, 2018)].sort()).toEqual(['EKS', 'GAMMAL', 'HRS', 'VSS']);
    expect([...reportingUnits(units, own, 2019)]).toEqual(['EKS']);
  });

  it('are inherited by the units below, marked so; a unit’s own controls are its own', () => {
    const controls = [common, own, parentsOwn];
    expect(controlsOfUnit(units, 'EKS', 2019, controls)).toEqual([
      { control: common, inherited: true },
      { control: own, inherited: false },
    ]);
    expect(controlsOfUnit(units, 'VSS', 2019, controls)).toEqual([
      { control: common, inherited: false },
      { control: parentsOwn, inherited: false },
    ]);
    expect(controlsOfUnit(units, 'KLF', 2019, controls)).toEqual([]);
  });

  it('report in every round when no round is named', () => {
    expect(reportsInRound([], 'aug')).toBe(true);
    expect(reportsInRound(['closing'], 'aug')).toBe(false);
  });
});

describe('får kvarstå', () => {
  it('carries controls marked to continue, once', () => {
    const controls = [
      { id: 'a', carryForward: true },
      { id: 'b', carryForward: false },
      { id: 'c', carryForward: true },
    ];
    expect(controlsToCarry(controls, new Set(['c'])).map((control) => control.id)).toEqual(['a']);
  });

  it('maps the rounds by kind into the new year', () => {
    const from = [
      { id: 'aug19', kind: 'august' },
      { id: 'clo19', kind: 'closing' },
    ];
    const to = [
      { id: 'apr20', kind: 'april' },
      { id: 'aug20', kind: 'august' },
    ];
    expect(carriedRounds(['aug19', 'clo19'], from, to)).toEqual(['aug20']);
    expect(carriedRounds([], from, to)).toEqual([]);
  });
});

describe('the summary sentence', () => {
  const checks = (results: (string | null)[]) => results.map((result) => ({ result }));

  it('counts planned, done and needing action in words and figures', () => {
    expect(
      summariseControls(
        DEFAULT_RESULT_SCALE,
        checks([
          'noDeficiencies',
          'satisfactory',
          'partlySatisfactory',
          'satisfactory',
          'noDeficiencies',
          null,
        ]),
      ),
    ).toEqual({
      planned: 6,
      done: 5,
      needingAction: 1,
      text: 'Av de sex (6) kontrollmoment som var planerade har fem (5) genomförts; ett (1) kräver åtgärd.',
    });
  });

  it('says inget when none is done or needs action, and speaks of a single control alone', () => {
    expect(summariseControls(DEFAULT_RESULT_SCALE, checks([null, null])).text).toBe(
      'Av de två (2) kontrollmoment som var planerade har inget genomförts; inget kräver åtgärd.',
    );
    expect(summariseControls(DEFAULT_RESULT_SCALE, []).text).toBe('Inga kontrollmoment var planerade.');
    expect(summariseControls(DEFAULT_RESULT_SCALE, checks(['unsatisfactory'])).text).toBe(
      'Det enda planerade kontrollmomentet har genomförts; det kräver åtgärd.',
    );
  });

  it('calls a check overdue when its round’s deadline has passed without a result', () => {
    expect(isCheckOverdue({ result: null, deadline: '2019-09-15' }, '2019-09-16')).toBe(true);
    expect(isCheckOverdue({ result: 'satisfactory', deadline: '2019-09-15' }, '2019-09-16')).toBe(false);
    expect(isCheckOverdue({ result: null, deadline: null }, '2019-09-16')).toBe(false);
  });
});
