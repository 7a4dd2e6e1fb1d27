/**
 * The forms of internal control: a risk analysis, a risk, a control, a result (with the action a deficient
 * result needs, and the unit above it may be escalated to) and an action's status. Each names its fields so that the server's Swedish refusals link to
 * them. Given a record, the first four change it instead – prefilled, saved with the version read, so that
 * a change made meanwhile by someone else is refused with their name rather than overwritten.
 */
import { type FormEvent, useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { fieldProps, RecordForm } from '#web/kit/record-form.tsx';
import { RichTextField } from '#web/kit/rich-text-field.tsx';
import { internalControlApi } from '../contract.ts';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  ANALYSIS_SOURCE_LABELS,
  ANALYSIS_SOURCES,
  type AnalysisSource,
  CONTROL_FREQUENCIES,
  FREQUENCY_LABELS,
  RISK_RESPONSE_LABELS,
  RISK_RESPONSES,
} from '../domain/index.ts';

export type Overview = OperationResult<typeof internalControlApi.overview>;
type Analysis = Overview['analyses'][number];
type Risk = Analysis['risks'][number];
type Control = Overview['controls'][number];
type Result = Control['results'][number];
type Action = Result['actions'][number];

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

export function AnalysisForm({
  overview,
  analysis,
  onDone,
}: {
  overview: Overview;
  /** The analysis to change; without it, a new one. */
  analysis?: Analysis;
  onDone?: () => void;
}) {
  const [date, setDate] = useState(analysis?.date ?? '');
  const [participants, setParticipants] = useState(analysis?.participants ?? '');
  // A saved analysis is listed above; the form is emptied of what names it, so a second click adds no copy.
  const create = useApiMutation(internalControlApi.createAnalysis, {
    onSaved: () => {
      setDate('');
      setParticipants('');
    },
  });
  const update = useApiMutation(internalControlApi.updateAnalysis, { onSaved: onDone });
  const { error, saving, saved } = analysis ? update : create;
  const [considered, setConsidered] = useState<AnalysisSource[]>(analysis ? [...analysis.considered] : []);
  const [other, setOther] = useState(analysis?.consideredOther ?? '');
  const prefix = analysis ? `analysis-${analysis.id}` : 'analysis';
  const ids = {
    date: `${prefix}-date`,
    participants: `${prefix}-participants`,
    considered: `${prefix}-goals`,
    consideredOther: `${prefix}-other`,
  };
  const field = fieldProps(error, ids);
  const submit = () => {
    const fields = { date, participants, considered, consideredOther: other };
    if (analysis) {
      update.save({ params: { id: analysis.id }, body: { ...fields, version: analysis.version } });
    } else {
      create.save({
        body: { orgUnitId: overview.orgUnit.code, year: overview.year, ...fields, source: null },
      });
    }
  };
  return (
    <RecordForm
      titleId={`${prefix}-form-title`}
      title={analysis ? 'Ändra riskanalysen' : 'Ny riskanalys'}
      error={error}
      fieldIds={ids}
      saved={saved}
      savedText="Riskanalysen är sparad."
      saving={saving}
      submitLabel="Spara riskanalysen"
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField
        {...field('date')}
        label="Datum"
        type="date"
        width="medium"
        value={date}
        onChange={setDate}
      />
      <TextArea
        {...field('participants')}
        label="Deltagare"
        rows={2}
        value={participants}
        onChange={setParticipants}
      />
      <fieldset className="field">
        <legend>Underlag som beaktats</legend>
        {ANALYSIS_SOURCES.map((source) => (
          <CheckboxField
            key={source}
            id={`${prefix}-${source}`}
            label={ANALYSIS_SOURCE_LABELS[source]}
            checked={considered.includes(source)}
            onChange={(checked) =>
              setConsidered((now) => (checked ? [...now, source] : now.filter((item) => item !== source)))
            }
          />
        ))}
      </fieldset>
      <TextField
        {...field('consideredOther')}
        label="Annat underlag (valfritt)"
        value={other}
        onChange={setOther}
      />
    </RecordForm>
  );
}

export function RiskForm({
  overview,
  analysisId,
  risk,
  onDone,
}: {
  overview: Overview;
  analysisId: string;
  /** The risk to change; without it, a new one in the analysis. */
  risk?: Risk;
  onDone?: () => void;
}) {
  const { probabilityMax, consequenceMax } = overview.settings;
  const [process, setProcess] = useState(risk?.process ?? '');
  const [description, setDescription] = useState(risk?.description ?? '');
  const create = useApiMutation(internalControlApi.createRisk, {
    onSaved: () => {
      setProcess('');
      setDescription('');
    },
  });
  const update = useApiMutation(internalControlApi.updateRisk, { onSaved: onDone });
  const { error, saving, saved } = risk ? update : create;
  const [probability, setProbability] = useState(String(risk?.probability ?? 1));
  const [consequence, setConsequence] = useState(String(risk?.consequence ?? 1));
  const [response, setResponse] = useState<string>(risk?.response ?? 'control');
  const [escalatedTo, setEscalatedTo] = useState(
    risk?.escalatedTo?.code ?? overview.escalationTargets[0]?.code ?? '',
  );
  const prefix = risk ? `risk-edit-${risk.id}` : `risk-${analysisId}`;
  const ids = {
    process: `${prefix}-process`,
    description: `${prefix}-description`,
    probability: `${prefix}-probability`,
    consequence: `${prefix}-consequence`,
    response: `${prefix}-response`,
    escalatedToUnitId: `${prefix}-escalated`,
  };
  const field = fieldProps(error, ids);
  const scale = (max: number) =>
    Array.from({ length: max }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));
  const submit = () => {
    const chosen = RISK_RESPONSES.find((item) => item === response) ?? 'control';
    const fields = {
      process,
      description,
      probability: Number(probability),
      consequence: Number(consequence),
      response: chosen,
      escalatedToUnitId: chosen === 'escalate' ? escalatedTo : null,
    };
    if (risk) {
      update.save({ params: { id: risk.id }, body: { ...fields, version: risk.version } });
    } else {
      create.save({ body: { analysisId, ...fields, source: null } });
    }
  };
  return (
    <RecordForm
      titleId={`${prefix}-title`}
      title={risk ? `Ändra risken ${risk.process}` : 'Ny risk'}
      level={4}
      error={error}
      fieldIds={ids}
      saved={saved}
      savedText="Risken är sparad."
      saving={saving}
      submitLabel="Spara risken"
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField {...field('process')} label="Process" value={process} onChange={setProcess} />
      <TextArea
        {...field('description')}
        label="Risk"
        rows={2}
        value={description}
        onChange={setDescription}
      />
      <div className="field-row">
        <SelectField
          {...field('probability')}
          label={`Sannolikhet (1–${probabilityMax})`}
          value={probability}
          onChange={setProbability}
          options={scale(probabilityMax)}
        />
        <SelectField
          {...field('consequence')}
          label={`Konsekvens (1–${consequenceMax})`}
          value={consequence}
          onChange={setConsequence}
          options={scale(consequenceMax)}
        />
        <SelectField
          {...field('response')}
          label="Hantering"
          value={response}
          onChange={setResponse}
          options={RISK_RESPONSES.map((value) => ({ value, label: RISK_RESPONSE_LABELS[value] }))}
        />
        {response === 'escalate' && (
          <SelectField
            {...field('escalatedToUnitId')}
            label="Eskaleras till"
            value={escalatedTo}
            onChange={setEscalatedTo}
            options={overview.escalationTargets.map((unit) => ({ value: unit.code, label: unit.name }))}
          />
        )}
      </div>
    </RecordForm>
  );
}

export function ControlForm({
  overview,
  control,
  onDone,
}: {
  overview: Overview;
  /** The control to change; without it, a new one in the plan. */
  control?: Control;
  onDone?: () => void;
}) {
  const [title, setTitle] = useState(control?.title ?? '');
  const [checked, setChecked] = useState(control?.checked ?? '');
  const create = useApiMutation(internalControlApi.createControl, {
    onSaved: () => {
      setTitle('');
      setChecked('');
    },
  });
  const update = useApiMutation(internalControlApi.updateControl, { onSaved: onDone });
  const { error, saving, saved } = control ? update : create;
  const [method, setMethod] = useState(control?.method ?? '');
  const [sample, setSample] = useState(control?.sample ?? '');
  const [frequency, setFrequency] = useState<string>(control?.frequency ?? '');
  const [responsible, setResponsible] = useState(control?.responsible ?? '');
  const [riskId, setRiskId] = useState(control?.riskId ?? '');
  const [common, setCommon] = useState(control?.common ?? false);
  const [carryForward, setCarryForward] = useState(control?.carryForward ?? false);
  const prefix = control ? `control-${control.id}` : 'control';
  const ids = {
    title: `${prefix}-title`,
    checked: `${prefix}-checked`,
    method: `${prefix}-method`,
    sample: `${prefix}-sample`,
    frequency: `${prefix}-frequency`,
    responsible: `${prefix}-responsible`,
    riskId: `${prefix}-risk`,
    common: `${prefix}-common`,
  };
  const field = fieldProps(error, ids);
  const risks = overview.analyses.flatMap((analysis) => analysis.risks);
  const submit = () => {
    const fields = {
      title,
      checked,
      method,
      sample,
      frequency: CONTROL_FREQUENCIES.find((value) => value === frequency) ?? null,
      responsible,
      riskId: riskId === '' ? null : riskId,
      common,
      carryForward,
    };
    if (control) {
      update.save({ params: { id: control.id }, body: { ...fields, version: control.version } });
    } else {
      create.save({
        body: {
          orgUnitId: overview.orgUnit.code,
          year: overview.year,
          ...fields,
          reportingRoundIds: [],
          source: null,
        },
      });
    }
  };
  return (
    <RecordForm
      titleId={`${prefix}-form-title`}
      title={control ? `Ändra kontrollmomentet ${control.title}` : 'Nytt kontrollmoment'}
      error={error}
      fieldIds={ids}
      saved={saved}
      savedText="Kontrollmomentet är sparat."
      saving={saving}
      submitLabel="Spara kontrollmomentet"
      onSubmit={submit}
      onCancel={onDone}
    >
      <TextField {...field('title')} label="Kontrollmoment" value={title} onChange={setTitle} />
      <TextArea
        {...field('checked')}
        label="Vad kontrolleras (valfritt)"
        rows={2}
        value={checked}
        onChange={setChecked}
      />
      <div className="field-row">
        <TextField {...field('method')} label="Kontrollmetod (valfri)" value={method} onChange={setMethod} />
        <TextField {...field('sample')} label="Urval (valfritt)" value={sample} onChange={setSample} />
      </div>
      <div className="field-row">
        <SelectField
          {...field('frequency')}
          label="Frekvens"
          value={frequency}
          onChange={setFrequency}
          options={[
            { value: '', label: 'Ej angiven' },
            ...CONTROL_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] })),
          ]}
        />
        <TextField
          {...field('responsible')}
          label="Ansvarig (valfri)"
          value={responsible}
          onChange={setResponsible}
        />
        <SelectField
          {...field('riskId')}
          label="Risk"
          value={riskId}
          onChange={setRiskId}
          options={[
            { value: '', label: 'Ingen' },
            ...risks.map((risk) => ({ value: risk.id, label: risk.process })),
          ]}
        />
      </div>
      {overview.may.setCommon && (
        <CheckboxField
          id={ids.common}
          label="Gemensamt kontrollmoment för alla enheter under"
          checked={common}
          onChange={setCommon}
        />
      )}
      <CheckboxField
        id={`${prefix}-carry`}
        label="Får kvarstå till nästa år"
        checked={carryForward}
        onChange={setCarryForward}
      />
      {!control && <p className="hint">Rapporteras vid varje uppföljning under året.</p>}
    </RecordForm>
  );
}

const textOf = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function ResultForm({
  overview,
  control,
  roundId,
  result: current,
  onDone,
}: {
  overview: Overview;
  control: Control;
  roundId: string;
  /** The result to change (its actions keep their own status forms); without it, a new one. */
  result?: Result;
  onDone?: () => void;
}) {
  const create = useApiMutation(internalControlApi.createResult);
  const update = useApiMutation(internalControlApi.updateResult, { onSaved: onDone });
  const { error, saving, saved } = current ? update : create;
  const levels = overview.settings.results;
  const [result, setResult] = useState(current?.result ?? levels[0]?.key ?? '');
  const [findings, setFindings] = useState(current?.findings ?? '');
  const [sampleSize, setSampleSize] = useState(textOf(current?.sampleSize));
  const [deviations, setDeviations] = useState(textOf(current?.deviations));
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const [escalatedTo, setEscalatedTo] = useState(current?.escalatedTo?.code ?? '');
  const prefix = `result-${control.id}${current ? '-edit' : ''}`;
  const ids = {
    result: `${prefix}-level`,
    findings: `${prefix}-findings`,
    sampleSize: `${prefix}-sample`,
    deviations: `${prefix}-deviations`,
    escalatedToUnitId: `${prefix}-escalated`,
    actions: `${prefix}-what`,
  };
  const field = fieldProps(error, ids);
  const needsAction = levels.find((level) => level.key === result)?.needsAction ?? false;
  const submit = () => {
    const fields = {
      result,
      findings,
      sampleSize: numberOrNull(sampleSize),
      deviations: numberOrNull(deviations),
      escalatedToUnitId: escalatedTo === '' ? null : escalatedTo,
    };
    if (current) {
      update.save({ params: { id: current.id }, body: { ...fields, version: current.version } });
      return;
    }
    const anyAction = what.trim() !== '' || owner.trim() !== '' || deadline !== '';
    create.save({
      body: {
        controlId: control.id,
        reportingRoundId: roundId,
        orgUnitId: overview.orgUnit.code,
        ...fields,
        actions: anyAction ? [{ what, owner, deadline, status: 'open', closedDate: null, source: null }] : [],
        source: null,
      },
    });
  };
  return (
    <RecordForm
      titleId={`${prefix}-title`}
      title={`${current ? 'Ändra resultatet' : 'Resultat'} för ${control.title}`}
      level={4}
      error={error}
      fieldIds={ids}
      saved={saved && current !== undefined}
      savedText="Resultatet är sparat."
      saving={saving}
      submitLabel="Spara resultatet"
      onSubmit={submit}
      onCancel={onDone}
    >
      <SelectField
        {...field('result')}
        label="Resultat"
        value={result}
        onChange={setResult}
        options={levels.map((level) => ({
          value: level.key,
          label: level.needsAction ? `${level.label} (kräver åtgärd)` : level.label,
        }))}
      />
      <RichTextField
        {...field('findings')}
        label="Iakttagelser"
        value={findings}
        onChange={setFindings}
        rows={3}
      />
      <div className="field-row">
        <TextField
          {...field('sampleSize')}
          label="Antal kontrollerade (valfritt)"
          inputMode="numeric"
          width="short"
          value={sampleSize}
          onChange={setSampleSize}
        />
        <TextField
          {...field('deviations')}
          label="Avvikelser (valfritt)"
          inputMode="numeric"
          width="short"
          value={deviations}
          onChange={setDeviations}
        />
      </div>
      {overview.escalationTargets.length > 0 && (
        <SelectField
          {...field('escalatedToUnitId')}
          label="Eskaleras till (valfritt)"
          value={escalatedTo}
          onChange={setEscalatedTo}
          options={[
            { value: '', label: 'Eskaleras inte' },
            ...overview.escalationTargets.map((unit) => ({ value: unit.code, label: unit.name })),
          ]}
        />
      )}
      {!current && (
        <fieldset className="field">
          <legend>Åtgärd{needsAction ? ' (krävs för resultatet)' : ' (valfri)'}</legend>
          <TextField {...field('actions')} label="Vad ska göras" value={what} onChange={setWhat} />
          <div className="field-row">
            <TextField
              id={`${prefix}-owner`}
              label="Ansvarig för åtgärden"
              value={owner}
              onChange={setOwner}
            />
            <TextField
              id={`${prefix}-deadline`}
              label="Senast"
              type="date"
              width="medium"
              value={deadline}
              onChange={setDeadline}
            />
          </div>
        </fieldset>
      )}
    </RecordForm>
  );
}

export function ActionStatusForm({ action }: { action: Action }) {
  const update = useApiMutation(internalControlApi.updateAction);
  const [status, setStatus] = useState<string>(action.status);
  const id = `action-${action.id}-status`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.save({
      params: { id: action.id },
      body: { status: ACTION_STATUSES.find((value) => value === status) ?? 'open', version: action.version },
    });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="inline-form action-status-form"
      aria-label={`Status för åtgärden ${action.what}`}
    >
      <ErrorSummary error={update.error} fieldIds={{ status: id }} />
      <SelectField
        id={id}
        label="Status"
        value={status}
        onChange={setStatus}
        options={ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }))}
      />
      <button type="submit" className="button button-secondary" disabled={update.saving}>
        {update.saving ? 'Sparar …' : 'Spara status'}
      </button>
    </form>
  );
}
