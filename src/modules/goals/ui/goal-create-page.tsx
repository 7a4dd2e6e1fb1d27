/** Creating a goal for a unit, from the unit's page. */

import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '#web/api-client.ts';
import { PageTitle } from '#web/kit/page.tsx';
import { useSave } from '#web/use-save.ts';
import type { GoalDto } from '../contract.ts';
import { GoalForm, type GoalFormValues, goalPayload } from './goal-form.tsx';

export function GoalCreatePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const unit = params.get('enhet') ?? '';
  const year = params.get('ar') ?? String(new Date().getFullYear());
  const { save, saving, error } = useSave(
    (values: GoalFormValues) =>
      api.post<GoalDto>('/api/v1/goals/goals', { orgUnitId: unit, ...goalPayload(values) }),
    { invalidate: [['goal-sheet']], onSaved: (goal) => navigate(`/mal/${goal.id}?ar=${year}`) },
  );
  return (
    <>
      <p>
        <Link to={`/${year}/${encodeURIComponent(unit)}`}>Tillbaka till {unit}</Link>
      </p>
      <PageTitle title={`Nytt mål för ${unit}`}>Nytt mål för {unit}</PageTitle>
      <GoalForm
        initial={{ name: '', description: '', municipalGoalId: '', validFromYear: year, validToYear: '' }}
        submitLabel="Skapa mål"
        saving={saving}
        error={error}
        onSubmit={save}
      />
    </>
  );
}
