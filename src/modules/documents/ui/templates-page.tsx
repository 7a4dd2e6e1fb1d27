/**
 * Dokumentmallar: what each document is made of – its sections in order, their headings and levels, the
 * texts the units write and the tables and charts generated from the data, with each table's options
 * (docs/adr/0029-stored-templates.md). Central staff change a template here and save it as a new version,
 * with a note of what changed; older versions stay as they were, and one can be taken up again as the start
 * of a new version. Everyone else sees the templates as they hold.
 *
 * The chosen type lives in the address (?typ=annual).
 */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { formatDateTime } from '#core/format.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { documentsApi } from '../contract.ts';
import { DOCUMENT_TYPES } from '../domain/document.ts';
import { DOCUMENT_TYPE_NAMES } from '../domain/render-html.ts';
import type { PlainSectionSpec, SectionSpec } from '../domain/templates.ts';

type Section = SectionSpec;
/** The template as the page reads it. */
type TemplateDetail = OperationResult<typeof documentsApi.getTemplate>;
type Generator = TemplateDetail['generators'][number];
type OptionValue = string | number | boolean;

const KIND_LABELS: Readonly<Record<Section['kind'], string>> = {
  heading: 'Rubrik',
  text: 'Text som enheten skriver',
  generated: 'Tabell eller diagram ur data',
  eachUnit: 'Del per enhet',
};

const LEVELS = [1, 2, 3, 4].map((level) => ({ value: String(level), label: `Nivå ${level}` }));

/** A new section of a kind, ready to fill in. */
function newSection(
  kind: Section['kind'],
  generators: readonly Generator[],
  taken: readonly string[],
): Section {
  switch (kind) {
    case 'heading':
      return { kind, level: 1, heading: 'Ny rubrik' };
    case 'text': {
      let number = 1;
      while (taken.includes(`text${number}`)) {
        number += 1;
      }
      return { kind, key: `text${number}`, level: 2, heading: 'Ny text' };
    }
    case 'generated':
      return {
        kind,
        generator: generators[0]?.name ?? '',
        level: 2,
        heading: generators[0]?.label ?? 'Tabell',
        emptyText: 'Inga uppgifter finns för {year}.',
      };
    case 'eachUnit':
      return {
        kind,
        level: 1,
        heading: '{unit}',
        unitKinds: ['board'],
        sections: [newSection('generated', generators, taken) as PlainSectionSpec],
        emptyText: 'Inga enheter av det slaget finns under {unit} {year}.',
      };
  }
}

const textKeys = (sections: readonly Section[]): string[] =>
  sections.flatMap((section) =>
    section.kind === 'text' ? [section.key] : section.kind === 'eachUnit' ? textKeys(section.sections) : [],
  );

/** "sections.3.heading" → "template-sections-3-heading": the field's id, for the error summary's links. */
const idOf = (path: string) => `template-${path.replaceAll('.', '-')}`;

/** Every field path the editor shows, with its input's id. */
function fieldIds(sections: readonly Section[], prefix = 'sections'): Record<string, string> {
  const ids: Record<string, string> = {
    title: idOf('title'),
    note: idOf('note'),
    sections: idOf('add-kind'),
  };
  sections.forEach((section, index) => {
    const at = `${prefix}.${index}`;
    for (const field of ['heading', 'key', 'generator', 'emptyText', 'unitKinds', 'level']) {
      ids[`${at}.${field}`] = idOf(`${at}.${field === 'unitKinds' ? 'unitKinds.0' : field}`);
    }
    if (section.kind === 'generated') {
      for (const name of Object.keys(section.options ?? {})) {
        ids[`${at}.options.${name}`] = idOf(`${at}.options.${name}`);
      }
    }
    if (section.kind === 'eachUnit') {
      Object.assign(ids, fieldIds(section.sections, `${at}.sections`));
    }
  });
  return ids;
}

interface ListProps {
  readonly sections: readonly Section[];
  readonly onChange: (sections: Section[]) => void;
  readonly detail: TemplateDetail;
  readonly error: Parameters<typeof fieldError>[0];
  readonly prefix: string;
  /** Inside a part per unit: only plain sections. */
  readonly nested: boolean;
}

function SectionList({ sections, onChange, detail, error, prefix, nested }: ListProps) {
  const [kind, setKind] = useState<Section['kind']>('text');
  const replace = (index: number, section: Section) =>
    onChange(sections.map((candidate, at) => (at === index ? section : candidate)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...sections];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved as Section);
    onChange(next);
  };
  const kinds = (Object.keys(KIND_LABELS) as Section['kind'][]).filter(
    (candidate) => !nested || candidate !== 'eachUnit',
  );
  const addId = idOf(`${prefix}.add-kind`);
  return (
    <>
      <ol className="template-sections">
        {sections.map((section, index) => {
          const at = `${prefix}.${index}`;
          const name = `Avsnitt ${index + 1}${section.heading ? ` (${section.heading})` : ''}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections have no identity but their place
            <li key={index}>
              <fieldset className="template-section">
                <legend>
                  {name}: {KIND_LABELS[section.kind].toLowerCase()}
                </legend>
                <SectionFields
                  section={section}
                  at={at}
                  detail={detail}
                  error={error}
                  onChange={(changed) => replace(index, changed)}
                />
                <div className="actions-row">
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === 0}
                    aria-label={`Flytta upp ${name}`}
                    onClick={() => move(index, -1)}
                  >
                    Flytta upp
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={index === sections.length - 1}
                    aria-label={`Flytta ned ${name}`}
                    onClick={() => move(index, 1)}
                  >
                    Flytta ned
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={`Ta bort ${name}`}
                    onClick={() => onChange(sections.filter((_section, at) => at !== index))}
                  >
                    Ta bort
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="field-row">
        <SelectField
          id={addId}
          label={nested ? 'Nytt avsnitt i delen' : 'Nytt avsnitt'}
          value={kind}
          onChange={(value) => setKind(oneOf(kinds, value, 'text'))}
          options={kinds.map((value) => ({ value, label: KIND_LABELS[value] }))}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...sections, newSection(kind, detail.generators, textKeys(sections))])}
        >
          Lägg till avsnitt
        </button>
      </div>
    </>
  );
}

interface FieldsProps {
  readonly section: Section;
  readonly at: string;
  readonly detail: TemplateDetail;
  readonly error: Parameters<typeof fieldError>[0];
  readonly onChange: (section: Section) => void;
}

/** A section's heading level, 1–4. */
function LevelField({ section, at, error, onChange }: Omit<FieldsProps, 'detail'>) {
  return (
    <SelectField
      id={idOf(`${at}.level`)}
      label="Rubriknivå"
      value={String(section.level)}
      onChange={(value) => onChange({ ...section, level: Number(value) as Section['level'] })}
      options={LEVELS}
      error={fieldError(error, `${at}.level`)}
    />
  );
}

function SectionFields({ section, at, detail, error, onChange }: FieldsProps) {
  const level = <LevelField section={section} at={at} error={error} onChange={onChange} />;
  const heading = (optional: boolean) => (
    <TextField
      id={idOf(`${at}.heading`)}
      label={optional ? 'Rubrik (tom: fortsätter avsnittet ovanför)' : 'Rubrik'}
      value={section.heading ?? ''}
      onChange={(value) =>
        onChange({ ...section, heading: optional && value.trim() === '' ? null : value } as Section)
      }
      width="wide"
      error={fieldError(error, `${at}.heading`)}
    />
  );
  switch (section.kind) {
    case 'heading':
      return (
        <div className="field-row">
          {heading(false)}
          {level}
        </div>
      );
    case 'text':
      return (
        <div className="field-row">
          {heading(true)}
          {level}
          <TextField
            id={idOf(`${at}.key`)}
            label="Textens nyckel"
            value={section.key}
            width="medium"
            onChange={(value) => onChange({ ...section, key: value })}
            error={fieldError(error, `${at}.key`)}
          />
        </div>
      );
    case 'generated':
      return <GeneratedFields section={section} at={at} detail={detail} error={error} onChange={onChange} />;
    case 'eachUnit':
      return (
        <>
          <div className="field-row">
            {heading(false)}
            {level}
          </div>
          <fieldset>
            <legend>Upprepas för</legend>
            {Object.entries(detail.unitKinds).map(([kind, label], index) => (
              <CheckboxField
                key={kind}
                id={idOf(`${at}.unitKinds.${index}`)}
                label={label}
                checked={section.unitKinds.includes(kind)}
                onChange={(checked) =>
                  onChange({
                    ...section,
                    unitKinds: checked
                      ? [...section.unitKinds, kind]
                      : section.unitKinds.filter((candidate) => candidate !== kind),
                  })
                }
              />
            ))}
          </fieldset>
          <TextField
            id={idOf(`${at}.emptyText`)}
            label="Text när ingen sådan enhet finns"
            value={section.emptyText}
            onChange={(value) => onChange({ ...section, emptyText: value })}
            error={fieldError(error, `${at}.emptyText`)}
          />
          <SectionList
            sections={section.sections}
            onChange={(sections) => onChange({ ...section, sections: sections as PlainSectionSpec[] })}
            detail={detail}
            error={error}
            prefix={`${at}.sections`}
            nested
          />
        </>
      );
  }
}

function GeneratedFields({
  section,
  at,
  detail,
  error,
  onChange,
}: FieldsProps & { section: Extract<Section, { kind: 'generated' }> }) {
  const generator = detail.generators.find((candidate) => candidate.name === section.generator);
  const options = section.options ?? {};
  const setOption = (name: string, value: OptionValue) =>
    onChange({ ...section, options: { ...options, [name]: value } });
  return (
    <>
      <div className="field-row">
        <SelectField
          id={idOf(`${at}.generator`)}
          label="Innehåll"
          value={section.generator}
          onChange={(value) => {
            const { options: _options, ...rest } = section;
            onChange({ ...rest, generator: value });
          }}
          options={[
            ...(generator ? [] : [{ value: section.generator, label: `Okänd del: ${section.generator}` }]),
            ...detail.generators.map((candidate) => ({ value: candidate.name, label: candidate.label })),
          ]}
          error={fieldError(error, `${at}.generator`)}
        />
        <TextField
          id={idOf(`${at}.heading`)}
          label="Rubrik (tom: ingen egen rubrik)"
          value={section.heading ?? ''}
          onChange={(value) => onChange({ ...section, heading: value.trim() === '' ? null : value })}
          width="wide"
          error={fieldError(error, `${at}.heading`)}
        />
        <LevelField section={section} at={at} error={error} onChange={onChange} />
      </div>
      <div className="field-row">
        {Object.entries(generator?.options ?? {}).map(([name, spec]) => {
          const value = options[name] ?? spec.default;
          return (
            <SelectField
              key={name}
              id={idOf(`${at}.options.${name}`)}
              label={spec.label}
              value={JSON.stringify(value)}
              onChange={(chosen) => setOption(name, JSON.parse(chosen) as OptionValue)}
              options={spec.choices.map((choice) => ({
                value: JSON.stringify(choice.value),
                label: choice.label,
              }))}
              error={fieldError(error, `${at}.options.${name}`)}
            />
          );
        })}
      </div>
      <TextField
        id={idOf(`${at}.emptyText`)}
        label="Text när data saknas"
        width="wide"
        value={section.emptyText}
        onChange={(value) => onChange({ ...section, emptyText: value })}
        error={fieldError(error, `${at}.emptyText`)}
      />
    </>
  );
}

/** The sections as a reader sees them: an outline, for those who may not change the template. */
function Outline({ sections, detail }: { sections: readonly Section[]; detail: TemplateDetail }) {
  return (
    <ol className="template-outline">
      {sections.map((section, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections have no identity but their place
        <li key={index}>
          <strong>{section.heading ?? '(fortsätter avsnittet ovanför)'}</strong> – {KIND_LABELS[section.kind]}
          {section.kind === 'generated' &&
            `: ${detail.generators.find((generator) => generator.name === section.generator)?.label ?? section.generator}`}
          , nivå {section.level}
          {section.kind === 'eachUnit' && <Outline sections={section.sections} detail={detail} />}
        </li>
      ))}
    </ol>
  );
}

interface Draft {
  readonly basedOn: number;
  readonly title: string;
  readonly sections: readonly Section[];
  readonly note: string;
}

/** The editor of a draft; a save makes a new current version, which remounts it (the page keeps the news). */
function Editor({
  detail,
  start,
  onSaved,
}: {
  detail: TemplateDetail;
  start: Draft;
  onSaved: (number: number) => void;
}) {
  const [draft, setDraft] = useState<Draft>(start);
  const save = useApiMutation(documentsApi.saveTemplate, { onSaved: (version) => onSaved(version.number) });
  const error = save.error;
  return (
    <form
      aria-labelledby="template-edit-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.save({
          params: { type: detail.type },
          body: {
            basedOn: draft.basedOn,
            title: draft.title,
            sections: draft.sections as never,
            note: draft.note.trim() === '' ? null : draft.note,
          },
        });
      }}
    >
      <h2 id="template-edit-title">Ändra mallen</h2>
      <ErrorSummary error={error} fieldIds={fieldIds(draft.sections)} title="Mallen kunde inte sparas" />
      <TextField
        id={idOf('title')}
        label="Dokumentets titel"
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title })}
        hint="{year}, {unit} och {period} fylls i med året, enhetens namn och tillfället."
        error={fieldError(error, 'title')}
      />
      <h3>Avsnitt i ordning</h3>
      <p className="hint">
        I rubriker och texter fylls {'{year}'}, {'{unit}'} och {'{period}'} i med året, enhetens namn och
        tillfället. En text sparas under sin nyckel: byt inte nyckeln för en text som redan är skriven.
      </p>
      <SectionList
        sections={draft.sections}
        onChange={(sections) => setDraft({ ...draft, sections })}
        detail={detail}
        error={error}
        prefix="sections"
        nested={false}
      />
      <TextArea
        id={idOf('note')}
        label="Vad har ändrats och varför"
        value={draft.note}
        onChange={(note) => setDraft({ ...draft, note })}
        rows={2}
        error={fieldError(error, 'note')}
      />
      <div className="actions-row">
        <button type="submit" className="button" disabled={save.saving}>
          Spara som version {draft.basedOn + 1}
        </button>
      </div>
    </form>
  );
}

function Versions({
  detail,
  onStartFrom,
}: {
  detail: TemplateDetail;
  onStartFrom: ((number: number) => void) | null;
}) {
  return (
    <section aria-labelledby="template-versions">
      <h2 id="template-versions">Versioner</h2>
      <p>
        En sparad version ändras aldrig. Varje dokument säger på försättsbladet vilken version av mallen som
        gjorde det.
        {onStartFrom && ' En äldre version kan tas upp igen: den blir då början på en ny version.'}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Mallens versioner, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Sparad</th>
              <th scope="col">Av</th>
              <th scope="col">Vad som ändrades</th>
              {onStartFrom && <th scope="col">Åtgärd</th>}
            </tr>
          </thead>
          <tbody>
            {detail.versions.map((version, index) => (
              <tr key={version.number}>
                <td>
                  {version.number}
                  {index === 0 && ' (gäller)'}
                </td>
                <td>{version.savedAt ? formatDateTime(version.savedAt) : 'Följer med Verksam'}</td>
                <td>{version.savedByName ?? '–'}</td>
                <td>{version.note ?? '–'}</td>
                {onStartFrom && (
                  <td>
                    {index > 0 && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onStartFrom(version.number)}
                      >
                        Börja från version {version.number}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function TemplatesPage() {
  const [params, setParams] = useSearchParams();
  const type = oneOf(DOCUMENT_TYPES, params.get('typ') ?? '', 'annual');
  const detail = useApiQuery(documentsApi.getTemplate, { params: { type } });
  const [startFrom, setStartFrom] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const older = useApiQuery(
    documentsApi.templateVersion,
    { params: { type, number: startFrom ?? 1 } },
    { enabled: startFrom !== null },
  );
  const content = () => {
    if (detail.isError) {
      return <LoadError error={detail.error} />;
    }
    if (!detail.data) {
      return <Loading what="mallen" />;
    }
    const { current, mayEdit } = detail.data;
    const source = startFrom !== null && older.data ? older.data : current;
    return (
      <>
        <p>
          Version {current.number} gäller
          {current.savedAt
            ? `, sparad ${formatDateTime(current.savedAt)} av ${current.savedByName}.`
            : ': mallen som följer med Verksam.'}
        </p>
        {saved !== null && (
          <Notice kind="success">
            <p>Mallen är sparad som version {saved}.</p>
          </Notice>
        )}
        {mayEdit ? (
          <>
            {startFrom !== null && older.data && (
              <Notice kind="info">
                <p>Du utgår från version {startFrom}. Spara för att den ska gälla som en ny version.</p>
              </Notice>
            )}
            <Editor
              key={`${type}-${current.number}-${startFrom ?? 'current'}-${older.data ? 'loaded' : ''}`}
              detail={detail.data}
              start={{ basedOn: current.number, title: source.title, sections: source.sections, note: '' }}
              onSaved={(number) => {
                setStartFrom(null);
                setSaved(number);
              }}
            />
          </>
        ) : (
          <section aria-labelledby="template-outline">
            <h2 id="template-outline">{current.title}: avsnitt i ordning</h2>
            <p>Mallen ändras av kommunledningens controllers.</p>
            <Outline sections={current.sections} detail={detail.data} />
          </section>
        )}
        <Versions
          detail={detail.data}
          onStartFrom={
            mayEdit
              ? (number) => {
                  setSaved(null);
                  setStartFrom(number);
                }
              : null
          }
        />
      </>
    );
  };
  return (
    <>
      <PageTitle title="Dokumentmallar">Dokumentmallar</PageTitle>
      <p className="lead">
        Vad varje dokument består av: avsnitten i ordning, rubrikerna, texterna som enheterna skriver och
        tabellerna och diagrammen ur data med sina val. En ändring sparas som en ny version av mallen och
        gäller för dokument som skapas efter det; godkända dokumentversioner ändras aldrig. Dokumenten skapas
        under <Link to="/dokument">Dokument</Link>.
      </p>
      <form className="field-row" aria-label="Välj mall" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="templates-type"
          label="Dokument"
          value={type}
          onChange={(value) => {
            setStartFrom(null);
            setSaved(null);
            setParams(new URLSearchParams({ typ: value }));
          }}
          options={DOCUMENT_TYPES.map((value) => ({ value, label: DOCUMENT_TYPE_NAMES[value] }))}
        />
      </form>
      {content()}
    </>
  );
}
