import { describe, expect, it } from 'vitest';
import { type TemplateCatalogue, templateProblems, templateTextKeys } from './template-rules.ts';
import { BUILTIN_TEMPLATES, type SectionSpec } from './templates.ts';

const catalogue: TemplateCatalogue = {
  generators: [
    {
      name: 'assessments.goalSummary',
      label: 'Måluppfyllelse',
      options: {},
    },
    { name: 'assessments.goalAssessments', label: 'Målredovisning', options: {} },
    {
      name: 'economy.operatingStatement',
      label: 'Driftsammandrag',
      options: {
        unit: {
          label: 'Enhet',
          choices: ['kr', 'tkr', 'mnkr'].map((value) => ({ value, label: value })),
          default: 'tkr',
        },
      },
    },
  ],
  unitKinds: { board: 'Nämnd', administration: 'Förvaltning', executiveBoard: 'Kommunstyrelse' },
};

const compilation = (sections: SectionSpec[]) => ({ title: 'Sammanställning {year}', sections });

describe('a template’s problems', () => {
  it('are none for the shipped compilation', () => {
    expect(templateProblems(BUILTIN_TEMPLATES.municipal, catalogue)).toEqual([]);
  });

  it('name the part per unit by its number and the inner section by its path', () => {
    const problems = templateProblems(
      compilation([
        {
          kind: 'eachUnit',
          level: 1,
          heading: '{unit}',
          unitKinds: ['board', 'nämnd'],
          emptyText: 'Inga enheter under {enhet}.',
          sections: [
            { kind: 'text', key: 'Summary', level: 2, heading: 'Sammanfattning' },
            {
              kind: 'generated',
              generator: 'economy.operatingStatement',
              level: 2,
              heading: 'Driftsammandrag',
              emptyText: 'Ingen budget.',
              options: { unit: 'öre' },
            },
          ],
        },
      ]),
      catalogue,
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'sections.0.emptyText',
      'sections.0.unitKinds',
      'sections.0.sections.0.key',
      'sections.0.sections.1.options.unit',
    ]);
    expect(problems[1]?.message).toBe(
      'Avsnitt 1 (”{unit}”): ”nämnd” är inget slag av enhet; välj bland Nämnd, Förvaltning, Kommunstyrelse.',
    );
    expect(problems[3]?.message).toBe(
      'Avsnitt 1.2 (”Driftsammandrag”): Enhet kan inte vara ”öre”; välj ”kr”, ”tkr”, ”mnkr”.',
    );
  });

  it('ask for at least one section, and one kind of unit for a part per unit', () => {
    expect(templateProblems(compilation([]), catalogue)).toEqual([
      { field: 'sections', message: 'En mall behöver minst ett avsnitt.' },
    ]);
    const noKinds = templateProblems(
      compilation([
        {
          kind: 'eachUnit',
          level: 1,
          heading: '{unit}',
          unitKinds: [],
          emptyText: 'Inga.',
          sections: [{ kind: 'heading', level: 2, heading: 'Mål' }],
        },
      ]),
      catalogue,
    );
    expect(noKinds.map((problem) => problem.message)).toEqual([
      'Avsnitt 1 (”{unit}”): välj minst ett slag av enhet som delen ska upprepas för.',
    ]);
  });

  it('find the texts inside a part per unit too', () => {
    expect(
      templateTextKeys([
        { kind: 'text', key: 'intro', level: 1, heading: 'Inledning' },
        {
          kind: 'eachUnit',
          level: 1,
          heading: '{unit}',
          unitKinds: ['board'],
          emptyText: 'Inga.',
          sections: [{ kind: 'text', key: 'boardComment', level: 2, heading: null }],
        },
      ]),
    ).toEqual(['intro', 'boardComment']);
  });
});
