/** One indicator: its definition, its targets and its outcomes, all editable, and its history. */

import { Link, useParams, useSearchParams } from 'react-router';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { goalsApi } from '../contract.ts';
import { DIRECTION_LABELS } from '../domain/indicator.ts';
import { HistorySection } from './history-list.tsx';
import { type IndicatorChange, IndicatorForm } from './indicator-form.tsx';
import { OutcomeSection } from './outcome-section.tsx';
import { RetireControl } from './record-controls.tsx';
import { TargetSection } from './target-section.tsx';

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
  if (detail.isError) {
    return <LoadError error={detail.error} />;
  }
  if (!detail.data) {
    return <Loading what="indikatorn" />;
  }
  const { indicator, targets, outcomes, rounds } = detail.data;
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
        <TargetSection indicator={indicator} targets={targets} />
      </section>

      <section aria-labelledby="outcomes-title">
        <h2 id="outcomes-title">Utfall</h2>
        <OutcomeSection
          indicator={indicator}
          outcomes={outcomes}
          rounds={rounds}
          initialRoundId={searchParams.get('omgang') ?? undefined}
        />
      </section>

      <section aria-labelledby="definition-title">
        <h2 id="definition-title">Definition</h2>
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
          onToggle={() => toggle.save({ params: { id: indicator.id }, body: { version: indicator.version } })}
        />
      </section>

      <HistorySection of={{ entity: 'indicators', id: indicator.id }} />
    </>
  );
}
