/**
 * One indicator: its definition, its targets and its outcomes, and the history of each. What the user may
 * change comes with the page's data, decided by the server's policy: planners change the definition and
 * the targets, reporters the outcomes of the rounds they report in; everyone else sees the data.
 */

import { Link, useParams, useSearchParams } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { HistoryDetails, HistorySection } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { FindingsBeside } from '#web/kit/place-findings.tsx';
import { goalsApi } from '../contract.ts';
import { DATA_SOURCE_LABELS, DIRECTION_LABELS, PART_LABELS } from '../domain/indicator.ts';
import { ComparableIndicators } from './comparable-indicators.tsx';
import { type IndicatorChange, IndicatorForm } from './indicator-form.tsx';
import { OutcomeSection } from './outcome-section.tsx';
import { RetireControl } from './record-controls.tsx';
import { TargetSection } from './target-section.tsx';

type IndicatorDetail = OperationResult<typeof goalsApi.getIndicator>;

/**
 * The consistency checks of the indicator's outcomes: one list per year whose rounds report an outcome of
 * it (a check covers one year's rounds; an outcome for 2017 stated in Bokslut 2019 is checked in 2019).
 */
function OutcomeFindings({ unit, detail }: { unit: string | undefined; detail: IndicatorDetail }) {
  const { indicator, outcomes, rounds } = detail;
  const years = [
    ...new Set(
      outcomes.flatMap(
        (outcome) => rounds.find((round) => round.id === outcome.reportingRoundId)?.year ?? [],
      ),
    ),
  ].sort((a, b) => a - b);
  if (unit === undefined) {
    return null;
  }
  return years.map((year) => (
    <FindingsBeside
      key={year}
      unit={unit}
      year={year}
      records={[{ kind: 'outcome', indicatorId: indicator.id }]}
      label={`Kontroller för utfallen ${year}`}
      namesPlaces
    />
  ));
}

export function IndicatorPage() {
  const { indicatorId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const detail = useApiQuery(goalsApi.getIndicator, { params: { id: indicatorId } });
  const goalId = detail.data?.indicator.goalId;
  const siblings = useApiQuery(
    goalsApi.listGoalIndicators,
    { params: { id: goalId ?? '' } },
    { enabled: goalId !== undefined },
  );
  const update = useApiMutation(goalsApi.updateIndicator);
  const retire = useApiMutation(goalsApi.retireIndicator);
  const reinstate = useApiMutation(goalsApi.reinstateIndicator);
  const units = useOrgUnits();
  const goal = useApiQuery(
    goalsApi.getGoal,
    { params: { id: goalId ?? '' } },
    { enabled: goalId !== undefined },
  );
  if (detail.isError) {
    return <LoadError error={detail.error} />;
  }
  if (!detail.data) {
    return <Loading what="indikatorn" />;
  }
  const { indicator, targets, outcomes, rounds, may } = detail.data;
  const roundName = (id: string) => rounds.find((round) => round.id === id)?.name ?? '';
  const valueLabels = {
    desiredDirection: DIRECTION_LABELS,
    dataSource: DATA_SOURCE_LABELS,
    part: PART_LABELS,
    indicatorId: { [indicator.id]: indicator.name },
    reportingRoundId: Object.fromEntries(rounds.map((round) => [round.id, round.name])),
    goalId: goal.data ? { [goal.data.id]: goal.data.name } : {},
  };
  const unitCode = units.data?.find((unit) => unit.id === goal.data?.orgUnitId)?.code;
  const toggle = indicator.retiredAt === null ? retire : reinstate;
  const saveIndicator = (change: IndicatorChange) =>
    update.save({ params: { id: indicator.id }, body: change });
  return (
    <>
      <p>
        <Link to={`/mal/${indicator.goalId}`}>Tillbaka till målet</Link>
      </p>
      <PageTitle title={indicator.name}>{indicator.name}</PageTitle>
      <p className="meta">
        {indicator.unit ? `Enhet: ${indicator.unit} · ` : ''}Önskvärd riktning:{' '}
        {DIRECTION_LABELS[indicator.desiredDirection].toLowerCase()}
        {indicator.isObligatory ? ' · obligatorisk' : ''}
        {indicator.isGenderSplit ? ' · könsuppdelad' : ''}
      </p>
      {indicator.retiredAt && (
        <Notice kind="warning">Indikatorn är avvecklad och visas inte i måltabellerna.</Notice>
      )}

      <section aria-labelledby="targets-title">
        <h2 id="targets-title">Målvärden</h2>
        <TargetSection indicator={indicator} targets={targets} mayPlan={may.plan} />
      </section>

      <section aria-labelledby="outcomes-title">
        <h2 id="outcomes-title">Utfall</h2>
        <OutcomeSection
          indicator={indicator}
          outcomes={outcomes}
          rounds={rounds}
          reportRounds={may.reportRounds}
          initialRoundId={searchParams.get('omgang') ?? undefined}
          findings={<OutcomeFindings unit={unitCode} detail={detail.data} />}
        />
      </section>

      <ComparableIndicators indicatorId={indicator.id} roundName={roundName} />

      <section aria-labelledby="definition-title">
        <h2 id="definition-title">Definition</h2>
        <p>{indicator.definition ?? 'Indikatorn har ingen beskriven definition.'}</p>
      </section>

      {may.plan && (
        <section aria-labelledby="edit-indicator-title">
          <h2 id="edit-indicator-title">Ändra indikatorn</h2>
          {update.saved && !update.error && <Notice kind="success">Indikatorn är sparad.</Notice>}
          <IndicatorForm
            key={indicator.version}
            indicator={indicator}
            siblings={siblings.data ?? []}
            saving={update.saving}
            error={update.error}
            onSubmit={saveIndicator}
          />
          <RetireControl
            noun="indikatorn"
            isRetired={indicator.retiredAt !== null}
            saving={toggle.saving}
            error={toggle.error}
            onToggle={() =>
              toggle.save({ params: { id: indicator.id }, body: { version: indicator.version } })
            }
          />
        </section>
      )}

      <HistorySection
        operation={goalsApi.history}
        input={{ params: { entity: 'indicators', id: indicator.id } }}
        units={units.data}
        valueLabels={valueLabels}
      >
        {targets.length > 0 && <h3>Målvärdenas historik</h3>}
        {targets.map((target) => (
          <HistoryDetails
            key={target.id}
            summary={`Målvärde ${target.year}, ${PART_LABELS[target.part].toLowerCase()}`}
            operation={goalsApi.history}
            input={{ params: { entity: 'targets', id: target.id } }}
            valueLabels={valueLabels}
          />
        ))}
        {outcomes.length > 0 && <h3>Utfallens historik</h3>}
        {outcomes.map((outcome) => (
          <HistoryDetails
            key={outcome.id}
            summary={`Utfall ${outcome.year}, ${roundName(outcome.reportingRoundId)}`}
            operation={goalsApi.history}
            input={{ params: { entity: 'outcomes', id: outcome.id } }}
            valueLabels={valueLabels}
          />
        ))}
      </HistorySection>
    </>
  );
}
