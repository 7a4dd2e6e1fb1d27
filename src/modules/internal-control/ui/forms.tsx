/**
 * The forms of internal control: a risk analysis, a risk, a control, a result (with the action a deficient
 * result needs) and an action's status. Each names its fields so that the server's Swedish refusals link to
 * them.
 */
import { type FormEvent, useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { Notice } from '#web/kit/page.tsx';
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
type Control = Overview['controls'][number];
type Action = Control['results'][number]['actions'][number];

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

export function AnalysisForm({ overview }: { overview: Overview }) {
  const [date, setDate] = useState('');
  const [participants, setParticipants] = useState('');
  // A saved analysis is listed above; the form is emptied of what names it, so a second click adds no copy.
  const create = useApiMutation(internalControlApi.createAnalysis, {
    onSaved: () => {
      setDate('');
      setParticipants('');
    },
  });
  const [considered, setConsidered] = useState<AnalysisSource[]>([]);
  const [other, setOther] = useState('');
  const ids = {
    date: 'analysis-date',
    participants: 'analysis-participants',
    considered: 'analysis-goals',
    consideredOther: 'analysis-other',
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.save({
      body: {
        orgUnitId: overview.orgUnit.code,
        year: overview.year,
        date,
        participants,
        considered,
        consideredOther: other,
        source: null,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby="analysis-form-title">
      <h3 id="analysis-form-title">Ny riskanalys</h3>
      <ErrorSummary error={create.error} fieldIds={ids} />
      {create.saved && !create.error && <Notice kind="success">Riskanalysen är sparad.</Notice>}
      <TextField
        id={ids.date}
        label="Datum"
        type="date"
        width="medium"
        value={date}
        onChange={setDate}
        error={fieldError(create.error, 'date')}
      />
      <TextArea
        id={ids.participants}
        label="Deltagare"
        rows={2}
        value={participants}
        onChange={setParticipants}
        error={fieldError(create.error, 'participants')}
      />
      <fieldset className="field">
        <legend>Underlag som beaktats</legend>
        {ANALYSIS_SOURCES.map((source) => (
          <CheckboxField
            key={source}
            id={`analysis-${source}`}
            label={ANALYSIS_SOURCE_LABELS[source]}
            checked={considered.includes(source)}
            onChange={(checked) =>
              setConsidered((now) => (checked ? [...now, source] : now.filter((item) => item !== source)))
            }
          />
        ))}
      </fieldset>
      <TextField
        id={ids.consideredOther}
        label="Annat underlag (valfritt)"
        value={other}
        onChange={setOther}
        error={fieldError(create.error, 'consideredOther')}
      />
      <button type="submit" className="button" disabled={create.saving}>
        {create.saving ? 'Sparar …' : 'Spara riskanalysen'}
      </button>
    </form>
  );
}

export function RiskForm({ overview, analysisId }: { overview: Overview; analysisId: string }) {
  const { probabilityMax, consequenceMax } = overview.settings;
  const [process, setProcess] = useState('');
  const [description, setDescription] = useState('');
  const create = useApiMutation(internalControlApi.createRisk, {
    onSaved: () => {
      setProcess('');
      setDescription('');
    },
  });
  const [probability, setProbability] = useState('1');
  const [consequence, setConsequence] = useState('1');
  const [response, setResponse] = useState<string>('control');
  const [escalatedTo, setEscalatedTo] = useState(overview.escalationTargets[0]?.code ?? '');
  const prefix = `risk-${analysisId}`;
  const ids = {
    process: `${prefix}-process`,
    description: `${prefix}-description`,
    probability: `${prefix}-probability`,
    consequence: `${prefix}-consequence`,
    response: `${prefix}-response`,
    escalatedToUnitId: `${prefix}-escalated`,
  };
  const scale = (max: number) =>
    Array.from({ length: max }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = RISK_RESPONSES.find((item) => item === response) ?? 'control';
    create.save({
      body: {
        analysisId,
        process,
        description,
        probability: Number(probability),
        consequence: Number(consequence),
        response: chosen,
        escalatedToUnitId: chosen === 'escalate' ? escalatedTo : null,
        source: null,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>Ny risk</h4>
      <ErrorSummary error={create.error} fieldIds={ids} />
      {create.saved && !create.error && <Notice kind="success">Risken är sparad.</Notice>}
      <TextField
        id={ids.process}
        label="Process"
        value={process}
        onChange={setProcess}
        error={fieldError(create.error, 'process')}
      />
      <TextArea
        id={ids.description}
        label="Risk"
        rows={2}
        value={description}
        onChange={setDescription}
        error={fieldError(create.error, 'description')}
      />
      <div className="field-row">
        <SelectField
          id={ids.probability}
          label={`Sannolikhet (1–${probabilityMax})`}
          value={probability}
          onChange={setProbability}
          options={scale(probabilityMax)}
          error={fieldError(create.error, 'probability')}
        />
        <SelectField
          id={ids.consequence}
          label={`Konsekvens (1–${consequenceMax})`}
          value={consequence}
          onChange={setConsequence}
          options={scale(consequenceMax)}
          error={fieldError(create.error, 'consequence')}
        />
        <SelectField
          id={ids.response}
          label="Hantering"
          value={response}
          onChange={setResponse}
          options={RISK_RESPONSES.map((value) => ({ value, label: RISK_RESPONSE_LABELS[value] }))}
          error={fieldError(create.error, 'response')}
        />
        {response === 'escalate' && (
          <SelectField
            id={ids.escalatedToUnitId}
            label="Eskaleras till"
            value={escalatedTo}
            onChange={setEscalatedTo}
            options={overview.escalationTargets.map((unit) => ({ value: unit.code, label: unit.name }))}
            error={fieldError(create.error, 'escalatedToUnitId')}
          />
        )}
      </div>
      <button type="submit" className="button" disabled={create.saving}>
        {create.saving ? 'Sparar …' : 'Spara risken'}
      </button>
    </form>
  );
}

export function ControlForm({ overview }: { overview: Overview }) {
  const [title, setTitle] = useState('');
  const [checked, setChecked] = useState('');
  const create = useApiMutation(internalControlApi.createControl, {
    onSaved: () => {
      setTitle('');
      setChecked('');
    },
  });
  const [method, setMethod] = useState('');
  const [sample, setSample] = useState('');
  const [frequency, setFrequency] = useState('');
  const [responsible, setResponsible] = useState('');
  const [riskId, setRiskId] = useState('');
  const [common, setCommon] = useState(false);
  const [carryForward, setCarryForward] = useState(false);
  const ids = {
    title: 'control-title',
    checked: 'control-checked',
    method: 'control-method',
    sample: 'control-sample',
    frequency: 'control-frequency',
    responsible: 'control-responsible',
    riskId: 'control-risk',
    common: 'control-common',
  };
  const risks = overview.analyses.flatMap((analysis) => analysis.risks);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.save({
      body: {
        orgUnitId: overview.orgUnit.code,
        year: overview.year,
        title,
        checked,
        method,
        sample,
        frequency: CONTROL_FREQUENCIES.find((value) => value === frequency) ?? null,
        responsible,
        reportingRoundIds: [],
        riskId: riskId === '' ? null : riskId,
        common,
        carryForward,
        source: null,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby="control-form-title">
      <h3 id="control-form-title">Nytt kontrollmoment</h3>
      <ErrorSummary error={create.error} fieldIds={ids} />
      {create.saved && !create.error && <Notice kind="success">Kontrollmomentet är sparat.</Notice>}
      <TextField
        id={ids.title}
        label="Kontrollmoment"
        value={title}
        onChange={setTitle}
        error={fieldError(create.error, 'title')}
      />
      <TextArea
        id={ids.checked}
        label="Vad kontrolleras (valfritt)"
        rows={2}
        value={checked}
        onChange={setChecked}
        error={fieldError(create.error, 'checked')}
      />
      <div className="field-row">
        <TextField
          id={ids.method}
          label="Kontrollmetod (valfri)"
          value={method}
          onChange={setMethod}
          error={fieldError(create.error, 'method')}
        />
        <TextField
          id={ids.sample}
          label="Urval (valfritt)"
          value={sample}
          onChange={setSample}
          error={fieldError(create.error, 'sample')}
        />
      </div>
      <div className="field-row">
        <SelectField
          id={ids.frequency}
          label="Frekvens"
          value={frequency}
          onChange={setFrequency}
          options={[
            { value: '', label: 'Ej angiven' },
            ...CONTROL_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] })),
          ]}
          error={fieldError(create.error, 'frequency')}
        />
        <TextField
          id={ids.responsible}
          label="Ansvarig (valfri)"
          value={responsible}
          onChange={setResponsible}
          error={fieldError(create.error, 'responsible')}
        />
        <SelectField
          id={ids.riskId}
          label="Risk"
          value={riskId}
          onChange={setRiskId}
          options={[
            { value: '', label: 'Ingen' },
            ...risks.map((risk) => ({ value: risk.id, label: risk.process })),
          ]}
          error={fieldError(create.error, 'riskId')}
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
        id="control-carry"
        label="Får kvarstå till nästa år"
        checked={carryForward}
        onChange={setCarryForward}
      />
      <p className="hint">Rapporteras vid varje uppföljning under året.</p>
      <button type="submit" className="button" disabled={create.saving}>
        {create.saving ? 'Sparar …' : 'Spara kontrollmomentet'}
      </button>
    </form>
  );
}

export function ResultForm({
  overview,
  control,
  roundId,
}: {
  overview: Overview;
  control: Control;
  roundId: string;
}) {
  const create = useApiMutation(internalControlApi.createResult);
  const levels = overview.settings.results;
  const [result, setResult] = useState(levels[0]?.key ?? '');
  const [findings, setFindings] = useState('');
  const [sampleSize, setSampleSize] = useState('');
  const [deviations, setDeviations] = useState('');
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [deadline, setDeadline] = useState('');
  const prefix = `result-${control.id}`;
  const ids = {
    result: `${prefix}-level`,
    findings: `${prefix}-findings`,
    sampleSize: `${prefix}-sample`,
    deviations: `${prefix}-deviations`,
    actions: `${prefix}-what`,
  };
  const needsAction = levels.find((level) => level.key === result)?.needsAction ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const anyAction = what.trim() !== '' || owner.trim() !== '' || deadline !== '';
    create.save({
      body: {
        controlId: control.id,
        reportingRoundId: roundId,
        orgUnitId: overview.orgUnit.code,
        result,
        findings,
        sampleSize: numberOrNull(sampleSize),
        deviations: numberOrNull(deviations),
        actions: anyAction ? [{ what, owner, deadline, status: 'open', closedDate: null, source: null }] : [],
        source: null,
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>Resultat för {control.title}</h4>
      <ErrorSummary error={create.error} fieldIds={ids} />
      <SelectField
        id={ids.result}
        label="Resultat"
        value={result}
        onChange={setResult}
        options={levels.map((level) => ({
          value: level.key,
          label: level.needsAction ? `${level.label} (kräver åtgärd)` : level.label,
        }))}
        error={fieldError(create.error, 'result')}
      />
      <RichTextField
        id={ids.findings}
        label="Iakttagelser"
        value={findings}
        onChange={setFindings}
        rows={3}
        error={fieldError(create.error, 'findings')}
      />
      <div className="field-row">
        <TextField
          id={ids.sampleSize}
          label="Antal kontrollerade (valfritt)"
          inputMode="numeric"
          width="short"
          value={sampleSize}
          onChange={setSampleSize}
          error={fieldError(create.error, 'sampleSize')}
        />
        <TextField
          id={ids.deviations}
          label="Avvikelser (valfritt)"
          inputMode="numeric"
          width="short"
          value={deviations}
          onChange={setDeviations}
          error={fieldError(create.error, 'deviations')}
        />
      </div>
      <fieldset className="field">
        <legend>Åtgärd{needsAction ? ' (krävs för resultatet)' : ' (valfri)'}</legend>
        <TextField
          id={ids.actions}
          label="Vad ska göras"
          value={what}
          onChange={setWhat}
          error={fieldError(create.error, 'actions')}
        />
        <div className="field-row">
          <TextField id={`${prefix}-owner`} label="Ansvarig för åtgärden" value={owner} onChange={setOwner} />
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
      <button type="submit" className="button" disabled={create.saving}>
        {create.saving ? 'Sparar …' : 'Spara resultatet'}
      </button>
    </form>
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
