/**
 * A project's definition: its name and code, inside or outside the frame, a condition if it has one, its
 * years, the budget decided for it since the start (in the page's unit) and a footnote. The same form
 * creates one and changes one.
 */
import { type FormEvent, useState } from 'react';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf, optionalWholeNumber, wholeNumber } from '#web/kit/form-values.ts';
import { Notice } from '#web/kit/page.tsx';
import { investmentsApi, type ProjectDto } from '../contract.ts';
import { FRAME_PLACEMENT_LABELS, FRAME_PLACEMENTS } from '../domain/investment.ts';
import { type AmountUnit, toKronor, typedInUnit } from './amount-text.ts';

export function ProjectForm(props: {
  /** The unit a new project belongs to (its code). */
  org: string;
  year: number;
  unit: AmountUnit;
  project?: ProjectDto;
  onCreated?: (project: ProjectDto) => void;
}) {
  const { project, unit } = props;
  const prefix = project ? `project-${project.id}` : 'new-project';
  const [name, setName] = useState(project?.name ?? '');
  const [code, setCode] = useState(project?.code ?? '');
  const [placement, setPlacement] = useState<string>(project?.placement ?? 'inside');
  const [conditional, setConditional] = useState(project?.conditional ?? false);
  const [condition, setCondition] = useState(project?.condition ?? '');
  const [startYear, setStartYear] = useState(String(project?.startYear ?? props.year));
  const [completedYear, setCompletedYear] = useState(
    project?.completedYear ? String(project.completedYear) : '',
  );
  const [decided, setDecided] = useState(typedInUnit(project?.decidedBudget ?? null, unit));
  const [note, setNote] = useState(project?.note ?? '');
  const ids: Record<string, string> = {
    orgUnitId: `${prefix}-name`,
    name: `${prefix}-name`,
    code: `${prefix}-code`,
    placement: `${prefix}-placement`,
    condition: `${prefix}-condition`,
    startYear: `${prefix}-start`,
    completedYear: `${prefix}-completed`,
    decidedBudget: `${prefix}-decided`,
    note: `${prefix}-note`,
  };
  const create = useApiMutation(investmentsApi.createProject, {
    onSaved: (created) => {
      setName('');
      setCode('');
      setCondition('');
      setDecided('');
      setNote('');
      props.onCreated?.(created as ProjectDto);
    },
  });
  const update = useApiMutation(investmentsApi.updateProject);
  const { saving, error, saved } = project ? update : create;
  const fields = {
    name,
    code,
    placement: oneOf(FRAME_PLACEMENTS, placement, 'inside'),
    conditional,
    condition: conditional ? condition : null,
    startYear: wholeNumber(startYear),
    completedYear: optionalWholeNumber(completedYear),
    decidedBudget: decided.trim() === '' ? null : toKronor(decided, unit),
    note,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (project) {
      update.save({ params: { id: project.id }, body: { ...fields, version: project.version } });
    } else {
      create.save({ body: { ...fields, orgUnitId: props.org } });
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{project ? 'Projektets uppgifter' : 'Nytt investeringsprojekt'}</h3>
      <ErrorSummary error={error} fieldIds={ids} />
      {project && saved && !error && <Notice kind="success">Projektet är sparat.</Notice>}
      <div className="field-row">
        <TextField
          id={ids.name as string}
          label="Namn"
          hint="Som det skrivs i tabellen, t.ex. ”LKDATA – IT-utrustning”."
          value={name}
          onChange={setName}
          error={fieldError(error, 'name')}
        />
        <TextField
          id={ids.code as string}
          label="Projektkod (valfri)"
          width="medium"
          value={code}
          onChange={setCode}
          error={fieldError(error, 'code')}
        />
      </div>
      <div className="field-row">
        <SelectField
          id={ids.placement as string}
          label="Investeringsram"
          value={placement}
          onChange={setPlacement}
          options={FRAME_PLACEMENTS.map((value) => ({ value, label: FRAME_PLACEMENT_LABELS[value] }))}
          error={fieldError(error, 'placement')}
        />
        <TextField
          id={ids.startYear as string}
          label="Startår"
          width="short"
          inputMode="numeric"
          value={startYear}
          onChange={setStartYear}
          error={fieldError(error, 'startYear')}
        />
        <TextField
          id={ids.completedYear as string}
          label="Färdigställt år (valfritt)"
          width="short"
          inputMode="numeric"
          value={completedYear}
          onChange={setCompletedYear}
          error={fieldError(error, 'completedYear')}
        />
        <TextField
          id={ids.decidedBudget as string}
          label={`Beslutad budget sedan start, netto (${unit}, valfri)`}
          width="medium"
          inputMode="decimal"
          value={decided}
          onChange={setDecided}
          error={fieldError(error, 'decidedBudget')}
        />
      </div>
      <CheckboxField
        id={`${prefix}-conditional`}
        label="Villkorad investering"
        hint="Beslutas bara om ett villkor uppfylls; villkoret skrivs som fotnot och projektet räknas varken inom eller utom ram."
        checked={conditional}
        onChange={setConditional}
      />
      {conditional && (
        <TextArea
          id={ids.condition as string}
          label="Villkor"
          rows={2}
          value={condition}
          onChange={setCondition}
          error={fieldError(error, 'condition')}
        />
      )}
      <TextArea
        id={ids.note as string}
        label="Fotnot (valfri)"
        rows={2}
        value={note}
        onChange={setNote}
        error={fieldError(error, 'note')}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : project ? 'Spara projektet' : 'Skapa projektet'}
      </button>
    </form>
  );
}
