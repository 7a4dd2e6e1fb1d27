/**
 * Uppdrag: the council's strategic assignments (strategiska utvecklingsuppdrag) a unit received in a year,
 * laid out as the documents print them – the assignment, its status in the chosen round (in words and an
 * icon) and the comment – with the summary sentence above. A unit's reporters report a status with a
 * comment and say how the unit takes care of an assignment; the municipality's governors give new ones.
 *
 * What is shown lives in the address (?enhet=VSS&ar=2019&tillfalle=…), so a view can be linked.
 */
import { type FormEvent, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '#core/format.ts';
import { goalsApi } from '#modules/goals/contract.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useRounds } from '#modules/planning/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { HistoryDetails } from '#web/kit/history.tsx';
import { LoadError, Loading, Notice, PageTitle } from '#web/kit/page.tsx';
import { ConfirmDelete, fieldProps, RecordForm } from '#web/kit/record-form.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { assignmentsApi } from '../contract.ts';
import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUSES,
  STATUS_LABELS,
} from '../domain/assignment.ts';
import {
  type Assignment,
  type AssignmentList,
  AssignmentText,
  type Recipient,
  StatusBadge,
  useRecipientStatusSave,
} from './parts.tsx';

type Round = NonNullable<AssignmentList['round']>;

interface View {
  readonly org: string;
  readonly year: number;
  readonly round: string | null;
}

function viewSearch(view: View): string {
  const params = new URLSearchParams({ enhet: view.org, ar: String(view.year) });
  if (view.round) {
    params.set('tillfalle', view.round);
  }
  return `?${params.toString()}`;
}

function StatusForm({ recipient, round }: { recipient: Recipient; round: Round }) {
  const { current, saving, error, saved, submit: save } = useRecipientStatusSave(recipient, round.id);
  const prefix = `status-${recipient.id}`;
  const [status, setStatus] = useState<string>(current?.status ?? 'inProgress');
  const [comment, setComment] = useState(current?.comment ?? '');
  const ids = {
    status: `${prefix}-status`,
    comment: `${prefix}-comment`,
    reportingRoundId: `${prefix}-status`,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(oneOf(ASSIGNMENT_STATUSES, status, 'inProgress'), comment);
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>Status i {round.name}</h4>
      <ErrorSummary error={error} fieldIds={ids} />
      {saved && !error && <Notice kind="success">Statusen är sparad.</Notice>}
      <SelectField
        id={ids.status}
        label="Status"
        value={status}
        onChange={setStatus}
        options={ASSIGNMENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))}
        error={fieldError(error, 'status')}
      />
      <TextArea
        id={ids.comment}
        label="Kommentar"
        rows={3}
        value={comment}
        onChange={setComment}
        error={fieldError(error, 'comment')}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : 'Spara statusen'}
      </button>
    </form>
  );
}

function ResponseForm({ recipient }: { recipient: Recipient }) {
  const prefix = `response-${recipient.id}`;
  const areas = useApiQuery(goalsApi.listGoalAreas, {});
  const [response, setResponse] = useState(recipient.response ?? '');
  const [area, setArea] = useState(recipient.goalAreaId ?? '');
  const save = useApiMutation(assignmentsApi.setResponse);
  const ids = { response: `${prefix}-text`, goalAreaId: `${prefix}-area` };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.save({
      params: { id: recipient.id },
      body: { response, goalAreaId: area === '' ? null : area, version: recipient.version },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`}>Hur uppdraget omhändertas</h4>
      <ErrorSummary error={save.error} fieldIds={ids} />
      {save.saved && !save.error && <Notice kind="success">Svaret är sparat.</Notice>}
      <TextArea
        id={ids.response}
        label="Så omhändertas uppdraget"
        rows={3}
        value={response}
        onChange={setResponse}
        error={fieldError(save.error, 'response')}
      />
      <SelectField
        id={ids.goalAreaId}
        label="Målområde"
        value={area}
        onChange={setArea}
        options={[
          { value: '', label: 'Inget målområde' },
          ...(areas.data ?? []).map((candidate) => ({ value: candidate.id, label: candidate.name })),
        ]}
        error={fieldError(save.error, 'goalAreaId')}
      />
      <button type="submit" className="button button-secondary" disabled={save.saving}>
        {save.saving ? 'Sparar …' : 'Spara svaret'}
      </button>
    </form>
  );
}

/** Changing an assignment the municipality gave: its kind, number, text, decision and report-back. */
function EditAssignment({ assignment }: { assignment: Assignment }) {
  const prefix = `edit-${assignment.id}`;
  const [kind, setKind] = useState<string>(assignment.kind);
  const [number, setNumber] = useState(assignment.number ?? '');
  const [text, setText] = useState(assignment.text);
  const [decision, setDecision] = useState(assignment.decision ?? '');
  const [reportBackDate, setReportBackDate] = useState(assignment.reportBackDate ?? '');
  const [reportBack, setReportBack] = useState(assignment.reportBackText ?? '');
  const update = useApiMutation(assignmentsApi.updateAssignment);
  const remove = useApiMutation(assignmentsApi.deleteAssignment);
  const ids = {
    kind: `${prefix}-kind`,
    number: `${prefix}-number`,
    text: `${prefix}-text`,
    decision: `${prefix}-decision`,
    reportBackDate: `${prefix}-date`,
    reportBackText: `${prefix}-report-back`,
  };
  const field = fieldProps(update.error, ids);
  const what = `uppdraget ”${assignment.text.slice(0, 60)}${assignment.text.length > 60 ? '…' : ''}”`;
  return (
    <>
      <RecordForm
        titleId={`${prefix}-title`}
        title="Ändra uppdraget"
        level={4}
        error={update.error}
        fieldIds={ids}
        saved={update.saved}
        savedText="Uppdraget är sparat."
        saving={update.saving}
        submitLabel="Spara uppdraget"
        onSubmit={() =>
          update.save({
            params: { id: assignment.id },
            body: {
              kind: oneOf(ASSIGNMENT_KINDS, kind, assignment.kind),
              number: number.trim() === '' ? null : number,
              text,
              decision: decision.trim() === '' ? null : decision,
              reportBackDate: reportBackDate === '' ? null : reportBackDate,
              reportBackText: reportBack.trim() === '' ? null : reportBack,
              version: assignment.version,
            },
          })
        }
      >
        <div className="field-row">
          <SelectField
            {...field('kind')}
            label="Slag"
            value={kind}
            onChange={setKind}
            options={ASSIGNMENT_KINDS.map((value) => ({ value, label: ASSIGNMENT_KIND_LABELS[value] }))}
          />
          <TextField
            {...field('number')}
            label="Nummer (valfritt)"
            width="short"
            value={number}
            onChange={setNumber}
          />
        </div>
        <TextArea {...field('text')} label="Uppdraget" rows={3} value={text} onChange={setText} />
        <TextField {...field('decision')} label="Beslut (valfritt)" value={decision} onChange={setDecision} />
        <div className="field-row">
          <TextField
            {...field('reportBackDate')}
            label="Återrapporteras senast (valfritt)"
            type="date"
            width="medium"
            value={reportBackDate}
            onChange={setReportBackDate}
          />
          <TextField
            {...field('reportBackText')}
            label="Återrapportering i text (valfri)"
            value={reportBack}
            onChange={setReportBack}
          />
        </div>
      </RecordForm>
      <ConfirmDelete
        what={what}
        saving={remove.saving}
        error={remove.error}
        onConfirm={() =>
          remove.save({ params: { id: assignment.id }, query: { version: assignment.version } })
        }
      />
    </>
  );
}

function AssignmentTable(props: {
  kind: (typeof ASSIGNMENT_KINDS)[number];
  assignments: readonly Assignment[];
  unitId: string;
  round: Round | null;
  may: AssignmentList['may'];
  units?: readonly { id: string; code: string; name: string }[] | undefined;
}) {
  const { may } = props;
  const { round } = props;
  return (
    <table className="data-table wrapping">
      <caption>{ASSIGNMENT_KIND_LABELS[props.kind]} strategiska utvecklingsuppdrag</caption>
      <thead>
        <tr>
          <th scope="col">Uppdrag</th>
          <th scope="col">Status{round ? ` (${round.name})` : ''}</th>
          <th scope="col">Kommentar</th>
        </tr>
      </thead>
      <tbody>
        {props.assignments.map((assignment) => {
          const recipient = assignment.recipients.find((item) => item.orgUnitId === props.unitId);
          const status = round
            ? recipient?.statuses.find((item) => item.reportingRoundId === round.id)
            : undefined;
          return (
            <tr key={assignment.id}>
              <td>
                <AssignmentText assignment={assignment} recipient={recipient} />
                {(may.report || may.respond) && recipient && (
                  <details>
                    <summary>Rapportera</summary>
                    {round && may.report && <StatusForm recipient={recipient} round={round} />}
                    {round?.closed && <p>{round.name} är stängt: statusen kan inte längre ändras.</p>}
                    {may.respond && <ResponseForm recipient={recipient} />}
                  </details>
                )}
                {may.give && (
                  <details>
                    <summary>
                      Ändra
                      <span className="visually-hidden"> uppdraget ”{assignment.text.slice(0, 80)}”</span>
                    </summary>
                    <EditAssignment key={assignment.id} assignment={assignment} />
                  </details>
                )}
                <HistoryDetails
                  summary={
                    <>
                      Historik
                      <span className="visually-hidden"> för uppdraget ”{assignment.text.slice(0, 80)}”</span>
                    </>
                  }
                  operation={assignmentsApi.history}
                  input={{ params: { id: assignment.id } }}
                  units={props.units}
                />
              </td>
              <td>
                <StatusBadge status={status?.status ?? null} />
              </td>
              <td>{status?.comment ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function CreateAssignment({ org, year }: { org: string; year: number }) {
  const [kind, setKind] = useState<string>('common');
  const [number, setNumber] = useState('');
  const [text, setText] = useState('');
  const [decision, setDecision] = useState('');
  const [reportBackDate, setReportBackDate] = useState('');
  const [reportBack, setReportBack] = useState('');
  const [recipients, setRecipients] = useState(org);
  const create = useApiMutation(assignmentsApi.createAssignment, {
    onSaved: () => {
      setNumber('');
      setText('');
    },
  });
  const ids = {
    kind: 'new-assignment-kind',
    number: 'new-assignment-number',
    text: 'new-assignment-text',
    decision: 'new-assignment-decision',
    reportBackDate: 'new-assignment-date',
    reportBackText: 'new-assignment-report-back',
    recipients: 'new-assignment-recipients',
    year: 'new-assignment-text',
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.save({
      body: {
        year,
        kind: oneOf(ASSIGNMENT_KINDS, kind, 'common'),
        number,
        text,
        decision,
        reportBackDate: reportBackDate === '' ? null : reportBackDate,
        reportBackText: reportBack,
        source: null,
        recipients: recipients
          .split(/[,\s]+/)
          .map((code) => code.trim())
          .filter(Boolean),
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="new-assignment-title">
      <h2 id="new-assignment-title">Nytt uppdrag {year}</h2>
      <ErrorSummary error={create.error} fieldIds={ids} />
      {create.saved && !create.error && <Notice kind="success">Uppdraget är skapat.</Notice>}
      <div className="field-row">
        <SelectField
          id={ids.kind}
          label="Slag"
          value={kind}
          onChange={setKind}
          options={ASSIGNMENT_KINDS.map((value) => ({ value, label: ASSIGNMENT_KIND_LABELS[value] }))}
          error={fieldError(create.error, 'kind')}
        />
        <TextField
          id={ids.number}
          label="Nummer (valfritt)"
          hint="Som det skrivs i budgeten, t.ex. 2."
          width="short"
          value={number}
          onChange={setNumber}
          error={fieldError(create.error, 'number')}
        />
      </div>
      <TextArea
        id={ids.text}
        label="Uppdraget"
        rows={3}
        value={text}
        onChange={setText}
        error={fieldError(create.error, 'text')}
      />
      <TextField
        id={ids.recipients}
        label="Mottagare"
        hint="Nämndernas och förvaltningarnas koder, åtskilda med kommatecken, t.ex. KS, VSS."
        value={recipients}
        onChange={setRecipients}
        error={fieldError(create.error, 'recipients')}
      />
      <TextField
        id={ids.decision}
        label="Beslut (valfritt)"
        hint="T.ex. Budget 2023 med plan 2024–2025."
        value={decision}
        onChange={setDecision}
        error={fieldError(create.error, 'decision')}
      />
      <div className="field-row">
        <TextField
          id={ids.reportBackDate}
          label="Återrapporteras senast (valfritt)"
          type="date"
          width="medium"
          value={reportBackDate}
          onChange={setReportBackDate}
          error={fieldError(create.error, 'reportBackDate')}
        />
        <TextField
          id={ids.reportBackText}
          label="Återrapportering i text (valfri)"
          hint="T.ex. till kommunstyrelsen under 2023."
          value={reportBack}
          onChange={setReportBack}
          error={fieldError(create.error, 'reportBackText')}
        />
      </div>
      <button type="submit" className="button" disabled={create.saving}>
        {create.saving ? 'Sparar …' : 'Skapa uppdraget'}
      </button>
    </form>
  );
}

function Assignments({ view }: { view: View }) {
  const units = useOrgUnits();
  const list = useApiQuery(assignmentsApi.listAssignments, {
    query: { year: view.year, org: view.org, round: view.round ?? undefined },
  });
  if (list.isError) {
    return <LoadError error={list.error} />;
  }
  if (!list.data) {
    return <Loading what="uppdragen" />;
  }
  const { org, round, assignments, summary, may } = list.data;
  const kinds = ASSIGNMENT_KINDS.filter((kind) => assignments.some((item) => item.kind === kind));
  return (
    <section aria-labelledby="assignments-title">
      <h2 id="assignments-title">
        Strategiska utvecklingsuppdrag {view.year}
        {org ? ` – ${org.name}` : ''}
      </h2>
      {summary && <p className="lead">{summary.text}</p>}
      {assignments.length === 0 && <p>Enheten har inga strategiska utvecklingsuppdrag {view.year}.</p>}
      {org &&
        kinds.map((kind) => (
          <AssignmentTable
            key={kind}
            kind={kind}
            assignments={assignments.filter((item) => item.kind === kind)}
            unitId={org.id}
            round={round}
            may={may}
            units={units.data}
          />
        ))}
      {org && may.give && (
        <CreateAssignment key={`${org.code}-${view.year}`} org={org.code} year={view.year} />
      )}
    </section>
  );
}

export function AssignmentsPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const roundYears = useRoundYears();
  const rounds = useRounds(year);
  const org = shownUnitCode(units.data, params.get('enhet'));
  const followUps = (rounds.data ?? []).filter((round) => round.kind !== 'budget');
  const date = formatDate(new Date());
  const round =
    followUps.find((candidate) => candidate.id === params.get('tillfalle')) ??
    followUps.find((candidate) => !candidate.closed && candidate.deadline >= date) ??
    followUps.at(-1);
  const view: View = { org, year, round: round?.id ?? null };
  // The view last asked for: a second change made before the address has caught up with the first builds
  // on it rather than on what this render shows.
  const latest = useRef(view);
  latest.current = view;
  const go = (change: Partial<View>) => {
    latest.current = { ...latest.current, ...change };
    setParams(new URLSearchParams(viewSearch(latest.current)));
  };
  const years = [...new Set([...roundYears, year - 1, year, year + 1])].sort((a, b) => a - b);
  const sortedUnits = [...(units.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <>
      <PageTitle title="Uppdrag">Uppdrag</PageTitle>
      <p className="lead">
        Kommunfullmäktiges strategiska utvecklingsuppdrag till nämnder och förvaltningar: hur de omhändertas
        och hur långt de har kommit vid varje uppföljning.
      </p>
      <div className="field-row">
        <SelectField
          id="assignments-org"
          label="Enhet"
          value={org}
          onChange={(value) => go({ org: value })}
          options={sortedUnits.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
        />
        <SelectField
          id="assignments-year"
          label="År"
          value={String(year)}
          onChange={(value) => go({ year: Number(value), round: null })}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <SelectField
          id="assignments-round"
          label="Uppföljningstillfälle"
          value={round?.id ?? ''}
          onChange={(value) => go({ round: value })}
          options={followUps.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
      </div>
      {units.isError && <LoadError error={units.error} />}
      {org && units.data && <Assignments view={view} />}
    </>
  );
}

/** A link to the page for a unit's page: "Strategiska uppdrag". */
export function AssignmentsLink({ code, year }: { code: string; year: number }) {
  const search = new URLSearchParams({ enhet: code, ar: String(year) });
  return (
    <Link className="small-link" to={`/uppdrag?${search}`}>
      Strategiska uppdrag
    </Link>
  );
}
