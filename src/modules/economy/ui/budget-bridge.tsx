/**
 * The bridge from last year's budget to this year's, per child unit and in total (001:802-866): last year's
 * budget, this year's changes by category, this year's budget, and whether the changes explain the whole
 * difference – said in words, with the amount that is not explained.
 */
import { type FormEvent, useState } from 'react';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { Badge } from '#web/kit/badge.tsx';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { oneOf } from '#web/kit/form-values.ts';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { FindingsBeside } from '#web/kit/place-findings.tsx';
import { economyApi } from '../contract.ts';
import { CHANGE_CATEGORY_LABELS, type ChangeCategory } from '../domain/bridge.ts';
import { oreFromKronor } from '../domain/kronor.ts';
import { formatOre } from '../domain/statement/index.ts';
import { BUDGET_CHANGE_CATEGORIES } from '../model.ts';

const tkr = (kronor: string) => formatOre(oreFromKronor(kronor), 'tkr');
const CATEGORIES = Object.keys(CHANGE_CATEGORY_LABELS) as ChangeCategory[];

function AddChange({ org, year }: { org: string; year: number }) {
  const units = useOrgUnits();
  const options = (units.data ?? []).map((unit) => ({
    value: unit.code,
    label: `${unit.name} (${unit.code})`,
  }));
  const [unit, setUnit] = useState(org);
  const [category, setCategory] = useState<ChangeCategory>('costReduction');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const { save, saving, error } = useApiMutation(economyApi.createBudgetChange, {
    onSaved: () => {
      setAmount('');
      setDescription('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({ body: { orgUnitId: unit, year, category, amount, description } });
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="change-title">
      <h3 id="change-title">Ny förändring mot {year - 1}</h3>
      <ErrorSummary error={error} fieldIds={{ amount: 'change-amount', description: 'change-description' }} />
      <div className="field-row">
        <SelectField id="change-unit" label="Enhet" value={unit} onChange={setUnit} options={options} />
        <SelectField
          id="change-category"
          label="Slag"
          value={category}
          onChange={(value) => setCategory(oneOf(BUDGET_CHANGE_CATEGORIES, value, 'costReduction'))}
          options={CATEGORIES.map((value) => ({ value, label: CHANGE_CATEGORY_LABELS[value] }))}
        />
        <TextField
          id="change-amount"
          label="Belopp, kr"
          hint="Nettokostnad; negativt sänker budgeten."
          value={amount}
          onChange={setAmount}
          width="medium"
          inputMode="decimal"
          error={fieldError(error, 'amount')}
        />
      </div>
      <TextField
        id="change-description"
        label="Vad förändringen är"
        value={description}
        onChange={setDescription}
        error={fieldError(error, 'description')}
      />
      <button type="submit" className="button" disabled={saving}>
        Lägg till förändringen
      </button>
    </form>
  );
}

/**
 * The changes one by one, as a budget document specifies them (the staber's cost reductions, 001:888-933):
 * grouped by kind in the bridge's order, each with its unit, amount and what it is.
 */
function ChangeList({ org, year }: { org: string; year: number }) {
  const changes = useApiQuery(economyApi.listBudgetChanges, { query: { year, org } });
  const units = useOrgUnits();
  const nameOf = (id: string) => units.data?.find((unit) => unit.id === id)?.name ?? '';
  if (changes.isPending) {
    return <Loading what="förändringarna" />;
  }
  if (changes.isError) {
    return <LoadError error={changes.error} />;
  }
  if (changes.data.length === 0) {
    return null;
  }
  const byKind = CATEGORIES.map((category) => ({
    category,
    changes: changes.data.filter((change) => change.category === category),
  })).filter((group) => group.changes.length > 0);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1)
    <section className="table-scroll" tabIndex={0} aria-label="Förändringarna var för sig, rullbar tabell">
      {/* Wrapping: a change's description is a sentence or two, the amounts must stay in view. */}
      <table className="data-table wrapping">
        <caption>
          Förändringarna var för sig, {year - 1} till {year}, nettokostnad i tkr (negativt sänker budgeten)
        </caption>
        <thead>
          <tr>
            <th scope="col">Slag</th>
            <th scope="col">Enhet</th>
            <th scope="col">Vad förändringen är</th>
            <th scope="col" className="num">
              Belopp
            </th>
          </tr>
        </thead>
        {byKind.map((group) => (
          <tbody key={group.category}>
            {group.changes.map((change, index) => (
              <tr key={change.id}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={group.changes.length}>
                    {CHANGE_CATEGORY_LABELS[group.category]}
                  </th>
                )}
                <td>{nameOf(change.orgUnitId)}</td>
                <td>{change.description}</td>
                <td className="num">{tkr(change.amount)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** `mayPlan`: whether the user may record the unit's budget changes; if not, the bridge is only shown. */
export function BudgetBridge({ org, year, mayPlan }: { org: string; year: number; mayPlan: boolean }) {
  const rows = useApiQuery(economyApi.getBudgetBridge, { query: { org, year } });
  return (
    <section aria-labelledby="bridge-title">
      <h2 id="bridge-title">
        Från budget {year - 1} till budget {year}
      </h2>
      {rows.isPending ? (
        <Loading what="budgetbryggan" />
      ) : rows.isError ? (
        <LoadError error={rows.error} />
      ) : (
        // A wide table scrolls sideways; focusable, so that the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-label="Budgetbryggan, rullbar tabell">
          <table className="data-table">
            <caption>Specifikation av förändringar, nettokostnad i tkr</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col" className="num">
                  Budget {year - 1}
                </th>
                {CATEGORIES.map((category) => (
                  <th key={category} scope="col" className="num">
                    {CHANGE_CATEGORY_LABELS[category]}
                  </th>
                ))}
                <th scope="col" className="num">
                  Budget {year}
                </th>
                <th scope="col">Stämmer bryggan?</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((row) => (
                <tr key={row.orgUnitId}>
                  <th scope="row">{row.unitName}</th>
                  <td className="num">{tkr(row.previous)}</td>
                  {CATEGORIES.map((category) => (
                    <td key={category} className="num">
                      {row.changes[category] === '0.00' ? '' : tkr(row.changes[category] ?? '0')}
                    </td>
                  ))}
                  <td className="num">{tkr(row.current)}</td>
                  <td>
                    {row.unexplained === '0.00' ? (
                      <Badge tone="good" label="Stämmer" />
                    ) : (
                      <Badge tone="bad" label={`Stämmer inte: ${tkr(row.unexplained)} tkr oförklarat`} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ChangeList org={org} year={year} />
      <FindingsBeside
        unit={org}
        year={year}
        round="budget"
        records={[{ kind: 'bridge' }]}
        label={`Kontroller för budgetbryggan ${year}`}
        namesPlaces
      />
      {mayPlan && <AddChange org={org} year={year} />}
    </section>
  );
}
