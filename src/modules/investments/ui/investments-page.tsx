/**
 * Investeringar: a unit's investment tables as the documents print them for a year – the budget with plan
 * years (split inside and outside the frame where the unit has both), the interim report, the annual
 * report, the completed projects – in kr, tkr or mnkr and either variance convention; below them the
 * unit's projects, each with its amounts to add and change, and the unit's investment frame with its
 * changes.
 */
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { VARIANCE_CONVENTION_LABELS } from '#modules/economy/domain/index.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { ROUND_KIND_LABELS } from '#modules/planning/domain/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { SelectField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { HistoryDetails, type ValueLabels } from '#web/kit/history.tsx';
import { LoadError, Loading, PageTitle } from '#web/kit/page.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { investmentsApi, VARIANCE_CHOICES } from '../contract.ts';
import { AMOUNT_KIND_LABELS, FRAME_PLACEMENT_LABELS, INTERIM_ROUNDS } from '../domain/investment.ts';
import { DEFAULT_VARIANCE, TABLE_KIND_LABELS, TABLE_KINDS } from '../domain/investment-tables.ts';
import { AmountSection } from './amount-section.tsx';
import { type AmountUnit, inUnit } from './amount-text.ts';
import { FrameSection } from './frame-section.tsx';
import { ProjectForm } from './project-form.tsx';
import { InvestmentTable } from './table-view.tsx';
import { type View, viewSearch } from './view.ts';

type ProjectWithAmounts = OperationResult<typeof investmentsApi.listProjects>[number];
type InvestmentsMay = OperationResult<typeof investmentsApi.permissions>;
type ProjectMay = NonNullable<InvestmentsMay['project']>;

const MAY_NOTHING: ProjectMay = { plan: false, report: false };

/** The words for a project's and its amounts' coded fields in their history. */
const PROJECT_HISTORY_LABELS: ValueLabels = {
  placement: FRAME_PLACEMENT_LABELS,
  kind: AMOUNT_KIND_LABELS,
  round: ROUND_KIND_LABELS,
};

/** What the user may do on the page, from the policy: nothing until the server has said. */
function useInvestmentsMay(view: View): InvestmentsMay | undefined {
  const { org, year, project } = view;
  return useApiQuery(
    investmentsApi.permissions,
    { query: project ? { org, year, project } : { org, year } },
    { enabled: org !== '' },
  ).data;
}

const UNITS: readonly AmountUnit[] = ['kr', 'tkr', 'mnkr'];

function years(project: ProjectWithAmounts): string {
  return project.completedYear === null
    ? `från ${project.startYear}`
    : `${project.startYear}–${project.completedYear}`;
}

function ProjectList({ view, projects }: { view: View; projects: readonly ProjectWithAmounts[] }) {
  if (projects.length === 0) {
    return <p>Enheten har inga investeringsprojekt ännu.</p>;
  }
  return (
    <table className="data-table">
      <caption className="visually-hidden">Enhetens investeringsprojekt</caption>
      <thead>
        <tr>
          <th scope="col">Namn</th>
          <th scope="col">Kod</th>
          <th scope="col">Ram</th>
          <th scope="col">År</th>
          <th scope="col" className="num">
            Belopp
          </th>
          <th scope="col" className="num">
            Ack. utfall netto ({view.unit})
          </th>
        </tr>
      </thead>
      <tbody>
        {projects.map((project) => (
          <tr key={project.id}>
            <th scope="row">
              <Link
                to={`${viewSearch(view, { project: project.id })}#project-title`}
                aria-current={project.id === view.project ? 'true' : undefined}
              >
                {project.name}
              </Link>
              {project.conditional && <span className="tag">Villkorad</span>}
            </th>
            <td>{project.code ?? ''}</td>
            <td>{FRAME_PLACEMENT_LABELS[project.placement]}</td>
            <td>{years(project)}</td>
            <td className="num">{project.amounts.length}</td>
            <td className="num">
              {project.accumulated
                ? `${inUnit(project.accumulated.net, view.unit)} (t.o.m. ${project.accumulated.throughYear})`
                : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `may`: what the user may do with the project, from the policy; the rest is only shown. */
function ProjectEditor({ view, project, may }: { view: View; project: ProjectWithAmounts; may: ProjectMay }) {
  const [, setParams] = useSearchParams();
  const units = useOrgUnits();
  const remove = useApiMutation(investmentsApi.deleteProject, {
    onSaved: () => setParams(new URLSearchParams(viewSearch(view, { project: null }))),
  });
  return (
    <section aria-labelledby="project-title" className="measure-editor">
      <h2 id="project-title" tabIndex={-1}>
        Projekt: {project.name}
      </h2>
      <p className="meta">
        {FRAME_PLACEMENT_LABELS[project.placement]} · {years(project)}
        {project.code ? ` · kod ${project.code}` : ''}
      </p>
      <p>
        <Link to={viewSearch(view, { project: null })}>Stäng projektet</Link>
      </p>
      <section aria-labelledby="amounts-title">
        <h3 id="amounts-title">Belopp</h3>
        <AmountSection
          project={project}
          amounts={project.amounts}
          year={view.year}
          unit={view.unit}
          mayReport={may.report}
        />
      </section>
      <HistoryDetails
        summary={
          <>
            Historik<span className="visually-hidden"> för projektet ”{project.name}” och dess belopp</span>
          </>
        }
        operation={investmentsApi.history}
        input={{ params: { kind: 'projects', id: project.id } }}
        units={units.data}
        valueLabels={{ ...PROJECT_HISTORY_LABELS, projectId: { [project.id]: project.name } }}
      />
      {may.plan && (
        <>
          <ProjectForm
            key={`${project.id}-${project.version}`}
            org={view.org}
            year={view.year}
            unit={view.unit}
            project={project}
          />
          <div className="danger-zone">
            <ErrorSummary error={remove.error} />
            <button
              type="button"
              className="button button-secondary"
              disabled={remove.saving}
              onClick={() => remove.save({ params: { id: project.id }, query: { version: project.version } })}
            >
              Ta bort projektet
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** The project chosen, read by id: a row of the table may be a project of a unit under the one shown. */
function ChosenProject({ view, id, may }: { view: View; id: string; may: ProjectMay }) {
  const project = useApiQuery(investmentsApi.getProject, { params: { id } });
  if (project.isError) {
    return <LoadError error={project.error} />;
  }
  if (!project.data) {
    return <Loading what="projektet" />;
  }
  return <ProjectEditor view={view} project={project.data} may={may} />;
}

function Projects({ view, may }: { view: View; may: InvestmentsMay | undefined }) {
  const [, setParams] = useSearchParams();
  const projects = useApiQuery(investmentsApi.listProjects, { query: { org: view.org } });
  if (projects.isError) {
    return <LoadError error={projects.error} />;
  }
  if (!projects.data) {
    return <Loading what="projekten" />;
  }
  return (
    <>
      {view.project && <ChosenProject view={view} id={view.project} may={may?.project ?? MAY_NOTHING} />}
      <section aria-labelledby="projects-title">
        <h2 id="projects-title">Investeringsprojekt</h2>
        <ProjectList view={view} projects={projects.data} />
        {may?.addProjects && (
          <ProjectForm
            key={`${view.org}-${view.year}`}
            org={view.org}
            year={view.year}
            unit={view.unit}
            onCreated={(created) => setParams(new URLSearchParams(viewSearch(view, { project: created.id })))}
          />
        )}
      </section>
    </>
  );
}

export function InvestmentsPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const org = shownUnitCode(units.data, params.get('enhet'));
  const variance = params.get('avvikelse');
  const view: View = {
    org,
    year,
    table: oneOf(TABLE_KINDS, params.get('tabell') ?? '', 'budget'),
    round: oneOf(INTERIM_ROUNDS, params.get('tillfalle') ?? '', 'august'),
    unit: oneOf(UNITS, params.get('belopp') ?? '', 'tkr'),
    variance: variance ? oneOf(VARIANCE_CHOICES, variance, 'favourablePositive') : null,
    project: params.get('projekt'),
  };
  // The view last asked for: a second change made before the address has caught up with the first builds
  // on it rather than on what this render shows.
  const latest = useRef(view);
  latest.current = view;
  const go = (change: Partial<View>) => {
    latest.current = { ...latest.current, ...change };
    setParams(new URLSearchParams(viewSearch(latest.current, {})));
  };
  const choices = [...new Set([...roundYears, year - 1, year, year + 1])].sort((a, b) => a - b);
  // Only what the user may do is offered: a reader sees the tables and no form.
  const may = useInvestmentsMay(view);
  return (
    <>
      <PageTitle title="Investeringar">Investeringar</PageTitle>
      <p className="lead">
        Enhetens investeringsprojekt inom och utom investeringsramen, med budget, plan, utfall och prognoser
        per år, och investeringsramen med utökningar och ombudgeteringar, i tabeller som dokumenten skriver ut
        dem.
      </p>
      <div className="field-row">
        <SelectField
          id="investments-org"
          label="Enhet"
          hint="Tabellerna tar med enheterna under den."
          value={org}
          onChange={(value) => go({ org: value, project: null })}
          options={(units.data ?? []).map((unit) => ({
            value: unit.code,
            label: `${unit.name} (${unit.code})`,
          }))}
        />
        <SelectField
          id="investments-year"
          label="År"
          hint="Budgetåret, eller året som följs upp."
          value={String(year)}
          onChange={(value) => go({ year: Number(value) })}
          options={choices.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="investments-table"
          label="Tabell"
          value={view.table}
          onChange={(value) => go({ table: oneOf(TABLE_KINDS, value, 'budget') })}
          options={TABLE_KINDS.map((value) => ({ value, label: TABLE_KIND_LABELS[value] }))}
        />
        {view.table === 'interim' && (
          <SelectField
            id="investments-round"
            label="Uppföljningstillfälle"
            value={view.round}
            onChange={(value) => go({ round: oneOf(INTERIM_ROUNDS, value, 'august') })}
            options={INTERIM_ROUNDS.map((value) => ({ value, label: ROUND_KIND_LABELS[value] }))}
          />
        )}
        <SelectField
          id="investments-unit"
          label="Belopp i"
          value={view.unit}
          onChange={(value) => go({ unit: oneOf(UNITS, value, 'tkr') })}
          options={UNITS.map((value) => ({ value, label: value }))}
        />
        {view.table !== 'budget' && (
          <SelectField
            id="investments-variance"
            label="Avvikelse"
            value={view.variance ?? DEFAULT_VARIANCE[view.table]}
            onChange={(value) => go({ variance: oneOf(VARIANCE_CHOICES, value, 'favourablePositive') })}
            options={VARIANCE_CHOICES.map((value) => ({ value, label: VARIANCE_CONVENTION_LABELS[value] }))}
          />
        )}
      </div>
      {org && (
        <>
          <section aria-labelledby="investment-table-title">
            <h2 id="investment-table-title">
              {TABLE_KIND_LABELS[view.table]} {year}
            </h2>
            <InvestmentTable view={view} />
          </section>
          <Projects view={view} may={may} />
          <section aria-labelledby="frames-title">
            <h2 id="frames-title">Investeringsram</h2>
            <FrameSection org={org} year={year} unit={view.unit} mayChange={may?.changeFrames ?? false} />
          </section>
        </>
      )}
    </>
  );
}
