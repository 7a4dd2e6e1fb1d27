/** One indicator: its definition, its targets and its outcomes, all editable, and its history. */

import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '#web/api-client.ts';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { useSave } from '#web/use-save.ts';
import type { IndicatorDto, OutcomeDto, TargetDto } from '../contract.ts';
import { DIRECTION_LABELS } from '../domain/indicator.ts';
import { HistorySection } from './history-list.tsx';
import { IndicatorForm } from './indicator-form.tsx';
import { OutcomeSection, type RoundOption } from './outcome-section.tsx';
import { RetireControl } from './record-controls.tsx';
import { TargetSection } from './target-section.tsx';

interface IndicatorDetail {
  indicator: IndicatorDto;
  children: IndicatorDto[];
  targets: TargetDto[];
  outcomes: OutcomeDto[];
  rounds: RoundOption[];
}

export function IndicatorPage() {
  const { indicatorId = '' } = useParams();
  const detail = useQuery({
    queryKey: ['indicator', indicatorId],
    queryFn: () => api.get<IndicatorDetail>(`/api/v1/goals/indicators/${indicatorId}`),
  });
  const goalId = detail.data?.indicator.goalId;
  const siblings = useQuery({
    queryKey: ['goal-indicators', goalId],
    queryFn: () => api.get<IndicatorDto[]>(`/api/v1/goals/goals/${goalId}/indicators`),
    enabled: goalId !== undefined,
  });
  const update = useSave(
    (payload: Record<string, unknown>) =>
      api.put<IndicatorDto>(`/api/v1/goals/indicators/${indicatorId}`, payload),
    {
      invalidate: [['indicator', indicatorId], ['goal-indicators'], ['goal-sheet'], ['history']],
    },
  );
  const retire = useSave(
    (retired: boolean) =>
      api.post(`/api/v1/goals/indicators/${indicatorId}/${retired ? 'retire' : 'reinstate'}`, {
        version: detail.data?.indicator.version,
      }),
    { invalidate: [['indicator', indicatorId], ['goal-indicators'], ['goal-sheet'], ['history']] },
  );
  if (detail.isError) {
    return <LoadError error={detail.error} />;
  }
  if (!detail.data) {
    return <Loading what="indikatorn" />;
  }
  const { indicator, targets, outcomes, rounds } = detail.data;
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
        <OutcomeSection indicator={indicator} outcomes={outcomes} rounds={rounds} />
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
          onSubmit={update.save}
        />
        <RetireControl
          noun="indikatorn"
          isRetired={indicator.retiredAt !== null}
          saving={retire.saving}
          error={retire.error}
          onToggle={retire.save}
        />
      </section>

      <HistorySection path={`/api/v1/goals/indicators/${indicator.id}/history`} />
    </>
  );
}
