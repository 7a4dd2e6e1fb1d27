/**
 * An indicator's outcomes, round by round: what was reported for which year, for which part of it, as
 * totals and by gender, or "ingen uppgift" with its reason. Values are typed the Swedish way ("4,4").
 */

import { type FormEvent, type ReactNode, useState } from 'react';
import type { OperationResult } from '#core/api.ts';
import { formatDecimal } from '#core/format.ts';
import { formatMonthSpan, isMonth, longMonthName, roundEndMonth } from '#core/period.ts';
import { richTextToPlain } from '#core/rich-text.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { CheckboxField, SelectField, TextField } from '#web/kit/field.tsx';
import { optionalWholeNumber, wholeNumber } from '#web/kit/form-values.ts';
import { RichTextField } from '#web/kit/rich-text-field.tsx';
import { goalsApi, type IndicatorDto } from '../contract.ts';
import { NO_DATA_TEXT, NOT_APPLICABLE_TEXT } from '../domain/goal-tables.ts';
import { type IndicatorPart, PART_LABELS } from '../domain/indicator.ts';
import { RowActions } from './record-controls.tsx';

type IndicatorDetail = OperationResult<typeof goalsApi.getIndicator>;
/** A round an outcome can be reported in, as the indicator's page lists them. */
type RoundOption = IndicatorDetail['rounds'][number];
type Outcome = IndicatorDetail['outcomes'][number];

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1).map((month) => ({
  value: String(month),
  label: isMonth(month) ? longMonthName(month) : '',
}));

const PARTS: readonly IndicatorPart[] = ['total', 'women', 'men'];

/** What a round's outcome covers by default: last year's at the budget, else the round's months of its year. */
function periodOf(round: RoundOption | undefined): { year: string; toMonth: string } {
  if (!round) {
    return { year: '', toMonth: '12' };
  }
  return {
    year: String(round.kind === 'budget' ? round.year - 1 : round.year),
    toMonth: String(roundEndMonth(round.kind)),
  };
}

function OutcomeForm(props: {
  indicator: IndicatorDto;
  rounds: readonly RoundOption[];
  /** The round to offer first for a new outcome. */
  initialRoundId?: string;
  outcome?: Outcome;
  onDone: () => void;
}) {
  const { indicator, outcome } = props;
  // A new outcome is for the round the user came from (the unit page's), else the latest.
  const first =
    props.rounds.find((candidate) => candidate.id === props.initialRoundId) ?? props.rounds.at(-1);
  const [roundId, setRoundId] = useState(outcome?.reportingRoundId ?? first?.id ?? '');
  const [year, setYear] = useState(String(outcome?.year ?? periodOf(first).year));
  const [fromMonth, setFromMonth] = useState(String(outcome?.fromMonth ?? 1));
  const [toMonth, setToMonth] = useState(String(outcome?.toMonth ?? periodOf(first).toMonth));
  /** Choosing another round for a new outcome brings its year and months (January–August for a delår). */
  const chooseRound = (id: string) => {
    setRoundId(id);
    const period = periodOf(props.rounds.find((candidate) => candidate.id === id));
    setYear(period.year);
    setToMonth(period.toMonth);
  };
  const [isForecast, setIsForecast] = useState(outcome?.isForecast ?? false);
  const [values, setValues] = useState<Record<IndicatorPart, string>>({
    total: outcome?.total ? formatDecimal(outcome.total).replace(/\u2212/g, '-') : '',
    women: outcome?.women ? formatDecimal(outcome.women).replace(/\u2212/g, '-') : '',
    men: outcome?.men ? formatDecimal(outcome.men).replace(/\u2212/g, '-') : '',
  });
  const [noData, setNoData] = useState<IndicatorPart[]>([...(outcome?.noData ?? [])]);
  const [notApplicable, setNotApplicable] = useState<IndicatorPart[]>([...(outcome?.notApplicable ?? [])]);
  const [reason, setReason] = useState(outcome?.noDataReason ?? '');
  const [note, setNote] = useState(outcome?.note ?? '');
  const [unit, setUnit] = useState(outcome?.unit ?? '');
  const shownUnit = unit.trim() || indicator.unit;
  const [referenceYear, setReferenceYear] = useState(
    outcome?.referenceYear ? String(outcome.referenceYear) : '',
  );
  const parts = indicator.isGenderSplit ? PARTS : (['total'] as const);
  const prefix = outcome ? `outcome-${outcome.id}` : 'new-outcome';
  const ids: Record<string, string> = {
    reportingRoundId: `${prefix}-round`,
    year: `${prefix}-year`,
    fromMonth: `${prefix}-from`,
    toMonth: `${prefix}-to`,
    total: `${prefix}-total`,
    women: `${prefix}-women`,
    men: `${prefix}-men`,
    noDataReason: `${prefix}-reason`,
    note: `${prefix}-note`,
    unit: `${prefix}-unit`,
    referenceYear: `${prefix}-reference-year`,
  };
  const body = {
    fromMonth: Number(fromMonth),
    toMonth: Number(toMonth),
    isForecast,
    total: values.total.trim() || null,
    women: values.women.trim() || null,
    men: values.men.trim() || null,
    noData,
    notApplicable,
    noDataReason: reason,
    note,
    unit,
    referenceYear: optionalWholeNumber(referenceYear),
  };
  const create = useApiMutation(goalsApi.createOutcome, { onSaved: props.onDone });
  const update = useApiMutation(goalsApi.updateOutcome, { onSaved: props.onDone });
  const { saving, error } = outcome ? update : create;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome) {
      update.save({ params: { id: outcome.id }, body: { ...body, version: outcome.version } });
    } else {
      create.save({
        body: { ...body, indicatorId: indicator.id, reportingRoundId: roundId, year: wholeNumber(year) },
      });
    }
  };
  // A part is a value, "ingen uppgift" or "ej tillämplig": ticking one of the two boxes clears the other.
  const toggle = (part: IndicatorPart, kind: 'noData' | 'notApplicable') => (checked: boolean) => {
    const without = (current: IndicatorPart[]) => current.filter((candidate) => candidate !== part);
    setNoData((current) => (checked && kind === 'noData' ? [...without(current), part] : without(current)));
    setNotApplicable((current) =>
      checked && kind === 'notApplicable' ? [...without(current), part] : without(current),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form inline-form">
      <ErrorSummary error={error} fieldIds={ids} />
      {!outcome && (
        <div className="field-row">
          <SelectField
            id={ids.reportingRoundId as string}
            label="Uppföljningstillfälle"
            value={roundId}
            onChange={chooseRound}
            error={fieldError(error, 'reportingRoundId')}
            options={props.rounds.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          />
          <TextField
            id={ids.year as string}
            label="Utfall för år"
            width="short"
            inputMode="numeric"
            value={year}
            onChange={setYear}
            error={fieldError(error, 'year')}
          />
        </div>
      )}
      <div className="field-row">
        <SelectField
          id={ids.fromMonth as string}
          label="Från månad"
          value={fromMonth}
          onChange={setFromMonth}
          options={MONTHS}
          error={fieldError(error, 'fromMonth')}
        />
        <SelectField
          id={ids.toMonth as string}
          label="Till och med månad"
          value={toMonth}
          onChange={setToMonth}
          options={MONTHS}
          error={fieldError(error, 'toMonth')}
        />
        <CheckboxField
          id={`${prefix}-forecast`}
          label="Helårsprognos"
          hint="Värdet är en prognos för helåret, gjord efter till-månaden."
          checked={isForecast}
          onChange={setIsForecast}
        />
      </div>
      <div className="field-row">
        {parts.map((part) => (
          <div key={part} className="part-input">
            <TextField
              id={ids[part] as string}
              label={`${PART_LABELS[part]}${shownUnit ? ` (${shownUnit})` : ''}`}
              width="short"
              inputMode="decimal"
              value={values[part]}
              onChange={(value) => setValues((current) => ({ ...current, [part]: value }))}
              error={fieldError(error, part)}
            />
            <CheckboxField
              id={`${prefix}-nodata-${part}`}
              label="Ingen uppgift"
              checked={noData.includes(part)}
              onChange={toggle(part, 'noData')}
            />
            <CheckboxField
              id={`${prefix}-notapplicable-${part}`}
              label="Ej tillämplig"
              checked={notApplicable.includes(part)}
              onChange={toggle(part, 'notApplicable')}
            />
          </div>
        ))}
      </div>
      <TextField
        id={ids.unit as string}
        label="Enhet (valfri)"
        hint={`Bara om utfallet anges i en annan enhet än indikatorns${indicator.unit ? ` (${indicator.unit})` : ''}, t.ex. tkr i stället för mnkr.`}
        width="short"
        value={unit}
        onChange={setUnit}
        error={fieldError(error, 'unit')}
      />
      {noData.length + notApplicable.length > 0 && (
        <TextField
          id={ids.noDataReason as string}
          label="Orsak till att uppgift saknas"
          value={reason}
          onChange={setReason}
          error={fieldError(error, 'noDataReason')}
        />
      )}
      <TextField
        id={ids.referenceYear as string}
        label="Statistiken avser år (valfritt)"
        hint="För statistik som publiceras med eftersläpning, t.ex. 2016 i kolumnen för 2018."
        width="short"
        inputMode="numeric"
        value={referenceYear}
        onChange={setReferenceYear}
        error={fieldError(error, 'referenceYear')}
      />
      <RichTextField
        id={ids.note as string}
        label="Fotnot (valfri)"
        rows={2}
        value={note}
        onChange={setNote}
        error={fieldError(error, 'note')}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : outcome ? 'Spara utfallet' : 'Lägg till utfall'}
      </button>
      {outcome && (
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          Avbryt
        </button>
      )}
    </form>
  );
}

/** "jan–aug", or empty for the whole year. */
export function monthSpanText({ fromMonth, toMonth }: Outcome): string {
  return isMonth(fromMonth) && isMonth(toMonth) ? formatMonthSpan({ fromMonth, toMonth }) : '';
}

export function cellText(outcome: Outcome, part: IndicatorPart): string {
  if (outcome.noData.includes(part)) {
    return NO_DATA_TEXT;
  }
  if (outcome.notApplicable.includes(part)) {
    return NOT_APPLICABLE_TEXT;
  }
  const value = outcome[part];
  if (value === null) {
    return '';
  }
  return outcome.unit === null ? formatDecimal(value) : `${formatDecimal(value)} ${outcome.unit}`;
}

export function OutcomeSection({
  indicator,
  outcomes,
  rounds,
  reportRounds,
  initialRoundId,
  findings,
}: {
  indicator: IndicatorDto;
  outcomes: readonly Outcome[];
  rounds: readonly RoundOption[];
  /** The rounds in which the user may enter, change and remove outcomes now (the page's data says). */
  reportRounds: readonly string[];
  initialRoundId?: string;
  /** The consistency checks' findings about the outcomes, shown under their table. */
  findings?: ReactNode;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useApiMutation(goalsApi.deleteOutcome);
  const roundName = (id: string) => rounds.find((round) => round.id === id)?.name ?? '';
  const parts = indicator.isGenderSplit ? PARTS : (['total'] as const);
  const reportable = rounds.filter((round) => reportRounds.includes(round.id));
  const mayChange = (outcome: Outcome) => reportRounds.includes(outcome.reportingRoundId);
  const anyActions = outcomes.some(mayChange);
  return (
    <>
      <ErrorSummary error={remove.error} />
      {outcomes.length === 0 ? (
        <p>Inga utfall ännu.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Utfall per uppföljningstillfälle</caption>
          <thead>
            <tr>
              <th scope="col">Uppföljningstillfälle</th>
              <th scope="col">År</th>
              <th scope="col">Period</th>
              {parts.map((part) => (
                <th scope="col" key={part} className="num">
                  {PART_LABELS[part]}
                </th>
              ))}
              <th scope="col">Anmärkning</th>
              {anyActions && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärder</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {outcomes.map((outcome) =>
              editing === outcome.id ? (
                <tr key={outcome.id}>
                  <td colSpan={parts.length + 5}>
                    <OutcomeForm
                      indicator={indicator}
                      rounds={reportable}
                      outcome={outcome}
                      onDone={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={outcome.id}>
                  <td>{roundName(outcome.reportingRoundId)}</td>
                  <td>
                    {outcome.referenceYear
                      ? `${outcome.year} (avser ${outcome.referenceYear})`
                      : outcome.year}
                  </td>
                  <td>
                    {monthSpanText(outcome) || 'helår'}
                    {outcome.isForecast ? ', prognos' : ''}
                  </td>
                  {parts.map((part) => (
                    <td key={part} className="num">
                      {cellText(outcome, part)}
                    </td>
                  ))}
                  <td>{[outcome.noDataReason, richTextToPlain(outcome.note)].filter(Boolean).join(' · ')}</td>
                  {mayChange(outcome) ? (
                    <RowActions
                      what={`utfallet för ${outcome.year} i ${roundName(outcome.reportingRoundId)}`}
                      onEdit={() => setEditing(outcome.id)}
                      onDelete={() =>
                        remove.save({ params: { id: outcome.id }, query: { version: outcome.version } })
                      }
                      deleting={remove.saving}
                    />
                  ) : (
                    anyActions && <td />
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {findings}
      {reportable.length > 0 && (
        <>
          <h3>Nytt utfall</h3>
          <OutcomeForm
            key={outcomes.length}
            indicator={indicator}
            rounds={reportable}
            initialRoundId={initialRoundId}
            onDone={() => {}}
          />
        </>
      )}
    </>
  );
}
