/**
 * Budget: a unit's budget for a year – the lines in an editable grid, a new line, the whole budget read in
 * from the Excel template or CSV – and the budget of the unit with everything under it, from the
 * operating statement.
 */
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { operationUrl } from '#core/api.ts';
import { isMonth, longMonthName } from '#core/period.ts';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiMutation, useApiQuery } from '#web/kit/api.ts';
import { ErrorSummary, fieldError } from '#web/kit/error-summary.tsx';
import { SelectField, TextField } from '#web/kit/field.tsx';
import { HistoryDetails, HistorySection } from '#web/kit/history.tsx';
import { LoadError, Loading, PageTitle } from '#web/kit/page.tsx';
import { useRoundYears, useYear } from '#web/kit/year.tsx';
import { type BudgetLineDto, economyApi } from '../contract.ts';
import { accountBudgets, isMonthly, MONTHS } from '../domain/budget-months.ts';
import { BudgetBridge } from './budget-bridge.tsx';
import { BudgetImportForm } from './budget-import-form.tsx';
import { Frames } from './frames.tsx';
import { PlanYearsForm } from './plan-years-form.tsx';
import { Statement } from './statement-view.tsx';
import { useEconomyMay } from './use-economy-may.ts';

const BudgetGrid = lazy(() => import('./budget-grid.tsx'));

const PERIOD_OPTIONS = [
  { value: '', label: 'Helår' },
  ...MONTHS.map((month) => ({ value: String(month), label: longMonthName(month) })),
];

function NewLine({ org, year }: { org: string; year: number }) {
  const [account, setAccount] = useState('');
  const [month, setMonth] = useState('');
  const [amount, setAmount] = useState('');
  const [comment, setComment] = useState('');
  const { save, saving, error } = useApiMutation(economyApi.createBudgetLine, {
    onSaved: () => {
      setAccount('');
      setAmount('');
      setComment('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({
      body: { orgUnitId: org, year, account, month: month === '' ? null : Number(month), amount, comment },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="new-line-title">
      <h3 id="new-line-title">Ny budgetrad</h3>
      <ErrorSummary
        error={error}
        fieldIds={{
          account: 'line-account',
          month: 'line-month',
          amount: 'line-amount',
          comment: 'line-comment',
        }}
      />
      <div className="field-row">
        <TextField
          id="line-account"
          label="Konto"
          hint="Konto eller kontogrupp, t.ex. 4010 eller 40."
          value={account}
          onChange={setAccount}
          width="short"
          inputMode="numeric"
          error={fieldError(error, 'account')}
        />
        <SelectField
          id="line-month"
          label="Period"
          hint="Helår, eller en månad för ett konto som budgeteras per månad."
          value={month}
          onChange={setMonth}
          options={PERIOD_OPTIONS}
          error={fieldError(error, 'month')}
        />
        <TextField
          id="line-amount"
          label="Belopp, kr"
          hint="Kostnader positiva, intäkter negativa."
          value={amount}
          onChange={setAmount}
          width="medium"
          inputMode="decimal"
          error={fieldError(error, 'amount')}
        />
        <TextField
          id="line-comment"
          label="Kommentar"
          value={comment}
          onChange={setComment}
          error={fieldError(error, 'comment')}
        />
      </div>
      <button type="submit" className="button" disabled={saving}>
        Lägg till raden
      </button>
    </form>
  );
}

/** What the grid is built from: each account, and whether it is budgeted for the year or per month. */
function gridShape(lines: readonly BudgetLineDto[]): string {
  return accountBudgets(lines)
    .map((budget) => `${budget.account}:${isMonthly(budget) ? 'm' : 'y'}`)
    .join(',');
}

/**
 * Spreads an account's year over its months (twelfths, to the öre), or merges its months back into a year:
 * the year's total is the same either way.
 */
function PeriodForm({ org, year, lines }: { org: string; year: number; lines: readonly BudgetLineDto[] }) {
  const budgets = accountBudgets(lines);
  const [account, setAccount] = useState(budgets[0]?.account ?? '');
  const chosen = budgets.find((budget) => budget.account === account) ?? budgets[0];
  const spread = useApiMutation(economyApi.spreadBudgetLine);
  const merge = useApiMutation(economyApi.mergeBudgetMonths);
  const monthly = chosen ? isMonthly(chosen) : false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      return;
    }
    const body = { orgUnitId: org, year, account: chosen.account };
    if (monthly) {
      merge.save({ body });
    } else {
      spread.save({ body: { ...body, version: chosen.yearLine?.version } });
    }
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="period-title">
      <h3 id="period-title">Helår eller per månad</h3>
      <ErrorSummary error={spread.error ?? merge.error} fieldIds={{ account: 'period-account' }} />
      <div className="field-row">
        <SelectField
          id="period-account"
          label="Konto"
          hint="Att fördela per månad ger tolv lika delar, på öret; att slå ihop ger en helårsrad med månadernas summa."
          value={chosen?.account ?? ''}
          onChange={setAccount}
          options={budgets.map((budget) => ({
            value: budget.account,
            label: `${budget.account} (${isMonthly(budget) ? 'per månad' : 'helår'})`,
          }))}
        />
      </div>
      <button type="submit" className="button" disabled={spread.saving || merge.saving}>
        {monthly ? 'Slå ihop månaderna till helår' : 'Fördela helåret per månad'}
      </button>
    </form>
  );
}

/**
 * `mayPlan`: whether the user may change the unit's budget for the year; if not, it is only shown. Undefined
 * until the server has said: the grid waits, so that a cell is never first read-only and then editable.
 */
function UnitBudget({ org, year, mayPlan }: { org: string; year: number; mayPlan: boolean | undefined }) {
  const lines = useApiQuery(economyApi.listBudgetLines, { query: { org, year } });
  const ranges = useApiQuery(economyApi.listAccountRanges, {});
  const units = useOrgUnits();
  if (lines.isPending || ranges.isPending || mayPlan === undefined) {
    return <Loading what="budgeten" />;
  }
  if (lines.isError || ranges.isError) {
    return <LoadError error={lines.error ?? ranges.error} />;
  }
  return (
    <>
      <section aria-labelledby="lines-title">
        <h2 id="lines-title">
          Budgetrader {year}, {org}
        </h2>
        {lines.data.length === 0 ? (
          <p>Enheten har ingen budget för {year} ännu.</p>
        ) : (
          <Suspense fallback={<Loading what="budgettabellen" />}>
            {/*
              A new grid for another unit or year, or when accounts come or go or change between year and
              months; edits, a month typed where there was none included, keep it and the user's place.
            */}
            <BudgetGrid
              key={`${org}-${year}-${gridShape(lines.data)}`}
              org={org}
              year={year}
              lines={lines.data}
              accountRanges={ranges.data}
              editable={mayPlan}
            />
          </Suspense>
        )}
        {mayPlan && lines.data.length > 0 && <PeriodForm org={org} year={year} lines={lines.data} />}
        {mayPlan && <NewLine org={org} year={year} />}
        {mayPlan && lines.data.length > 0 && <PlanYearsForm org={org} year={year} />}
      </section>
      <HistorySection
        title={`Budgetens historik ${year}, ${org}`}
        operation={economyApi.budgetHistory}
        input={{ query: { org, year } }}
        units={units.data}
      >
        {lines.data.length > 0 && <h3>Budgetradernas historik</h3>}
        {lines.data.map((line) => (
          <HistoryDetails
            key={line.id}
            summary={`Konto ${line.account}${line.month !== null && isMonth(line.month) ? `, ${longMonthName(line.month)}` : ''}`}
            operation={economyApi.history}
            input={{ params: { kind: 'budget-lines', id: line.id } }}
            units={units.data}
          />
        ))}
      </HistorySection>
    </>
  );
}

export function BudgetPage() {
  const units = useOrgUnits();
  const initialYear = useYear();
  // A link may name the unit and year (the consistency checks link a bridge here): ?enhet=VSS&ar=2023.
  const [params] = useSearchParams();
  const [org, setOrg] = useState(params.get('enhet') ?? '');
  const [year, setYear] = useState(params.get('ar') ?? String(initialYear));
  const chosen = shownUnitCode(units.data, org);
  const roundYears = useRoundYears();
  // Every year with reporting rounds, and the next ones to budget for.
  const years = [...new Set([...roundYears, initialYear, initialYear + 1, initialYear + 2])].sort(
    (a, b) => b - a,
  );
  // Only what the user may do is offered: a reader sees the budget and no form or editable cell.
  const may = useEconomyMay(Number(year), chosen || undefined);
  return (
    <>
      <PageTitle title="Budget">Budget</PageTitle>
      <p className="lead">
        En enhets budget per konto och år.
        {may.planBudget &&
          ' Ändra ett belopp eller en kommentar direkt i tabellen; ändringen sparas när du lämnar cellen.'}{' '}
        Kostnader anges positiva och intäkter negativa, som i huvudboken.
      </p>
      <div className="field-row">
        <SelectField
          id="budget-org"
          label="Enhet"
          value={chosen}
          onChange={setOrg}
          options={(units.data ?? []).map((unit) => ({
            value: unit.code,
            label: `${unit.name} (${unit.code})`,
          }))}
        />
        <SelectField
          id="budget-year"
          label="År"
          value={year}
          onChange={setYear}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
      </div>
      {chosen && (
        <UnitBudget org={chosen} year={Number(year)} mayPlan={may.known ? may.planBudget : undefined} />
      )}
      {chosen && (
        <section aria-labelledby="budget-tree-title">
          <h2 id="budget-tree-title">Med underenheter och planår</h2>
          <Statement
            org={chosen}
            year={Number(year)}
            throughMonth={undefined}
            unit="tkr"
            sign="result"
            planYears="5"
          />
        </section>
      )}
      {chosen && <BudgetBridge org={chosen} year={Number(year)} mayPlan={may.planBudget} />}
      <Frames year={Number(year)} mayAdjust={may.adjustFrames} />
      {may.importBudgets && (
        <section aria-labelledby="budget-import-title">
          <h2 id="budget-import-title">Läs in en budget från Excel eller CSV</h2>
          <p>
            Fyll i <a href={operationUrl(economyApi.budgetTemplate, {})}>budgetmallen (Excel)</a>: bladet
            Budget med kolumnerna Enhet, Konto, År, Belopp och Kommentar. Samma kolumner går bra i en CSV-fil.
            Allt eller inget; en inläsning ersätter helårsbudgeten för varje enhet och år i filen.
          </p>
          <BudgetImportForm />
        </section>
      )}
    </>
  );
}
