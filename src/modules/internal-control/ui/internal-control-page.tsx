/**
 * Internkontroll: a unit's internal control of a year – its risk analyses with their risks, the risk
 * matrix (for the unit, or with the units under it; risks escalated to it included), the internal control
 * plan (its own controls and the common ones inherited from above, marked so) and each control's results
 * per round with findings and actions, and the results escalated to it from below. Edit controls – new,
 * change, remove (after a second click), a result included – appear only for those the server says may use
 * them.
 *
 * What is shown lives in the address (?enhet=VSS-EKS&ar=2019&tillfalle=…&underliggande=ja).
 */

import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatLongDate } from '#core/format.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useRounds } from '#modules/planning/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge, type BadgeTone } from '#web/kit/badge.tsx';
import { CheckboxField, SelectField } from '#web/kit/field.tsx';
import { HistoryDetails } from '#web/kit/history.tsx';
import { LoadError, Loading, PageTitle } from '#web/kit/page.tsx';
import { ConfirmDelete } from '#web/kit/record-form.tsx';
import { RichTextView } from '#web/kit/rich-text-view.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { internalControlApi } from '../contract.ts';
import {
  ACTION_STATUS_ICONS,
  ACTION_STATUS_LABELS,
  ANALYSIS_SOURCE_LABELS,
  FREQUENCY_LABELS,
  RISK_RESPONSE_LABELS,
} from '../domain/index.ts';
import {
  ActionStatusForm,
  AnalysisForm,
  ControlForm,
  type Overview as OverviewDto,
  ResultForm,
  RiskForm,
} from './forms.tsx';
import { RiskMatrix } from './risk-matrix.tsx';
import { ScrollRegion } from './scroll-region.tsx';

interface View {
  readonly org: string;
  readonly year: number;
  readonly round: string | null;
  readonly subtree: boolean;
}

export function internalControlPath(view: {
  org: string;
  year: number;
  round?: string | null;
  subtree?: boolean;
}) {
  const params = new URLSearchParams({ enhet: view.org, ar: String(view.year) });
  if (view.round) {
    params.set('tillfalle', view.round);
  }
  if (view.subtree) {
    params.set('underliggande', 'ja');
  }
  return `/internkontroll?${params.toString()}`;
}

type AnalysisView = OverviewDto['analyses'][number];
type RiskView = AnalysisView['risks'][number];
type ControlView = OverviewDto['controls'][number];

/** Removes a record after a second click; a refusal (a risk that controls still name) shows beside it. */
function DeleteRecord({
  operation,
  record,
  what,
}: {
  operation:
    | typeof internalControlApi.deleteAnalysis
    | typeof internalControlApi.deleteRisk
    | typeof internalControlApi.deleteControl
    | typeof internalControlApi.deleteResult;
  record: { id: string; version: number };
  what: string;
}) {
  const remove = useApiMutation(operation);
  return (
    <ConfirmDelete
      what={what}
      saving={remove.saving}
      error={remove.error}
      onConfirm={() => remove.save({ params: { id: record.id }, query: { version: record.version } })}
    />
  );
}

/** The button that opens a record's form in place, named for the record it changes. */
function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="small-button" onClick={onClick}>
      Ändra <span className="visually-hidden">{label}</span>
    </button>
  );
}

function AnalysisCard({ overview, analysis }: { overview: OverviewDto; analysis: AnalysisView }) {
  // What is being changed: the analysis itself, or one of its risks (by id).
  const [editing, setEditing] = useState<string | null>(null);
  const mayReport = overview.may.report;
  const name = `riskanalysen ${formatLongDate(analysis.date)}`;
  const risk = analysis.risks.find((item) => item.id === editing);
  return (
    <article className="card" aria-labelledby={`analysis-${analysis.id}`}>
      <h3 id={`analysis-${analysis.id}`}>Riskanalys {formatLongDate(analysis.date)}</h3>
      {editing === analysis.id ? (
        <AnalysisForm overview={overview} analysis={analysis} onDone={() => setEditing(null)} />
      ) : (
        <dl className="facts">
          {analysis.participants && (
            <>
              <dt>Deltagare</dt>
              <dd>{analysis.participants}</dd>
            </>
          )}
          <dt>Underlag som beaktats</dt>
          <dd>
            {[
              ...analysis.considered.map((source) => ANALYSIS_SOURCE_LABELS[source]),
              analysis.consideredOther,
            ]
              .filter(Boolean)
              .join(', ') || 'Inte angivet'}
          </dd>
        </dl>
      )}
      {mayReport && editing !== analysis.id && (
        <div className="actions-row">
          <EditButton label={name} onClick={() => setEditing(analysis.id)} />
          <DeleteRecord operation={internalControlApi.deleteAnalysis} record={analysis} what={name} />
        </div>
      )}
      <RiskTable
        risks={analysis.risks}
        caption={`Risker i riskanalysen ${formatLongDate(analysis.date)}`}
        onEdit={mayReport ? (chosen) => setEditing(chosen.id) : undefined}
      />
      {mayReport &&
        (risk ? (
          <RiskForm
            key={risk.id}
            overview={overview}
            analysisId={analysis.id}
            risk={risk}
            onDone={() => setEditing(null)}
          />
        ) : (
          <RiskForm overview={overview} analysisId={analysis.id} />
        ))}
    </article>
  );
}

function Analyses({ overview }: { overview: OverviewDto }) {
  return (
    <section aria-labelledby="analyses-title">
      <h2 id="analyses-title">Riskanalyser {overview.year}</h2>
      {overview.analyses.length === 0 && <p>Inga riskanalyser är registrerade.</p>}
      {overview.analyses.map((analysis) => (
        <AnalysisCard key={analysis.id} overview={overview} analysis={analysis} />
      ))}
      {overview.may.report && <AnalysisForm overview={overview} />}
    </section>
  );
}

/** `onEdit`: given to those who may change the risks, who then get Ändra and Ta bort on each row. */
function RiskTable({
  risks,
  caption,
  onEdit,
}: {
  risks: readonly RiskView[];
  caption: string;
  onEdit?: (risk: RiskView) => void;
}) {
  if (risks.length === 0) {
    return <p>Inga risker.</p>;
  }
  return (
    <ScrollRegion label="Rullbar tabell">
      <table className="data-table wrapping">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Process</th>
            <th scope="col">Risk</th>
            <th scope="col">Enhet</th>
            <th scope="col" className="num">
              Sannolikhet
            </th>
            <th scope="col" className="num">
              Konsekvens
            </th>
            <th scope="col" className="num">
              Riskvärde
            </th>
            <th scope="col">Riskklass</th>
            <th scope="col">Hantering</th>
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">Åtgärder</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {risks.map((risk) => (
            <tr key={risk.id}>
              <th scope="row">{risk.process}</th>
              <td>{risk.description}</td>
              <td>{risk.unit.name}</td>
              <td className="num">{risk.probability}</td>
              <td className="num">{risk.consequence}</td>
              <td className="num">{risk.value}</td>
              <td>{risk.band?.label ?? '–'}</td>
              <td>
                {RISK_RESPONSE_LABELS[risk.response]}
                {risk.escalatedTo ? ` till ${risk.escalatedTo.name}` : ''}
              </td>
              {onEdit && (
                <td className="actions">
                  <EditButton label={`risken ${risk.process}`} onClick={() => onEdit(risk)} />
                  <DeleteRecord
                    operation={internalControlApi.deleteRisk}
                    record={risk}
                    what={`risken ${risk.process}`}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

type PlanVersion = NonNullable<OverviewDto['planApproval']['latest']>;

const VERSION_TONES: Readonly<Record<PlanVersion['state'], BadgeTone>> = {
  draft: 'neutral',
  readyForReview: 'mid',
  approved: 'good',
  decided: 'good',
  published: 'good',
};

function PlanVersionState({ version }: { version: PlanVersion }) {
  return (
    <>
      version {version.number} <Badge tone={VERSION_TONES[version.state]} label={version.stateLabel} />
      {version.decision ? ` (beslut ${version.decision})` : ''}
    </>
  );
}

/** Where the plan stands as the document the board approves: its newest version and its state, in words. */
function PlanApproval({ overview }: { overview: OverviewDto }) {
  const { latest, approved } = overview.planApproval;
  const documents = `/dokument?${new URLSearchParams({
    enhet: overview.orgUnit.code,
    ar: String(overview.year),
    typ: 'internalControlPlan',
  }).toString()}`;
  return (
    <div className="plan-approval">
      <p>
        <strong>Planens godkännande:</strong>{' '}
        {latest ? (
          <>
            Senaste <PlanVersionState version={latest} />.
          </>
        ) : (
          'Planen har ingen version ännu.'
        )}
        {approved && (
          <>
            {' '}
            Senast godkänd: <PlanVersionState version={approved} />.
          </>
        )}
      </p>
      <p>
        <Link to={documents}>
          Internkontrollplan {overview.year} för {overview.orgUnit.name} under Dokument
        </Link>{' '}
        – där skapas planen som dokument, granskas, godkänns och beslutet registreras.
      </p>
    </div>
  );
}

function Plan({ overview }: { overview: OverviewDto }) {
  const [editing, setEditing] = useState<string | null>(null);
  const mayPlan = overview.may.plan;
  const edited = overview.controls.find((control) => control.id === editing);
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">Internkontrollplan {overview.year}</h2>
      <PlanApproval overview={overview} />
      {overview.controls.length === 0 ? (
        <p>Enheten har inga kontrollmoment {overview.year}.</p>
      ) : (
        <ScrollRegion label="Rullbar tabell">
          <table className="data-table wrapping">
            <caption>Kontrollmoment för {overview.orgUnit.name}</caption>
            <thead>
              <tr>
                <th scope="col">Kontrollmoment</th>
                <th scope="col">Vad kontrolleras</th>
                <th scope="col">Frekvens</th>
                <th scope="col">Ansvarig</th>
                <th scope="col">Rapporteras</th>
                <th scope="col">Slag</th>
                {mayPlan && (
                  <th scope="col">
                    <span className="visually-hidden">Åtgärder</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {overview.controls.map((control) => (
                <tr key={control.id}>
                  <th scope="row">
                    {control.title}
                    {control.previousYear && (
                      <div className="muted">Kvarstår från {control.previousYear}</div>
                    )}
                  </th>
                  <td>
                    {[control.checked, control.method, control.sample].filter(Boolean).join('. ') || '–'}
                  </td>
                  <td>{control.frequency ? FREQUENCY_LABELS[control.frequency] : '–'}</td>
                  <td>{control.responsible ?? '–'}</td>
                  <td>
                    {control.roundNames.length === 0 ? 'Varje uppföljning' : control.roundNames.join(', ')}
                  </td>
                  <td>
                    {control.inherited
                      ? `Gemensamt, från ${control.unit.name}`
                      : control.common
                        ? 'Gemensamt för enheterna under'
                        : 'Eget'}
                    {control.carryForward ? '. Får kvarstå' : ''}
                  </td>
                  {mayPlan && (
                    <td className="actions">
                      {/* An inherited control is its own unit's to change. */}
                      {!control.inherited && <ControlActions control={control} onEdit={setEditing} />}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {mayPlan &&
        (edited ? (
          <ControlForm key={edited.id} overview={overview} control={edited} onDone={() => setEditing(null)} />
        ) : (
          <ControlForm overview={overview} />
        ))}
    </section>
  );
}

function ControlActions({ control, onEdit }: { control: ControlView; onEdit: (id: string) => void }) {
  const name = `kontrollmomentet ${control.title}`;
  return (
    <>
      <EditButton label={name} onClick={() => onEdit(control.id)} />
      <DeleteRecord operation={internalControlApi.deleteControl} record={control} what={name} />
    </>
  );
}

function Results({ overview }: { overview: OverviewDto }) {
  const round = overview.round;
  const [editing, setEditing] = useState<string | null>(null);
  if (!round) {
    return null;
  }
  const mayReport = overview.may.report && !round.closed;
  const due = overview.controls.filter(
    (control) => control.reportingRoundIds.length === 0 || control.reportingRoundIds.includes(round.id),
  );
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">Resultat {round.name}</h2>
      {overview.summary && <p className="lead">{overview.summary.text}</p>}
      {due.map((control) => {
        const result = control.results.find((item) => item.reportingRoundId === round.id);
        return (
          <article key={control.id} className="card" aria-labelledby={`result-${control.id}`}>
            <h3 id={`result-${control.id}`}>{control.title}</h3>
            {result && editing === result.id ? (
              <ResultForm
                key={result.id}
                overview={overview}
                control={control}
                roundId={round.id}
                result={result}
                onDone={() => setEditing(null)}
              />
            ) : result ? (
              <>
                <p>
                  <Badge
                    tone={result.needsAction ? 'bad' : 'good'}
                    label={result.needsAction ? `${result.label} – kräver åtgärd` : result.label}
                  />
                </p>
                {result.escalatedTo && <p>Eskalerat till {result.escalatedTo.name}.</p>}
                <RichTextView value={result.findings} />
                {(result.sampleSize !== null || result.deviations !== null) && (
                  <p>
                    Antal kontrollerade: {result.sampleSize ?? '–'}. Avvikelser: {result.deviations ?? '–'}.
                  </p>
                )}
                {result.actions.length > 0 && (
                  <table className="data-table wrapping">
                    <caption>Åtgärder</caption>
                    <thead>
                      <tr>
                        <th scope="col">Åtgärd</th>
                        <th scope="col">Ansvarig</th>
                        <th scope="col">Senast</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {result.actions.map((action) => (
                        <tr key={action.id}>
                          <th scope="row">{action.what}</th>
                          <td>{action.owner}</td>
                          <td>{action.deadline}</td>
                          <td>
                            <span aria-hidden="true">{ACTION_STATUS_ICONS[action.status]}</span>{' '}
                            {ACTION_STATUS_LABELS[action.status]}
                            {action.closedDate ? ` ${action.closedDate}` : ''}
                            {overview.may.report && <ActionStatusForm action={action} />}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <HistoryDetails
                  operation={internalControlApi.history}
                  input={{ params: { kind: 'results', id: result.id } }}
                  summary="Historik för resultatet"
                />
                {mayReport && (
                  <div className="actions-row">
                    <EditButton
                      label={`resultatet för ${control.title}`}
                      onClick={() => setEditing(result.id)}
                    />
                    <DeleteRecord
                      operation={internalControlApi.deleteResult}
                      record={result}
                      what={`resultatet för ${control.title}`}
                    />
                  </div>
                )}
              </>
            ) : mayReport ? (
              <ResultForm overview={overview} control={control} roundId={round.id} />
            ) : (
              <p>Inget resultat rapporterat.</p>
            )}
          </article>
        );
      })}
    </section>
  );
}

type EscalatedResult = OverviewDto['escalatedResults'][number];

/** Results escalated to the unit from the units below it: the control, the unit, the result in words. */
export function EscalatedResults({
  results,
  caption,
}: {
  results: readonly EscalatedResult[];
  caption: string;
}) {
  if (results.length === 0) {
    return null;
  }
  return (
    <ScrollRegion label="Rullbar tabell">
      <table className="data-table wrapping">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kontrollmoment</th>
            <th scope="col">Enhet</th>
            <th scope="col">Tillfälle</th>
            <th scope="col">Resultat</th>
            <th scope="col">Eskalerat till</th>
            <th scope="col">Åtgärder</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.id}>
              <th scope="row">{result.control}</th>
              <td>{result.unit.name}</td>
              <td>{result.roundName}</td>
              <td>
                <Badge
                  tone={result.needsAction ? 'bad' : 'good'}
                  label={result.needsAction ? `${result.label} – kräver åtgärd` : result.label}
                />
              </td>
              <td>{result.escalatedTo?.name ?? '–'}</td>
              <td>
                {result.actions.length === 0
                  ? '–'
                  : result.actions
                      .map(
                        (action) => `${action.what} (${ACTION_STATUS_LABELS[action.status].toLowerCase()})`,
                      )
                      .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Overview({ view }: { view: View }) {
  const overview = useApiQuery(internalControlApi.overview, {
    query: {
      org: view.org,
      year: view.year,
      round: view.round ?? undefined,
      subtree: view.subtree ? 'true' : undefined,
    },
  });
  if (overview.isError) {
    return <LoadError error={overview.error} />;
  }
  if (!overview.data) {
    return <Loading what="internkontrollen" />;
  }
  const data = overview.data;
  return (
    <>
      <p>
        <Link to={`/internkontroll/uppfoljning?enhet=${encodeURIComponent(view.org)}&ar=${view.year}`}>
          Uppföljning av öppna åtgärder och försenade kontroller för {data.orgUnit.name} och enheterna under
        </Link>
      </p>
      <p>
        <Link to="/internkontroll/installningar">Inställningar för internkontroll</Link> (skalor och
        resultatnivåer)
      </p>
      <Analyses overview={data} />
      <section aria-labelledby="matrix-title">
        <h2 id="matrix-title">Riskmatris</h2>
        <p className="hint">
          Riskvärde = sannolikhet × konsekvens. Varje ruta anger sin riskklass i text; färgen är ett
          komplement.
        </p>
        <RiskMatrix
          matrix={data.matrix}
          caption={`Risker ${data.year} för ${data.orgUnit.name}${data.subtree ? ' och enheterna under' : ''}, med risker eskalerade hit`}
        />
        {data.escalated.length > 0 && (
          <RiskTable risks={data.escalated} caption={`Risker eskalerade till ${data.orgUnit.name}`} />
        )}
      </section>
      <Plan overview={data} />
      {data.escalatedResults.length > 0 && (
        <section aria-labelledby="escalated-results-title">
          <h2 id="escalated-results-title">Resultat eskalerade till {data.orgUnit.name}</h2>
          <EscalatedResults
            results={data.escalatedResults}
            caption={`Resultat ${data.year} eskalerade till ${data.orgUnit.name}${data.subtree ? ' och enheterna under' : ''}`}
          />
        </section>
      )}
      <Results overview={data} />
    </>
  );
}

export function InternalControlPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const rounds = useRounds(year);
  const org = shownUnitCode(units.data, params.get('enhet'));
  const followUps = (rounds.data ?? []).filter((round) => round.kind !== 'budget');
  const round = followUps.find((candidate) => candidate.id === params.get('tillfalle')) ?? followUps.at(-1);
  const view: View = { org, year, round: round?.id ?? null, subtree: params.get('underliggande') === 'ja' };
  const latest = useRef(view);
  latest.current = view;
  const go = (change: Partial<View>) => {
    latest.current = { ...latest.current, ...change };
    setParams(new URLSearchParams(internalControlPath(latest.current).split('?')[1]));
  };
  const years = [...new Set([...roundYears, year - 1, year, year + 1])].sort((a, b) => a - b);
  const sortedUnits = [...(units.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <>
      <PageTitle title="Internkontroll">Internkontroll</PageTitle>
      <p className="lead">
        Riskanalyser, riskmatris, internkontrollplanens kontrollmoment och deras resultat vid varje
        uppföljning.
      </p>
      <div className="field-row">
        <SelectField
          id="ic-org"
          label="Enhet"
          value={org}
          onChange={(value) => go({ org: value })}
          options={sortedUnits.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
        />
        <SelectField
          id="ic-year"
          label="År"
          value={String(year)}
          onChange={(value) => go({ year: Number(value), round: null })}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="ic-round"
          label="Uppföljningstillfälle"
          value={round?.id ?? ''}
          onChange={(value) => go({ round: value })}
          options={followUps.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
      </div>
      <CheckboxField
        id="ic-subtree"
        label="Visa även enheterna under i riskmatrisen"
        checked={view.subtree}
        onChange={(checked) => go({ subtree: checked })}
      />
      {units.isError && <LoadError error={units.error} />}
      {org && <Overview view={view} />}
    </>
  );
}

export function InternalControlLink({ code, year }: { code: string; year: number }) {
  return (
    <Link className="button button-secondary" to={internalControlPath({ org: code, year })}>
      Internkontroll
    </Link>
  );
}
