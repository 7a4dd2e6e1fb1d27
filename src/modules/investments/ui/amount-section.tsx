/**
 * A project's amounts, year by year: budget (as decided, or as revised at a later round), plan, actual (to
 * date at an interim round, for the year at closing) and forecast, each utgifter and inkomster typed the
 * Swedish way in the page's unit, with the net beside them.
 */
import { type FormEvent, useState } from 'react';
import { subtractDecimal } from '#core/decimal.ts';
import { ROUND_KIND_LABELS } from '#modules/planning/domain/index.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextArea, TextField } from '#web/kit/field.tsx';
import { oneOf, wholeNumber } from '#web/kit/form-values.ts';
import { ConfirmDelete } from '#web/kit/record-form.tsx';
import { type AmountDto, investmentsApi, type ProjectDto } from '../contract.ts';
import { AMOUNT_KIND_LABELS, AMOUNT_KINDS, ROUND_KINDS, ROUNDS_OF_KIND } from '../domain/investment.ts';
import { type AmountUnit, inUnit, toKronor, typedInUnit } from './amount-text.ts';

function AmountForm(props: {
  project: ProjectDto;
  year: number;
  unit: AmountUnit;
  amount?: AmountDto;
  onDone: () => void;
}) {
  const { project, amount, unit } = props;
  const prefix = amount ? `amount-${amount.id}` : `new-amount-${project.id}`;
  const [year, setYear] = useState(String(amount?.year ?? Math.max(props.year, project.startYear)));
  const [kind, setKind] = useState<string>(amount?.kind ?? 'budget');
  const [round, setRound] = useState<string>(amount?.round ?? 'budget');
  const [expenditure, setExpenditure] = useState(typedInUnit(amount?.expenditure ?? null, unit));
  const [income, setIncome] = useState(typedInUnit(amount?.income ?? null, unit));
  const [note, setNote] = useState(amount?.note ?? '');
  const ids: Record<string, string> = {
    projectId: `${prefix}-year`,
    year: `${prefix}-year`,
    kind: `${prefix}-kind`,
    round: `${prefix}-round`,
    expenditure: `${prefix}-expenditure`,
    income: `${prefix}-income`,
    note: `${prefix}-note`,
  };
  const create = useApiMutation(investmentsApi.createAmount, {
    onSaved: () => {
      setExpenditure('');
      setIncome('');
      setNote('');
      props.onDone();
    },
  });
  const update = useApiMutation(investmentsApi.updateAmount, { onSaved: props.onDone });
  const { saving, error } = amount ? update : create;
  const figures = {
    expenditure: toKronor(expenditure.trim() === '' ? '0' : expenditure, unit),
    income: toKronor(income.trim() === '' ? '0' : income, unit),
    note,
  };
  const amountKind = oneOf(AMOUNT_KINDS, kind, 'budget');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (amount) {
      update.save({ params: { id: amount.id }, body: { ...figures, version: amount.version } });
    } else {
      create.save({
        body: {
          ...figures,
          projectId: project.id,
          year: wholeNumber(year),
          kind: amountKind,
          round: oneOf(ROUND_KINDS, round, 'budget'),
        },
      });
    }
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="form inline-form"
      aria-label={amount ? 'Ändra beloppet' : 'Nytt belopp'}
    >
      <ErrorSummary error={error} fieldIds={ids} />
      {!amount && (
        <div className="field-row">
          <TextField
            id={ids.year as string}
            label="År"
            width="short"
            inputMode="numeric"
            value={year}
            onChange={setYear}
            error={fieldError(error, 'year')}
          />
          <SelectField
            id={ids.kind as string}
            label="Typ av belopp"
            value={kind}
            onChange={(value) => {
              setKind(value);
              setRound(ROUNDS_OF_KIND[oneOf(AMOUNT_KINDS, value, 'budget')][0] ?? 'budget');
            }}
            options={AMOUNT_KINDS.map((value) => ({ value, label: AMOUNT_KIND_LABELS[value] }))}
            error={fieldError(error, 'kind')}
          />
          <SelectField
            id={ids.round as string}
            label="Uppföljningstillfälle"
            hint="Budget: som beslutad, eller reviderad vid ett senare tillfälle. Utfall: hittills vid ett delår, helår vid bokslut."
            value={round}
            onChange={setRound}
            options={ROUNDS_OF_KIND[amountKind].map((value) => ({ value, label: ROUND_KIND_LABELS[value] }))}
            error={fieldError(error, 'round')}
          />
        </div>
      )}
      <div className="field-row">
        <TextField
          id={ids.expenditure as string}
          label={`Utgifter (${unit})`}
          width="medium"
          inputMode="decimal"
          value={expenditure}
          onChange={setExpenditure}
          error={fieldError(error, 'expenditure')}
        />
        <TextField
          id={ids.income as string}
          label={`Inkomster (${unit})`}
          width="medium"
          inputMode="decimal"
          value={income}
          onChange={setIncome}
          error={fieldError(error, 'income')}
        />
      </div>
      <TextArea
        id={ids.note as string}
        label="Fotnot (valfri)"
        rows={2}
        value={note}
        onChange={setNote}
        error={fieldError(error, 'note')}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? 'Sparar …' : amount ? 'Spara beloppet' : 'Lägg till beloppet'}
      </button>
      {amount && (
        <button type="button" className="button button-secondary" onClick={props.onDone}>
          Avbryt
        </button>
      )}
    </form>
  );
}

const describe = (amount: AmountDto) =>
  `${AMOUNT_KIND_LABELS[amount.kind].toLowerCase()} ${amount.year} (${ROUND_KIND_LABELS[amount.round].toLowerCase()})`;

/** `mayReport`: whether the user may add, change and remove the amounts; if not, they are only shown. */
export function AmountSection(props: {
  project: ProjectDto;
  amounts: readonly AmountDto[];
  year: number;
  unit: AmountUnit;
  mayReport: boolean;
}) {
  const { mayReport } = props;
  const { project, amounts, unit } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useApiMutation(investmentsApi.deleteAmount);
  return (
    <>
      <ErrorSummary error={remove.error} />
      {amounts.length === 0 ? (
        <p>Projektet har inga belopp ännu.</p>
      ) : (
        <table className="data-table">
          <caption>
            Belopp för {project.name}, i {unit}
          </caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Typ</th>
              <th scope="col">Tillfälle</th>
              <th scope="col" className="num">
                Utgifter
              </th>
              <th scope="col" className="num">
                Inkomster
              </th>
              <th scope="col" className="num">
                Netto
              </th>
              <th scope="col">Fotnot</th>
              {mayReport && (
                <th scope="col">
                  <span className="visually-hidden">Åtgärder</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {amounts.map((amount) =>
              editing === amount.id ? (
                <tr key={amount.id}>
                  <td colSpan={8}>
                    <p>Ändra {describe(amount)}:</p>
                    <AmountForm
                      project={project}
                      year={props.year}
                      unit={unit}
                      amount={amount}
                      onDone={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={amount.id}>
                  <td>{amount.year}</td>
                  <td>{AMOUNT_KIND_LABELS[amount.kind]}</td>
                  <td>{ROUND_KIND_LABELS[amount.round]}</td>
                  <td className="num">{inUnit(amount.expenditure, unit)}</td>
                  <td className="num">{inUnit(amount.income, unit)}</td>
                  <td className="num">{inUnit(subtractDecimal(amount.expenditure, amount.income), unit)}</td>
                  <td>{amount.note ?? ''}</td>
                  {mayReport && (
                    <td className="actions">
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => setEditing(amount.id)}
                        aria-label={`Ändra ${describe(amount)}`}
                      >
                        Ändra
                      </button>
                      <ConfirmDelete
                        what={describe(amount)}
                        saving={remove.saving}
                        // The table's own summary above shows a refusal.
                        error={null}
                        onConfirm={() =>
                          remove.save({ params: { id: amount.id }, query: { version: amount.version } })
                        }
                      />
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {mayReport && (
        <>
          <h4>Nytt belopp</h4>
          <AmountForm key={project.id} project={project} year={props.year} unit={unit} onDone={() => {}} />
        </>
      )}
    </>
  );
}
