/** Creating a goal for a unit, from the unit's page. */

import { Link, useNavigate, useSearchParams } from 'react-router';
import { useOrgUnit } from '#modules/organisation/ui/index.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { PageTitle } from '#web/kit/page.tsx';
import { goalsApi } from '../contract.ts';
import { GoalForm, type GoalFormValues, goalPayload } from './goal-form.tsx';

export function GoalCreatePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const unit = params.get('enhet') ?? '';
  const year = params.get('ar') ?? String(new Date().getFullYear());
  // The unit by its name, as everywhere else; its code only until the name has come.
  const name = useOrgUnit(unit || undefined).data?.name ?? unit;
  const { save, saving, error } = useApiMutation(goalsApi.createGoal, {
    onSaved: (goal) => void navigate(`/mal/${goal.id}?ar=${year}`),
  });
  const submit = (values: GoalFormValues) => save({ body: { orgUnitId: unit, ...goalPayload(values) } });
  return (
    <>
      <p>
        <Link to={`/${year}/${encodeURIComponent(unit)}`}>Tillbaka till {name}</Link>
      </p>
      <PageTitle title={`Nytt mål för ${name}`}>Nytt mål för {name}</PageTitle>
      <GoalForm
        initial={{ name: '', description: '', municipalGoalId: '', validFromYear: year, validToYear: '' }}
        submitLabel="Skapa mål"
        saving={saving}
        error={error}
        onSubmit={submit}
      />
    </>
  );
}
