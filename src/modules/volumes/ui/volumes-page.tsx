/**
 * Volymer och personal: a unit's volume measures (basuppdrag) and personnel figures as the tables a
 * document prints for a year – budget with plan years, budget with forecasts, interim or annual report –
 * and, below them, the measures themselves, each with its values to add and change.
 *
 * What is shown lives in the address (?enhet=VSS&ar=2023&layout=budget&matt=…), so a view can be linked.
 */
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import type { RoundKind } from '#core/period.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { DataTable } from '#web/kit/data-table.tsx';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { HistoryDetails, type ValueLabels } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { FindingsBeside } from '#web/kit/place-findings.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { volumesApi } from '../contract.ts';
import {
  INTERIM_ROUND_LABELS,
  INTERIM_ROUNDS,
  type InterimRound,
  LAYOUT_PRESET_LABELS,
  LAYOUT_PRESETS,
  type LayoutPreset,
} from '../domain/layout.ts';
import { MEASURE_KIND_LABELS, VALUE_KIND_LABELS, VALUE_PERIOD_LABELS } from '../domain/measure.ts';
import { MeasureChart } from './measure-chart.tsx';
import { MeasureForm } from './measure-form.tsx';
import { ValueSection } from './value-section.tsx';

type MeasureWithValues = OperationResult<typeof volumesApi.listMeasures>[number];
type MeasureMay = NonNullable<OperationResult<typeof volumesApi.permissions>['measure']>;

/** The words for a measure's and its values' coded fields in their history (the two kinds never overlap). */
const HISTORY_VALUE_LABELS: ValueLabels = {
  kind: { ...MEASURE_KIND_LABELS, ...VALUE_KIND_LABELS },
  period: VALUE_PERIOD_LABELS,
};

interface View {
  readonly org: string;
  readonly year: number;
  readonly layout: LayoutPreset;
  readonly round: InterimRound;
  readonly measure: string | null;
}

/** The address of another view of the page, keeping what the change leaves alone. */
function viewSearch(view: View, change: Partial<View>): string {
  const next = { ...view, ...change };
  const params = new URLSearchParams({ enhet: next.org, ar: String(next.year), layout: next.layout });
  if (next.layout === 'interim') {
    params.set('tillfalle', next.round);
  }
  if (next.measure) {
    params.set('matt', next.measure);
  }
  return `?${params.toString()}`;
}

/** The round whose document prints the tables shown: the checks of that round read the same values. */
function checkedRound(view: View): RoundKind {
  switch (view.layout) {
    case 'budget':
    case 'budgetForecast':
      return 'budget';
    case 'interim':
      return view.round;
    case 'annual':
      return 'closing';
  }
}

function Tables({ view }: { view: View }) {
  const tables = useApiQuery(volumesApi.tables, {
    query: { org: view.org, year: view.year, layout: view.layout, roundKind: view.round },
  });
  if (tables.isError) {
    return <LoadError error={tables.error} />;
  }
  if (!tables.data) {
    return <Loading what="tabellerna" />;
  }
  return (
    <>
      {tables.data.tables.map((table) => (
        <DataTable
          key={table.key}
          table={table}
          id={`volumes-${table.key}`}
          emptyGroupText="Enheten har inga sådana mått för de här åren."
          renderRowHeader={(row) =>
            row.role === 'row' && row.ref ? (
              <Link to={`${viewSearch(view, { measure: row.ref.id })}#measure-title`}>{row.header.text}</Link>
            ) : (
              row.header.text
            )
          }
        />
      ))}
    </>
  );
}

function validity(measure: MeasureWithValues): string {
  if (measure.validToYear === null) {
    return `från ${measure.validFromYear}`;
  }
  return measure.validToYear === measure.validFromYear
    ? String(measure.validFromYear)
    : `${measure.validFromYear}–${measure.validToYear}`;
}

function MeasureList({ view, measures }: { view: View; measures: readonly MeasureWithValues[] }) {
  if (measures.length === 0) {
    return <p>Enheten har inga mått ännu.</p>;
  }
  return (
    <table className="data-table">
      <caption className="visually-hidden">Enhetens mått</caption>
      <thead>
        <tr>
          <th scope="col">Namn</th>
          <th scope="col">Typ</th>
          <th scope="col">Måttenhet</th>
          <th scope="col">Mäts</th>
          <th scope="col" className="num">
            Värden
          </th>
        </tr>
      </thead>
      <tbody>
        {measures.map((measure) => (
          <tr key={measure.id}>
            <th scope="row">
              <Link
                to={`${viewSearch(view, { measure: measure.id })}#measure-title`}
                aria-current={measure.id === view.measure ? 'true' : undefined}
              >
                {measure.name}
              </Link>
              {measure.retiredAt && <span className="tag">Avvecklat</span>}
            </th>
            <td>{MEASURE_KIND_LABELS[measure.kind]}</td>
            <td>{measure.unit ?? ''}</td>
            <td>{validity(measure)}</td>
            <td className="num">{measure.values.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `may`: what the user may do with the measure, from the policy; the rest is only shown. */
function MeasureEditor({ view, measure, may }: { view: View; measure: MeasureWithValues; may: MeasureMay }) {
  const units = useOrgUnits();
  const retire = useApiMutation(volumesApi.retireMeasure);
  const reinstate = useApiMutation(volumesApi.reinstateMeasure);
  const toggle = measure.retiredAt === null ? retire : reinstate;
  return (
    <section aria-labelledby="measure-title" className="measure-editor">
      <h2 id="measure-title" tabIndex={-1}>
        Mått: {measure.name}
      </h2>
      <p className="meta">
        {MEASURE_KIND_LABELS[measure.kind]}
        {measure.unit ? ` · ${measure.unit}` : ''} · mäts {validity(measure)}
        {measure.source ? ` · källa ${measure.source}` : ''}
      </p>
      <p>
        <Link to={viewSearch(view, { measure: null })}>Stäng måttet</Link>
      </p>
      {measure.retiredAt && <Notice kind="warning">Måttet är avvecklat och visas inte i tabellerna.</Notice>}
      <section aria-labelledby="values-title">
        <h3 id="values-title">Värden</h3>
        <ValueSection
          measure={measure}
          values={measure.values}
          year={view.year}
          mayReport={may.report}
          findings={
            <FindingsBeside
              unit={view.org}
              year={view.year}
              round={checkedRound(view)}
              records={[{ kind: 'volumeValue', measureId: measure.id }]}
              label={`Kontroller för måttet ”${measure.name}”`}
              namesPlaces
            />
          }
        />
      </section>
      <MeasureChart measure={measure} />
      <HistoryDetails
        summary={
          <>
            Historik<span className="visually-hidden"> för måttet ”{measure.name}” och dess värden</span>
          </>
        }
        operation={volumesApi.history}
        input={{ params: { kind: 'measures', id: measure.id } }}
        units={units.data}
        valueLabels={{ ...HISTORY_VALUE_LABELS, measureId: { [measure.id]: measure.name } }}
      />
      {may.plan && (
        <>
          <MeasureForm key={measure.id} org={view.org} year={view.year} measure={measure} />
          <div className="danger-zone">
            <ErrorSummary error={toggle.error} />
            <button
              type="button"
              className="button button-secondary"
              disabled={toggle.saving}
              onClick={() => toggle.save({ params: { id: measure.id }, body: { version: measure.version } })}
            >
              {measure.retiredAt === null ? 'Avveckla måttet' : 'Återinför måttet'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function Measures({ view }: { view: View }) {
  const [, setParams] = useSearchParams();
  const measures = useApiQuery(volumesApi.listMeasures, {
    query: { org: view.org, includeRetired: 'true' },
  });
  // Only what the user may do is offered: a reader sees the measures and no form.
  const may = useApiQuery(volumesApi.permissions, {
    query: view.measure
      ? { org: view.org, year: view.year, measure: view.measure }
      : { org: view.org, year: view.year },
  }).data;
  if (measures.isError) {
    return <LoadError error={measures.error} />;
  }
  if (!measures.data) {
    return <Loading what="måtten" />;
  }
  const chosen = measures.data.find((measure) => measure.id === view.measure);
  return (
    <>
      {chosen && (
        <MeasureEditor view={view} measure={chosen} may={may?.measure ?? { plan: false, report: false }} />
      )}
      <section aria-labelledby="measures-title">
        <h2 id="measures-title">Mått</h2>
        <MeasureList view={view} measures={measures.data} />
        {may?.addMeasures && (
          <MeasureForm
            key={`${view.org}-${view.year}`}
            org={view.org}
            year={view.year}
            onCreated={(created) => setParams(new URLSearchParams(viewSearch(view, { measure: created.id })))}
          />
        )}
      </section>
    </>
  );
}

export function VolumesPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const org = shownUnitCode(units.data, params.get('enhet'));
  const view: View = {
    org,
    year,
    layout: oneOf(LAYOUT_PRESETS, params.get('layout') ?? '', 'budget'),
    round: oneOf(INTERIM_ROUNDS, params.get('tillfalle') ?? '', 'august'),
    measure: params.get('matt'),
  };
  // The view last asked for: a second change made before the address has caught up with the first (two
  // selects changed in quick succession) builds on it rather than on what this render shows.
  const latest = useRef(view);
  latest.current = view;
  const go = (change: Partial<View>) => {
    latest.current = { ...latest.current, ...change };
    setParams(new URLSearchParams(viewSearch(latest.current, {})));
  };
  const years = [...new Set([...roundYears, year - 1, year, year + 1])].sort((a, b) => a - b);
  return (
    <>
      <PageTitle title="Volymer och personal">Volymer och personal</PageTitle>
      <p className="lead">
        Enhetens volymmått (basuppdrag) och personaluppgifter med utfall, budget, plan, prognoser och
        målvärden per år, i tabeller som dokumenten skriver ut dem.
      </p>
      <div className="field-row">
        <SelectField
          id="volumes-org"
          label="Enhet"
          value={org}
          onChange={(value) => go({ org: value, measure: null })}
          options={(units.data ?? []).map((unit) => ({
            value: unit.code,
            label: `${unit.name} (${unit.code})`,
          }))}
        />
        <SelectField
          id="volumes-year"
          label="År"
          hint="Budgetåret, eller året som följs upp."
          value={String(year)}
          onChange={(value) => go({ year: Number(value) })}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="volumes-layout"
          label="Tabeller som i"
          value={view.layout}
          onChange={(value) => go({ layout: oneOf(LAYOUT_PRESETS, value, 'budget') })}
          options={LAYOUT_PRESETS.map((value) => ({ value, label: LAYOUT_PRESET_LABELS[value] }))}
        />
        {view.layout === 'interim' && (
          <SelectField
            id="volumes-round"
            label="Uppföljningstillfälle"
            value={view.round}
            onChange={(value) => go({ round: oneOf(INTERIM_ROUNDS, value, 'august') })}
            options={INTERIM_ROUNDS.map((value) => ({ value, label: INTERIM_ROUND_LABELS[value] }))}
          />
        )}
      </div>
      {org && (
        <>
          <section aria-labelledby="volume-tables-title">
            <h2 id="volume-tables-title">
              {LAYOUT_PRESET_LABELS[view.layout]} {year}
            </h2>
            <Tables view={view} />
          </section>
          <Measures view={view} />
        </>
      )}
    </>
  );
}
