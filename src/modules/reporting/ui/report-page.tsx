/**
 * Rapportera på en sida: a unit's whole report for a round on one screen. Every indicator is a row of a
 * grid – total (and women, men), "ingen uppgift" with its reason, forecast, comment – prefilled with the
 * round's period and saved by itself when the user leaves the row (or presses Enter), with the version it
 * was read at, so a concurrent save is caught and the user chooses between the saved values and their own.
 * Under each goal's indicators, its verdict: never preselected, with what the indicators suggest beside it,
 * flagged as it is chosen when it contradicts them, and then needing a written basis.
 *
 * When the round asks for some goals and indicators only, the page shows only those and says how many.
 *
 * Keyboard: Tab moves along a row; Enter, ↓ and ↑ move to the same field of the next or previous indicator
 * (Enter saves the row it leaves); Escape undoes the row's unsaved changes.
 */
import { type FocusEvent, type FormEvent, type KeyboardEvent, useContext, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { formatDecimal } from '#core/format.ts';
import { richTextToBlocks, richTextToPlain } from '#core/rich-text.ts';
import { assessmentsApi } from '#modules/assessments/contract.ts';
import {
  findVerdictContradiction,
  VERDICT_LABELS,
  VERDICTS,
  type Verdict,
} from '#modules/assessments/domain/index.ts';
import { goalsApi } from '#modules/goals/contract.ts';
import { type ApiError, useApiMutation, useApiQuery, useRefresh } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { RichTextField, RichTextView } from '#web/kit/rich-text-field.tsx';
import { ConflictChoice, saveStateText, useConflictRefresh, useRowDraft } from '#web/kit/row-draft.tsx';
import { ReportSectionsContext } from '#web/kit/ui-module.ts';
import { reportingApi } from '../contract.ts';
import { ReportingPanel } from './reporting-panel.tsx';

export const REPORT_PATH = '/rapportera/:roundId/:unit';

export function reportPath(roundId: string, unitCode: string): string {
  return `/rapportera/${roundId}/${encodeURIComponent(unitCode)}`;
}

type Report = OperationResult<typeof reportingApi.getReport>;
type ReportGoal = Report['goals'][number];
type ReportIndicator = ReportGoal['indicators'][number];
type Outcome = NonNullable<ReportIndicator['outcome']>;
type Part = 'total' | 'women' | 'men';

/** What a row's fields hold, as typed. */
interface RowValues {
  readonly total: string;
  readonly women: string;
  readonly men: string;
  readonly noData: boolean;
  readonly reason: string;
  readonly isForecast: boolean;
  readonly note: string;
}

const shown = (value: string | null | undefined) =>
  value ? formatDecimal(value).replace(/\u2212/g, '-') : '';

/**
 * A note the grid can edit as one line: empty, or one paragraph without formatting. A note with lists, bold
 * or links is shown as it is and changed on the indicator's page, so the grid never strips its formatting.
 */
function isOneLine(note: string | null | undefined): boolean {
  const blocks = richTextToBlocks(note);
  const [first] = blocks;
  return (
    blocks.length === 0 ||
    (blocks.length === 1 &&
      first?.type === 'paragraph' &&
      first.runs.every((run) => !run.bold && !run.italic && run.href === null && !run.text.includes('\n')))
  );
}

function valuesOf(outcome: Outcome | null): RowValues {
  return {
    total: shown(outcome?.total),
    women: shown(outcome?.women),
    men: shown(outcome?.men),
    noData: outcome?.noData.includes('total') ?? false,
    reason: outcome?.noDataReason ?? '',
    isForecast: outcome?.isForecast ?? false,
    note: richTextToPlain(outcome?.note),
  };
}

const sameValues = (a: RowValues, b: RowValues) =>
  (Object.keys(a) as (keyof RowValues)[]).every((key) => a[key] === b[key]);

/** The grid's columns that keyboard movement follows down the page. */
type Column = Part | 'noData' | 'reason' | 'isForecast' | 'note';

/** Moves focus to the same column of the next (or previous) indicator on the page. */
function moveFocus(from: HTMLElement, column: Column, step: 1 | -1): boolean {
  const cells = [...document.querySelectorAll<HTMLElement>(`[data-report-column="${column}"]`)];
  const next = cells[cells.indexOf(from) + step];
  if (next) {
    next.focus();
    return true;
  }
  return false;
}

function cellKeys(column: Column, onEscape: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    const element = event.currentTarget;
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      if (moveFocus(element, column, 1) || event.key === 'Enter') {
        event.preventDefault();
        if (event.key === 'Enter') {
          element.blur();
        }
      }
    } else if (event.key === 'ArrowUp') {
      if (moveFocus(element, column, -1)) {
        event.preventDefault();
      }
    } else if (event.key === 'Escape') {
      onEscape();
    }
  };
}

function IndicatorRow({
  indicator,
  report,
  genderColumns,
  onSaved,
}: {
  indicator: ReportIndicator;
  report: Report;
  /** Whether the goal's table has the women and men columns (some indicator of it is split by gender). */
  genderColumns: boolean;
  onSaved: (message: string) => void;
}) {
  const id = useId();
  const saved = indicator.outcome;
  const row = useRowDraft(valuesOf(saved), sameValues);
  const { values } = row;
  const editable = report.editable && !indicator.computed;
  const parts: Part[] = indicator.isGenderSplit ? ['total', 'women', 'men'] : ['total'];
  const refresh = useRefresh();
  const done = () => {
    row.markSaved();
    onSaved(`Utfallet för ${indicator.name} är sparat.`);
  };
  const create = useApiMutation(goalsApi.createOutcome, { onSaved: done });
  const update = useApiMutation(goalsApi.updateOutcome, { onSaved: done });
  const [sent, setSent] = useState<'create' | 'update' | null>(null);
  const mutation = sent === 'create' ? create : update;
  const error: ApiError | null = sent ? mutation.error : null;
  const conflict = useConflictRefresh(error, goalsApi.updateOutcome.spec.resources);
  const change = row.change;
  const save = (over?: Outcome | null) => {
    if (!row.touched || (!over && !row.changed)) {
      row.discard();
      return;
    }
    const draft = values;
    const noData: Part[] = draft.noData ? parts : [];
    const body = {
      fromMonth: report.period.fromMonth,
      toMonth: report.period.toMonth,
      isForecast: draft.isForecast,
      total: draft.noData ? null : draft.total.trim() || null,
      women: draft.noData || !indicator.isGenderSplit ? null : draft.women.trim() || null,
      men: draft.noData || !indicator.isGenderSplit ? null : draft.men.trim() || null,
      noData,
      noDataReason: draft.noData ? draft.reason : null,
      note: draft.note,
    };
    const target = over === undefined ? saved : over;
    if (target) {
      setSent('update');
      update.save({ params: { id: target.id }, body: { ...body, version: target.version } });
    } else {
      setSent('create');
      create.save({
        body: {
          ...body,
          indicatorId: indicator.id,
          reportingRoundId: report.part.round.id,
          year: report.period.year,
        },
      });
    }
  };
  // Leaving the row saves it; moving between its own fields does not.
  const onRowBlur = (event: FocusEvent<HTMLTableRowElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null) && !conflict) {
      save();
    }
  };
  const undo = () => {
    row.discard();
    create.reset();
    update.reset();
  };
  const label = (what: string) => `${what}, ${indicator.name}`;
  const inputId = (column: Column) => `${id}-${column}`;
  const fieldIds = {
    total: inputId('total'),
    women: inputId('women'),
    men: inputId('men'),
    note: inputId('note'),
  };

  return (
    <>
      <tr onBlur={onRowBlur} className={error ? 'report-row-error' : undefined}>
        <th scope="row">
          <Link to={`/indikatorer/${indicator.id}?omgang=${report.part.round.id}`}>{indicator.name}</Link>
          {indicator.unit && !indicator.name.endsWith(`(${indicator.unit})`) && (
            <span className="meta"> ({indicator.unit})</span>
          )}
        </th>
        <td className="num">{indicator.target ?? '–'}</td>
        <td className="num">{indicator.previous ? formatDecimal(indicator.previous) : '–'}</td>
        {(genderColumns ? (['total', 'women', 'men'] as const) : (['total'] as const)).map((part) => (
          <td key={part} className="num">
            {parts.includes(part) && editable ? (
              <input
                id={inputId(part)}
                className="input report-number"
                inputMode="decimal"
                autoComplete="off"
                aria-label={label(part === 'total' ? 'Totalt' : part === 'women' ? 'Kvinnor' : 'Män')}
                aria-invalid={fieldError(error, part) ? true : undefined}
                data-report-column={part}
                value={values[part]}
                disabled={values.noData}
                onChange={(event) => change({ [part]: event.target.value })}
                onKeyDown={cellKeys(part, undo)}
              />
            ) : parts.includes(part) ? (
              values.noData ? (
                'I.U.'
              ) : (
                values[part] || '–'
              )
            ) : (
              <>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">Redovisas inte per kön</span>
              </>
            )}
          </td>
        ))}
        <td>
          {editable ? (
            <div className="report-no-data">
              <input
                id={inputId('noData')}
                type="checkbox"
                data-report-column="noData"
                checked={values.noData}
                onChange={(event) => change({ noData: event.target.checked })}
                onKeyDown={cellKeys('noData', undo)}
              />
              <label htmlFor={inputId('noData')}>
                I.U.<span className="visually-hidden"> (ingen uppgift), {indicator.name}</span>
              </label>
              {values.noData && (
                <input
                  id={inputId('reason')}
                  className="input report-reason"
                  aria-label={label('Orsak till att uppgift saknas')}
                  placeholder="Orsak"
                  data-report-column="reason"
                  value={values.reason}
                  onChange={(event) => change({ reason: event.target.value })}
                  onKeyDown={cellKeys('reason', undo)}
                />
              )}
            </div>
          ) : values.noData ? (
            `I.U. ${values.reason}`
          ) : (
            ''
          )}
        </td>
        <td>
          {editable ? (
            <input
              id={inputId('isForecast')}
              type="checkbox"
              aria-label={label('Helårsprognos')}
              data-report-column="isForecast"
              checked={values.isForecast}
              onChange={(event) => change({ isForecast: event.target.checked })}
              onKeyDown={cellKeys('isForecast', undo)}
            />
          ) : values.isForecast ? (
            'Prognos'
          ) : (
            ''
          )}
        </td>
        <td>
          {editable && isOneLine(saved?.note) ? (
            <input
              id={inputId('note')}
              className="input report-note"
              autoComplete="off"
              aria-label={label('Kommentar')}
              data-report-column="note"
              value={values.note}
              onChange={(event) => change({ note: event.target.value })}
              onKeyDown={cellKeys('note', undo)}
            />
          ) : indicator.computed ? (
            <span className="meta">Beräknas</span>
          ) : (
            <RichTextView value={saved?.note} />
          )}
        </td>
        <td className="report-state" aria-live="polite">
          {saveStateText({ saving: mutation.saving, unsaved: row.touched, saved: saved !== null })}
        </td>
      </tr>
      {error && (
        <tr className="report-problem">
          <td colSpan={genderColumns ? 10 : 8}>
            <ErrorSummary error={error} fieldIds={fieldIds} />
            {conflict && (
              <ConflictChoice
                saved={saved ? describeOutcome(saved) : 'inget utfall'}
                mine={describeValues(values)}
                keepLabel="Spara mina värden"
                useSavedLabel="Använd de sparade"
                name={indicator.name}
                saving={mutation.saving}
                onKeep={() => save(saved)}
                onUseSaved={undo}
                onReload={() => refresh(goalsApi.updateOutcome.spec.resources)}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function describeValues(values: RowValues): string {
  if (values.noData) {
    return `ingen uppgift${values.reason ? ` (${values.reason})` : ''}`;
  }
  const parts = [
    values.total && `totalt ${values.total}`,
    values.women && `kvinnor ${values.women}`,
    values.men && `män ${values.men}`,
  ].filter(Boolean);
  return parts.length === 0 ? 'inga' : parts.join(', ');
}

function describeOutcome(outcome: Outcome): string {
  return describeValues(valuesOf(outcome));
}

const VERDICT_OPTIONS = [
  { value: '', label: 'Välj bedömning' },
  ...VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_LABELS[verdict] })),
];

function GoalVerdictForm({ goal, report }: { goal: ReportGoal; report: Report }) {
  const id = useId();
  const entry = goal.assessment;
  const stored = entry?.assessment ?? null;
  const [verdict, setVerdict] = useState<string>(stored?.verdict ?? '');
  const [basis, setBasis] = useState(stored?.basis ?? '');
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const save = useApiMutation(assessmentsApi.save, {
    onSaved: () => setConfirmation(`Bedömningen av ${goal.name} är sparad.`),
  });
  if (!entry) {
    return null;
  }
  const chosen = (VERDICTS as readonly string[]).includes(verdict) ? (verdict as Verdict) : null;
  const { verdict: suggested } = entry.suggestion;
  const suggestion = { ...entry.suggestion, verdict: suggested === 'notAssessed' ? null : suggested };
  const contradiction = chosen ? findVerdictContradiction(chosen, suggestion) : null;
  const ids = { verdict: `${id}-verdict`, basis: `${id}-basis` };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirmation(null);
    if (chosen) {
      save.save({
        params: { goalId: goal.id, roundId: entry.reportingRoundId },
        body: { verdict: chosen, basis, ...(stored ? { version: stored.version } : {}) },
      });
    }
  };
  if (!report.editable) {
    return (
      <div className="report-verdict">
        <p>
          Bedömning: {stored ? VERDICT_LABELS[stored.verdict] : 'inte bedömt'}. {entry.suggestion.description}
        </p>
        <RichTextView value={stored?.basis} lead="Motivering:" />
      </div>
    );
  }
  return (
    <form
      className="form report-verdict"
      onSubmit={submit}
      noValidate
      aria-label={`Bedömning av ${goal.name}`}
    >
      <ErrorSummary error={save.error} fieldIds={ids} />
      <p className="meta">Indikatorernas förslag: {entry.suggestion.description}</p>
      <SelectField
        id={ids.verdict}
        label="Bedömning av målet"
        value={verdict}
        onChange={(value) => {
          setVerdict(value);
          setConfirmation(null);
        }}
        options={VERDICT_OPTIONS}
        error={fieldError(save.error, 'verdict')}
      />
      {contradiction && (
        <p className="contradiction" role="status">
          <span aria-hidden="true">⚠ </span>
          {contradiction.message} Motivera bedömningen.
        </p>
      )}
      <RichTextField
        id={ids.basis}
        label={contradiction ? 'Motivering (krävs när bedömningen avviker)' : 'Motivering'}
        rows={3}
        value={basis}
        onChange={setBasis}
        error={fieldError(save.error, 'basis')}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.saving || chosen === null}>
          {save.saving ? 'Sparar …' : 'Spara bedömningen'}
        </button>
        <Link to={`/bedomning/${goal.id}/${entry.reportingRoundId}`} className="small-link">
          Resultat och historik<span className="visually-hidden"> för {goal.name}</span>
        </Link>
      </div>
      {confirmation && (
        <p className="notice notice-success" role="status">
          {confirmation}
        </p>
      )}
    </form>
  );
}

function GoalSection({
  goal,
  report,
  onSaved,
}: {
  goal: ReportGoal;
  report: Report;
  onSaved: (message: string) => void;
}) {
  const titleId = useId();
  const genderColumns = goal.indicators.some((indicator) => indicator.isGenderSplit);
  return (
    <section aria-labelledby={titleId} className="report-goal">
      <h2 id={titleId}>{goal.name}</h2>
      {goal.indicators.length === 0 ? (
        <p>Målet har inga indikatorer.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table report-grid">
            <caption className="visually-hidden">Indikatorer för {goal.name}</caption>
            <thead>
              <tr>
                <th scope="col">Indikator</th>
                <th scope="col" className="num">
                  Målvärde {report.part.round.year}
                </th>
                <th scope="col" className="num">
                  Utfall {report.period.year - 1}
                </th>
                <th scope="col" className="num">
                  Totalt
                </th>
                {genderColumns && (
                  <>
                    <th scope="col" className="num">
                      Kvinnor
                    </th>
                    <th scope="col" className="num">
                      Män
                    </th>
                  </>
                )}
                <th scope="col">Ingen uppgift</th>
                <th scope="col">Prognos</th>
                <th scope="col">Kommentar</th>
                <th scope="col">
                  <span className="visually-hidden">Sparat</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {goal.indicators.map((indicator) => (
                <IndicatorRow
                  key={indicator.id}
                  indicator={indicator}
                  report={report}
                  genderColumns={genderColumns}
                  onSaved={onSaved}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.assesses &&
        (goal.asked ? (
          <GoalVerdictForm goal={goal} report={report} />
        ) : (
          <p className="meta">
            Tillfället frågar inte efter någon bedömning av målet, bara efter indikatorerna ovan.
          </p>
        ))}
    </section>
  );
}

export function ReportPage() {
  const { roundId = '', unit = '' } = useParams();
  const report = useApiQuery(reportingApi.getReport, { params: { roundId, unit } });
  const [announcement, setAnnouncement] = useState('');
  const sections = useContext(ReportSectionsContext);
  if (report.isError) {
    return <LoadError error={report.error} />;
  }
  if (!report.data) {
    return <Loading what="enhetens rapport" />;
  }
  const data = report.data;
  const { part } = data;
  const title = `Rapportera ${part.round.name}: ${part.unit.name}`;
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p>
        Utfallen avser {data.period.text}. {data.asks && `${data.asks}. `}
        {data.reported}.{' '}
        <Link to={`/${part.round.year}/${encodeURIComponent(part.unit.code)}?tillfalle=${part.round.id}`}>
          Till enhetens sida
        </Link>
      </p>
      {data.locked && (
        <Notice kind="warning">
          <p>{data.locked}</p>
        </Notice>
      )}
      {data.editable && (
        <p className="meta">
          Varje rad sparas när du lämnar den eller trycker Enter. ↑ och ↓ flyttar till samma fält på nästa
          indikator, Esc ångrar radens ändringar.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {data.goals.length === 0 ? (
        <p>
          {data.asks
            ? `${part.round.name} frågar inte efter något av ${part.unit.name}s mål eller indikatorer.`
            : `${part.unit.name} har inga mål för ${part.round.year}.`}
        </p>
      ) : (
        data.goals.map((goal) => (
          <GoalSection key={goal.id} goal={goal} report={data} onSaved={setAnnouncement} />
        ))
      )}
      {sections.map(({ name, Component }) => (
        <Component
          key={name}
          roundId={part.round.id}
          unit={part.unit.code}
          year={part.round.year}
          editable={data.editable}
        />
      ))}
      <ReportingPanel unit={part.unit.code} roundId={part.round.id} />
    </>
  );
}
