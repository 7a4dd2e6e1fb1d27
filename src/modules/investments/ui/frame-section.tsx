/**
 * The unit's investment frame per year: as decided, with its decision; the changes to it – an increase
 * (utökad ram) or a rebudgeting (ombudgetering) from one year to another, each counted from a round – and
 * the adjusted frame, which the server computes. Frames and changes are added, changed and removed here.
 */
import { type FormEvent, useState } from 'react';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { ROUND_KIND_LABELS } from '#modules/planning/domain/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { oneOf, optionalWholeNumber, wholeNumber } from '#web/kit/form-values.ts';
import { HistoryDetails, type ValueLabels } from '#web/kit/history.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { ConfirmDelete } from '#web/kit/record-form.tsx';
import { type FrameChangeDto, type FrameDto, investmentsApi } from '../contract.ts';
import { FRAME_CHANGE_KIND_LABELS, FRAME_CHANGE_KINDS, ROUND_KINDS } from '../domain/investment.ts';
import { type AmountUnit, inUnit, toKronor, typedInUnit } from './amount-text.ts';

function FrameForm(props: {
  org: string;
  year: number;
  unit: AmountUnit;
  frame?: FrameDto;
  onDone: () => void;
}) {
  const { frame, unit } = props;
  const prefix = frame ? `frame-${frame.id}` : 'new-frame';
  const [year, setYear] = useState(String(frame?.year ?? props.year));
  const [amount, setAmount] = useState(typedInUnit(frame?.amount ?? null, unit));
  const [decision, setDecision] = useState(frame?.decision ?? '');
  const ids = {
    orgUnitId: `${prefix}-year`,
    year: `${prefix}-year`,
    amount: `${prefix}-amount`,
    decision: `${prefix}-decision`,
  };
  const create = useApiMutation(investmentsApi.createFrame, { onSaved: props.onDone });
  const update = useApiMutation(investmentsApi.updateFrame, { onSaved: props.onDone });
  const { saving, error } = frame ? update : create;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { amount: toKronor(amount, unit), decision };
    if (frame) {
      update.save({ params: { id: frame.id }, body: { ...fields, version: frame.version } });
    } else {
      create.save({ body: { ...fields, orgUnitId: props.org, year: wholeNumber(year) } });
    }
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="form inline-form"
      aria-label={frame ? `Ändra ramen ${frame.year}` : 'Ny investeringsram'}
    >
      <ErrorSummary error={error} fieldIds={ids} />
      <div className="field-row">
        {!frame && (
          <TextField
            id={ids.year}
            label="År"
            width="short"
            inputMode="numeric"
            value={year}
            onChange={setYear}
            error={fieldError(error, 'year')}
          />
        )}
        <TextField
          id={ids.amount}
          label={`Ram, netto (${unit})`}
          width="medium"
          inputMode="decimal"
          value={amount}
          onChange={setAmount}
          error={fieldError(error, 'amount')}
        />
        <TextField
          id={ids.decision}
          label="Beslut (valfritt)"
          hint="Som raden skrivs: ”beslut i KF den 28 september 2021”."
          value={decision}
          onChange={setDecision}
          error={fieldError(error, 'decision')}
        />
      </div>
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : frame ? 'Spara ramen' : 'Lägg till ramen'}
      </button>
      {frame && (
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          Avbryt
        </button>
      )}
    </form>
  );
}

function ChangeForm(props: {
  org: string;
  year: number;
  unit: AmountUnit;
  change?: FrameChangeDto;
  onDone: () => void;
}) {
  const { change, unit } = props;
  const prefix = change ? `change-${change.id}` : 'new-change';
  const [kind, setKind] = useState<string>(change?.kind ?? 'increase');
  const [year, setYear] = useState(String(change?.year ?? props.year));
  const [fromYear, setFromYear] = useState(change?.fromYear ? String(change.fromYear) : '');
  const [amount, setAmount] = useState(typedInUnit(change?.amount ?? null, unit));
  const [round, setRound] = useState<string>(change?.effectiveRound ?? 'budget');
  const [reason, setReason] = useState(change?.reason ?? '');
  const [decision, setDecision] = useState(change?.decision ?? '');
  const ids = {
    orgUnitId: `${prefix}-kind`,
    kind: `${prefix}-kind`,
    year: `${prefix}-year`,
    fromYear: `${prefix}-from`,
    amount: `${prefix}-amount`,
    effectiveRound: `${prefix}-round`,
    reason: `${prefix}-reason`,
    decision: `${prefix}-decision`,
  };
  const create = useApiMutation(investmentsApi.createFrameChange, { onSaved: props.onDone });
  const update = useApiMutation(investmentsApi.updateFrameChange, { onSaved: props.onDone });
  const { saving, error } = change ? update : create;
  const rebudget = kind === 'rebudget';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      kind: oneOf(FRAME_CHANGE_KINDS, kind, 'increase'),
      year: wholeNumber(year),
      fromYear: rebudget ? optionalWholeNumber(fromYear) : null,
      amount: toKronor(amount, unit),
      effectiveRound: oneOf(ROUND_KINDS, round, 'budget'),
      reason,
      decision,
    };
    if (change) {
      update.save({ params: { id: change.id }, body: { ...fields, version: change.version } });
    } else {
      create.save({ body: { ...fields, orgUnitId: props.org } });
    }
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="form inline-form"
      aria-label={change ? 'Ändra ramförändringen' : 'Ny ramförändring'}
    >
      <ErrorSummary error={error} fieldIds={ids} />
      <div className="field-row">
        <SelectField
          id={ids.kind}
          label="Förändring"
          value={kind}
          onChange={setKind}
          options={FRAME_CHANGE_KINDS.map((value) => ({ value, label: FRAME_CHANGE_KIND_LABELS[value] }))}
          error={fieldError(error, 'kind')}
        />
        {rebudget && (
          <TextField
            id={ids.fromYear}
            label="Från år"
            width="short"
            inputMode="numeric"
            value={fromYear}
            onChange={setFromYear}
            error={fieldError(error, 'fromYear')}
          />
        )}
        <TextField
          id={ids.year}
          label={rebudget ? 'Till år' : 'År'}
          width="short"
          inputMode="numeric"
          value={year}
          onChange={setYear}
          error={fieldError(error, 'year')}
        />
        <TextField
          id={ids.amount}
          label={`Belopp (${unit})`}
          width="medium"
          inputMode="decimal"
          value={amount}
          onChange={setAmount}
          error={fieldError(error, 'amount')}
        />
        <SelectField
          id={ids.effectiveRound}
          label="Räknas från"
          hint="Det första uppföljningstillfället som räknar med förändringen."
          value={round}
          onChange={setRound}
          options={ROUND_KINDS.map((value) => ({ value, label: ROUND_KIND_LABELS[value] }))}
          error={fieldError(error, 'effectiveRound')}
        />
      </div>
      <div className="field-row">
        <TextField
          id={ids.reason}
          label="Skäl"
          value={reason}
          onChange={setReason}
          error={fieldError(error, 'reason')}
        />
        <TextField
          id={ids.decision}
          label="Beslut (valfritt)"
          value={decision}
          onChange={setDecision}
          error={fieldError(error, 'decision')}
        />
      </div>
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : change ? 'Spara förändringen' : 'Lägg till förändringen'}
      </button>
      {change && (
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          Avbryt
        </button>
      )}
    </form>
  );
}

/** The words for a frame change's coded fields in its history. */
const CHANGE_HISTORY_LABELS: ValueLabels = {
  kind: FRAME_CHANGE_KIND_LABELS,
  effectiveRound: ROUND_KIND_LABELS,
};

function describeChange(change: FrameChangeDto, signed: string, unit: AmountUnit): string {
  const label = FRAME_CHANGE_KIND_LABELS[change.kind];
  const what = change.kind === 'rebudget' ? `${label} ${change.fromYear}→${change.year}` : label;
  return `${what}: ${inUnit(signed, unit)} ${unit} (${change.reason})`;
}

/** `mayChange`: whether the user may change the unit's frames; if not, they are only shown. */
export function FrameSection(props: { org: string; year: number; unit: AmountUnit; mayChange: boolean }) {
  const { org, unit, mayChange } = props;
  const years = useApiQuery(investmentsApi.listFrames, { query: { org } });
  const units = useOrgUnits();
  const [editing, setEditing] = useState<string | null>(null);
  const removeFrame = useApiMutation(investmentsApi.deleteFrame);
  const removeChange = useApiMutation(investmentsApi.deleteFrameChange);
  if (years.isError) {
    return <LoadError error={years.error} />;
  }
  if (!years.data) {
    return <Loading what="investeringsramarna" />;
  }
  const changes = [
    ...new Map(
      years.data.flatMap((year) => year.changes.map(({ change }) => [change.id, change] as const)),
    ).values(),
  ];
  const editedFrame = years.data.find((year) => year.frame?.id === editing)?.frame;
  const editedChange = changes.find((change) => change.id === editing);
  return (
    <>
      <ErrorSummary error={removeFrame.error ?? removeChange.error} />
      {years.data.length === 0 ? (
        <p>Enheten har ingen investeringsram ännu.</p>
      ) : (
        <table className="data-table">
          <caption>Investeringsramar, i {unit}</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col" className="num">
                Beslutad ram
              </th>
              <th scope="col">Beslut</th>
              <th scope="col">Förändringar</th>
              <th scope="col" className="num">
                Justerad ram
              </th>
              {mayChange && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärder</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {years.data.map(({ year, frame, changes: applied, adjusted }) => (
              <tr key={year}>
                <th scope="row">
                  {year}
                  {frame && (
                    <HistoryDetails
                      summary={
                        <>
                          Historik<span className="visually-hidden"> för investeringsramen {year}</span>
                        </>
                      }
                      operation={investmentsApi.history}
                      input={{ params: { kind: 'frames', id: frame.id } }}
                      units={units.data}
                    />
                  )}
                </th>
                <td className="num">{frame ? inUnit(frame.amount, unit) : ''}</td>
                <td>{frame?.decision ?? ''}</td>
                <td>
                  {applied.length > 0 && (
                    <ul className="plain-list">
                      {applied.map(({ change, amount }) => (
                        <li key={change.id}>{describeChange(change, amount, unit)}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="num">{adjusted === null ? '' : inUnit(adjusted, unit)}</td>
                {mayChange && (
                  <td className="actions">
                    {frame && (
                      <>
                        <button
                          type="button"
                          className="small-button"
                          onClick={() => setEditing(frame.id)}
                          aria-label={`Ändra ramen ${year}`}
                        >
                          Ändra
                        </button>
                        <ConfirmDelete
                          what={`ramen ${year}`}
                          saving={removeFrame.saving}
                          // The section's own summary above shows a refusal.
                          error={null}
                          onConfirm={() =>
                            removeFrame.save({ params: { id: frame.id }, query: { version: frame.version } })
                          }
                        />
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.length > 0 && (
        <ul className="plain-list">
          {changes.map((change) => (
            <li key={change.id}>
              {describeChange(change, change.amount, unit)} · räknas från{' '}
              {ROUND_KIND_LABELS[change.effectiveRound].toLowerCase()}
              {mayChange && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => setEditing(change.id)}
                    aria-label={`Ändra ${FRAME_CHANGE_KIND_LABELS[change.kind].toLowerCase()} ${change.year}`}
                  >
                    Ändra
                  </button>
                  <ConfirmDelete
                    what={`${FRAME_CHANGE_KIND_LABELS[change.kind].toLowerCase()} ${change.year}`}
                    saving={removeChange.saving}
                    // The section's own summary above shows a refusal.
                    error={null}
                    onConfirm={() =>
                      removeChange.save({ params: { id: change.id }, query: { version: change.version } })
                    }
                  />
                </>
              )}
              <HistoryDetails
                summary={
                  <>
                    Historik
                    <span className="visually-hidden">
                      {' '}
                      för {FRAME_CHANGE_KIND_LABELS[change.kind].toLowerCase()} {change.year}: {change.reason}
                    </span>
                  </>
                }
                operation={investmentsApi.history}
                input={{ params: { kind: 'frame-changes', id: change.id } }}
                units={units.data}
                valueLabels={CHANGE_HISTORY_LABELS}
              />
            </li>
          ))}
        </ul>
      )}
      {mayChange && editedFrame && (
        <FrameForm
          key={editedFrame.id}
          org={org}
          year={props.year}
          unit={unit}
          frame={editedFrame}
          onDone={() => setEditing(null)}
        />
      )}
      {mayChange && editedChange && (
        <ChangeForm
          key={editedChange.id}
          org={org}
          year={props.year}
          unit={unit}
          change={editedChange}
          onDone={() => setEditing(null)}
        />
      )}
      {mayChange && (
        <>
          <h3>Ny investeringsram</h3>
          <FrameForm key={`frame-${org}`} org={org} year={props.year} unit={unit} onDone={() => {}} />
          <h3>Ny ramförändring</h3>
          <ChangeForm key={`change-${org}`} org={org} year={props.year} unit={unit} onDone={() => {}} />
        </>
      )}
    </>
  );
}
