/** A section repeated per unit: the municipality-wide compilation's parts, one per board, in order. */
import { describe, expect, it } from 'vitest';
import { heading, notice, paragraph } from '#core/document.ts';
import { sectionBlocks } from './assemble.ts';
import type { SectionSpec } from './templates.ts';

const VALUES = { year: 2019, unit: 'Linköpings kommun', period: 'Bokslut 2019' };

const PER_BOARD: SectionSpec = {
  kind: 'eachUnit',
  level: 1,
  heading: '{unit}',
  unitKinds: ['executiveBoard', 'board'],
  emptyText: 'Inga nämnder finns under {unit} {year}.',
  sections: [
    {
      kind: 'generated',
      generator: 'assessments.goalSummary',
      level: 2,
      heading: 'Måluppfyllelse i {unit}',
      emptyText: 'Inga bedömningar är gjorda för {period}.',
    },
  ],
};

describe('a section repeated per unit', () => {
  it('gives each unit a part under its own name, its sections filled in for that unit', () => {
    const blocks = sectionBlocks(
      PER_BOARD,
      {
        units: [
          { name: 'Kommunstyrelsen', generated: [[paragraph('7 av 11 mål uppfyllda.')]] },
          { name: 'Bildningsnämnden', generated: [[]] },
        ],
      },
      VALUES,
      false,
    );
    expect(blocks).toEqual([
      heading(1, 'Kommunstyrelsen'),
      heading(2, 'Måluppfyllelse i Kommunstyrelsen'),
      paragraph('7 av 11 mål uppfyllda.'),
      heading(1, 'Bildningsnämnden'),
      heading(2, 'Måluppfyllelse i Bildningsnämnden'),
      notice('Inga bedömningar är gjorda för Bokslut 2019.'),
    ]);
  });

  it('says so when no unit of its kinds is there, rather than vanishing', () => {
    expect(sectionBlocks(PER_BOARD, { units: [] }, VALUES, false)).toEqual([
      notice('Inga nämnder finns under Linköpings kommun 2019.'),
    ]);
    expect(sectionBlocks(PER_BOARD, undefined, VALUES, false)).toEqual([
      notice('Inga nämnder finns under Linköpings kommun 2019.'),
    ]);
  });
});
