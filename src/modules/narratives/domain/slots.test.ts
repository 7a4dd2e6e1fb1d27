import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, type DocumentTemplate } from '../../documents/domain/index.ts';
import {
  documentTypeOfRound,
  isNarrativeKey,
  narrativeSlots,
  narrativeState,
  slotsForRound,
} from './slots.ts';

const values = { year: 2019, unit: 'Verksamhetsstöd och service', period: 'Bokslut 2019' };

describe('the texts a round asks of a unit', () => {
  it('belong to the document of the round’s kind', () => {
    expect(documentTypeOfRound('closing')).toBe('annual');
    expect(documentTypeOfRound('budget')).toBe('budget');
    expect(documentTypeOfRound('april')).toBe('interim');
    expect(documentTypeOfRound('august')).toBe('interim');
    expect(documentTypeOfRound('october')).toBe('interim');
  });

  it('are the template’s text sections in order, with their headings and chapters', () => {
    const slots = narrativeSlots(BUILTIN_TEMPLATES.annual, values);
    expect(slots.map((slot) => slot.key)).toEqual([
      'mission',
      'overallAssessment',
      'decisionsAndEvents',
      'outlook',
      'economyAnalysis',
      'statementAnalysis',
      'investmentAnalysis',
      'coreActivities',
      'plansAndProgrammes',
    ]);
    expect(slots[0]).toEqual({ key: 'mission', heading: 'Förvaltningens uppdrag', chapter: null });
    expect(slots[1]?.chapter).toBe('Förvaltningschefens bedömning och analys');
    expect(slots[2]).toEqual({
      key: 'decisionsAndEvents',
      heading: 'Viktiga beslut och händelser',
      chapter: null,
    });
    // The analysis under the operating statement: its own heading, under Ekonomi and the table's heading.
    expect(slots[5]).toEqual({
      key: 'statementAnalysis',
      heading: 'Analys och kommentar',
      chapter: 'Ekonomi › Driftsammandrag',
    });
  });

  it('fill in the unit and take the heading of the section a headless text continues', () => {
    const { type, slots } = slotsForRound(
      { kind: 'budget', year: 2023, name: 'Budget 2023' },
      'VSS',
      BUILTIN_TEMPLATES,
    );
    expect(type).toBe('budget');
    expect(slots.find((slot) => slot.key === 'mission')?.heading).toBe('VSS uppdrag');
    const template: DocumentTemplate = {
      type: 'annual',
      version: 1,
      title: 'X',
      roundKind: 'closing',
      sections: [
        { kind: 'heading', level: 1, heading: 'Ekonomi {year}' },
        { kind: 'text', key: 'lead', level: 2, heading: null },
        { kind: 'text', key: 'lead', level: 2, heading: 'Igen' },
      ],
    };
    expect(narrativeSlots(template, values)).toEqual([
      { key: 'lead', heading: 'Ekonomi 2019', chapter: null },
    ]);
  });

  it('name only keys the document asks for', () => {
    expect(isNarrativeKey('closing', 'outlook', BUILTIN_TEMPLATES)).toBe(true);
    expect(isNarrativeKey('closing', 'managerIntroduction', BUILTIN_TEMPLATES)).toBe(false);
    expect(isNarrativeKey('budget', 'managerIntroduction', BUILTIN_TEMPLATES)).toBe(true);
    expect(isNarrativeKey('august', 'managerAssessment', BUILTIN_TEMPLATES)).toBe(true);
  });
});

describe('a text’s state', () => {
  it('is written only with something a reader sees', () => {
    expect(narrativeState('<p>Text</p>')).toBe('written');
    expect(narrativeState('Vanlig text')).toBe('written');
    expect(narrativeState(null)).toBe('missing');
    expect(narrativeState(undefined)).toBe('missing');
    expect(narrativeState('<p> </p>')).toBe('missing');
  });
});
