/**
 * What makes a template one that central staff may save (docs/adr/0029-stored-templates.md): every generated
 * section names a generator some module offers, with options it knows and values it accepts; every text has
 * a key of its own; headings and texts use only the placeholders a document fills in. Pure: the generators
 * and unit kinds come in as a catalogue, so that the rules need no module at hand.
 */
import type { SectionSpec } from './templates.ts';

export type OptionValue = string | number | boolean;

/** What a template editor and its checks know about one generator (a module's `documentSections`). */
export interface GeneratorInfo {
  readonly name: string;
  readonly label: string;
  readonly options: Readonly<
    Record<
      string,
      {
        readonly label: string;
        readonly choices: readonly { readonly value: OptionValue; readonly label: string }[];
        readonly default: OptionValue;
      }
    >
  >;
}

export interface TemplateCatalogue {
  readonly generators: readonly GeneratorInfo[];
  /** The organisation unit kinds a compilation may repeat its sections for, with their Swedish names. */
  readonly unitKinds: Readonly<Record<string, string>>;
}

/** A problem with a template, at a field path ("sections.3.options.unit") as the API reports problems. */
export interface TemplateProblem {
  readonly field: string;
  readonly message: string;
  readonly value?: unknown;
}

/** A text's key: "overallAssessment", as the texts are stored and the data package carries them. */
export const TEXT_KEY_PATTERN = /^[a-z][A-Za-z0-9]{0,59}$/;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = new Set(['year', 'unit', 'period']);

const quote = (value: unknown) => `”${String(value)}”`;

/** "Avsnitt 3 (”Måluppfyllelse”)", or "Avsnitt 2.1" inside a compilation's part. */
function sectionName(path: readonly number[], section: SectionSpec): string {
  const number = path.map((index) => index + 1).join('.');
  const { heading } = section;
  return heading ? `Avsnitt ${number} (${quote(heading)})` : `Avsnitt ${number}`;
}

function placeholderProblems(field: string, where: string, text: string | null): TemplateProblem[] {
  if (text === null) {
    return [];
  }
  return [...text.matchAll(PLACEHOLDER)]
    .filter((match) => !KNOWN_PLACEHOLDERS.has(match[1] ?? ''))
    .map((match) => ({
      field,
      message: `${where}: platshållaren ${match[0]} finns inte; använd {year}, {unit} eller {period}.`,
      value: text,
    }));
}

function optionProblems(
  field: string,
  where: string,
  generator: GeneratorInfo,
  options: Readonly<Record<string, OptionValue>>,
): TemplateProblem[] {
  return Object.entries(options).flatMap(([name, value]): TemplateProblem[] => {
    const spec = generator.options[name];
    if (!spec) {
      const known = Object.keys(generator.options);
      return [
        {
          field: `${field}.${name}`,
          message: `${where}: ${quote(generator.label)} har inget val ${quote(name)}${
            known.length === 0 ? '' : ` (valen är ${known.join(', ')})`
          }.`,
          value,
        },
      ];
    }
    if (spec.choices.some((choice) => choice.value === value)) {
      return [];
    }
    return [
      {
        field: `${field}.${name}`,
        message: `${where}: ${spec.label} kan inte vara ${quote(value)}; välj ${spec.choices
          .map((choice) => quote(choice.value))
          .join(', ')}.`,
        value,
      },
    ];
  });
}

function sectionProblems(
  section: SectionSpec,
  path: readonly number[],
  catalogue: TemplateCatalogue,
  textKeys: Map<string, string>,
): TemplateProblem[] {
  const field = `sections.${path.join('.sections.')}`;
  const where = sectionName(path, section);
  const problems = placeholderProblems(`${field}.heading`, where, section.heading);
  switch (section.kind) {
    case 'heading':
      return problems;
    case 'text': {
      if (!TEXT_KEY_PATTERN.test(section.key)) {
        problems.push({
          field: `${field}.key`,
          message: `${where}: textens nyckel ${quote(section.key)} ska börja med en liten bokstav och bara ha bokstäverna a–z och siffror (som ”overallAssessment”).`,
          value: section.key,
        });
      } else if (textKeys.has(section.key)) {
        problems.push({
          field: `${field}.key`,
          message: `${where}: texten ${quote(section.key)} finns redan i ${textKeys.get(section.key)}; en text står på ett ställe i mallen.`,
          value: section.key,
        });
      } else {
        textKeys.set(section.key, where.charAt(0).toLowerCase() + where.slice(1));
      }
      return problems;
    }
    case 'generated': {
      const generator = catalogue.generators.find((candidate) => candidate.name === section.generator);
      problems.push(...placeholderProblems(`${field}.emptyText`, where, section.emptyText));
      if (!generator) {
        problems.push({
          field: `${field}.generator`,
          message: `${where}: det finns ingen genererad del som heter ${quote(section.generator)}.`,
          value: section.generator,
        });
        return problems;
      }
      problems.push(...optionProblems(`${field}.options`, where, generator, section.options ?? {}));
      return problems;
    }
    case 'eachUnit': {
      problems.push(...placeholderProblems(`${field}.emptyText`, where, section.emptyText));
      for (const kind of section.unitKinds) {
        if (!(kind in catalogue.unitKinds)) {
          problems.push({
            field: `${field}.unitKinds`,
            message: `${where}: ${quote(kind)} är inget slag av enhet; välj bland ${Object.values(catalogue.unitKinds).join(', ')}.`,
            value: kind,
          });
        }
      }
      if (section.unitKinds.length === 0) {
        problems.push({
          field: `${field}.unitKinds`,
          message: `${where}: välj minst ett slag av enhet som delen ska upprepas för.`,
        });
      }
      section.sections.forEach((inner, index) => {
        problems.push(...sectionProblems(inner, [...path, index], catalogue, textKeys));
      });
      return problems;
    }
  }
}

/** Every problem of a template's title and sections at once; none when it may be saved. */
export function templateProblems(
  template: { readonly title: string; readonly sections: readonly SectionSpec[] },
  catalogue: TemplateCatalogue,
): TemplateProblem[] {
  const problems = placeholderProblems('title', 'Titeln', template.title);
  if (template.sections.length === 0) {
    problems.push({ field: 'sections', message: 'En mall behöver minst ett avsnitt.' });
  }
  const textKeys = new Map<string, string>();
  template.sections.forEach((section, index) => {
    problems.push(...sectionProblems(section, [index], catalogue, textKeys));
  });
  return problems;
}

/** The keys of a template's texts, compilation parts included. */
export function templateTextKeys(sections: readonly SectionSpec[]): string[] {
  return sections.flatMap((section) =>
    section.kind === 'text'
      ? [section.key]
      : section.kind === 'eachUnit'
        ? templateTextKeys(section.sections)
        : [],
  );
}
