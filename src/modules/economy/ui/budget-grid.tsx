/**
 * A unit's budget for a year in an editable grid (AG Grid, in Swedish): one row per account, its year's
 * amount and comment edited in place, each change saved as the cell is left – with the version read, so two
 * people editing the same line do not overwrite each other. With "Visa per månad" the months January to
 * December show too: an account budgeted per month has its months edited one by one and its year shown as
 * their sum; one budgeted for the year only stays a year figure, its months empty. The totals under the
 * grid follow every edit at once, before the save has come back. For those who may not change the budget,
 * the same grid only shows it. Loaded on its own, so the grid's weight is paid only on this page.
 */
import { AG_GRID_LOCALE_SE } from '@ag-grid-community/locale';
import {
  CellStyleModule,
  ClientSideRowModelModule,
  type ColDef,
  type EditableCallbackParams,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  TextEditorModule,
  themeQuartz,
  type ValueParserParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { formatDecimal } from '#core/format.ts';
import { longMonthName, type Month, shortMonthName } from '#core/period.ts';
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import { CheckboxField } from '#web/kit/field.tsx';
import type { BudgetLineDto } from '../contract.ts';
import { economyApi } from '../contract.ts';
import { type AccountRange, classifyAccount } from '../domain/account-class.ts';
import { parseKronor } from '../domain/budget-file.ts';
import { accountBudgets, isMonthly, MONTHS, yearTotalOre } from '../domain/budget-months.ts';
import { kronorFromOre, oreFromKronor } from '../domain/kronor.ts';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  TextEditorModule,
  PinnedRowModule,
  CellStyleModule,
  LocaleModule,
]);

const theme = themeQuartz.withParams({ fontFamily: 'inherit', headerFontWeight: 700 });

interface GridRow {
  /** The account: one row per account, whether budgeted for the year or per month. */
  readonly key: string;
  readonly account: string;
  readonly category: string;
  readonly period: string;
  /** The year's amount in kronor: the year line's, or the months' sum. */
  amount: string;
  /** Each month's amount in kronor (index 0 is January); null where the month has no line. */
  months: (string | null)[];
  comment: string;
  yearLine: BudgetLineDto | null;
  monthLines: (BudgetLineDto | null)[];
}

const CATEGORY_LABELS = {
  cost: 'Kostnad',
  revenue: 'Intäkt',
  financial: 'Finansiell post',
  balance: 'Balans',
};

const PERIOD_LABELS = { year: 'Helår', monthly: 'Per månad' };

const NO_MONTHS: (string | null)[] = MONTHS.map(() => null);

const kronor = (value: string) => `${formatDecimal(value, { decimals: 2 }).replace(/,00$/, '')}`;

const isMonthlyRow = (row: GridRow) => row.yearLine === null;

const sumOfMonths = (months: readonly (string | null)[]) =>
  kronorFromOre(months.reduce((sum, month) => sum + (month === null ? 0n : oreFromKronor(month)), 0n));

function rowsOf(lines: readonly BudgetLineDto[], ranges: readonly AccountRange[]): GridRow[] {
  return accountBudgets(lines).map((budget) => {
    const monthly = isMonthly(budget);
    const first = budget.yearLine ?? budget.monthLines.find((line) => line !== null) ?? null;
    return {
      key: budget.account,
      account: budget.account,
      category: CATEGORY_LABELS[classifyAccount(budget.account, ranges) ?? 'balance'],
      period: monthly ? PERIOD_LABELS.monthly : PERIOD_LABELS.year,
      amount: kronorFromOre(yearTotalOre(budget)),
      months: monthly ? budget.monthLines.map((line) => line?.amount ?? null) : NO_MONTHS,
      // An account budgeted per month shows its first month's comment; it is changed month by month.
      comment: first?.comment ?? '',
      yearLine: monthly ? null : budget.yearLine,
      monthLines: [...budget.monthLines],
    };
  });
}

/** A category's sums in öre: the year, and each month over the accounts budgeted per month (null if none). */
interface Sums {
  year: bigint;
  months: (bigint | null)[];
}

function addTo(sums: Sums, row: GridRow, sign: bigint): void {
  sums.year += sign * oreFromKronor(row.amount);
  if (!isMonthlyRow(row)) {
    return;
  }
  row.months.forEach((month, index) => {
    sums.months[index] = (sums.months[index] ?? 0n) + sign * (month === null ? 0n : oreFromKronor(month));
  });
}

/**
 * The rows under the grid: costs, revenues (shown positive, as budgeted with a minus) and the result, for
 * the year and for each month. A month's total counts only the accounts budgeted per month – an account
 * budgeted for the year has no months to count – so with both kinds the months need not add up to the year.
 */
function totals(rows: readonly GridRow[], ranges: readonly AccountRange[]): GridRow[] {
  const empty = (): Sums => ({ year: 0n, months: MONTHS.map(() => null) });
  const costs = empty();
  const revenues = empty();
  for (const row of rows) {
    const category = classifyAccount(row.account, ranges);
    if (category === 'cost') {
      addTo(costs, row, 1n);
    } else if (category === 'revenue') {
      addTo(revenues, row, -1n);
    }
  }
  const result: Sums = {
    year: revenues.year - costs.year,
    months: MONTHS.map((_, index) => {
      const cost = costs.months[index] ?? null;
      const revenue = revenues.months[index] ?? null;
      return cost === null && revenue === null ? null : (revenue ?? 0n) - (cost ?? 0n);
    }),
  };
  const total = (key: string, label: string, sums: Sums): GridRow => ({
    key,
    account: label,
    category: '',
    period: '',
    amount: kronorFromOre(sums.year),
    months: sums.months.map((month) => (month === null ? null : kronorFromOre(month))),
    comment: '',
    yearLine: null,
    monthLines: [],
  });
  return [
    total('costs', 'Summa kostnader', costs),
    total('revenues', 'Summa intäkter', revenues),
    total('result', 'Resultat (intäkter − kostnader)', result),
  ];
}

/** Parses a typed amount; on a bad one says which field and value, and keeps the old value. */
function amountParser(what: (row: GridRow) => string, report: (problem: string | null) => void) {
  return (params: ValueParserParams<GridRow, string | null>) => {
    const typed = String(params.newValue ?? '');
    const parsed = parseKronor(typed);
    if (parsed === null) {
      report(
        `”${typed}” är inte ett belopp i kronor med högst två decimaler; ${what(params.data)} är oförändrat. ` +
          'Ingenting har sparats.',
      );
      return params.oldValue;
    }
    report(null);
    return parsed;
  };
}

function monthColumn(month: Month, editable: boolean, report: (problem: string | null) => void) {
  const index = month - 1;
  return {
    colId: `m${month}`,
    headerName: shortMonthName(month),
    headerTooltip: longMonthName(month),
    type: 'rightAligned',
    width: 104,
    editable: (params: EditableCallbackParams<GridRow>) =>
      editable && !params.node.isRowPinned() && params.data !== undefined && isMonthlyRow(params.data),
    valueGetter: (params) => params.data?.months[index] ?? null,
    valueSetter: (params) => {
      const months = [...params.data.months];
      months[index] = params.newValue ?? null;
      params.data.months = months;
      // The year is the months' sum, as the user types.
      params.data.amount = sumOfMonths(months);
      return true;
    },
    valueFormatter: (params) => (params.value ? kronor(params.value) : ''),
    valueParser: amountParser((row) => `${longMonthName(month)} på konto ${row.account}`, report),
  } satisfies ColDef<GridRow, string | null>;
}

/** Whether a cell of the row can be typed in: not a total, and only where the row's period allows. */
const editableFor =
  (editable: boolean, yearOnly: boolean) =>
  (params: EditableCallbackParams<GridRow>): boolean =>
    editable &&
    !params.node.isRowPinned() &&
    params.data !== undefined &&
    (!yearOnly || !isMonthlyRow(params.data));

/** `editable`: whether the user may change the lines; if not, the grid only shows them. */
export default function BudgetGrid({
  org,
  year,
  lines,
  accountRanges,
  editable,
}: {
  org: string;
  year: number;
  lines: readonly BudgetLineDto[];
  accountRanges: readonly AccountRange[];
  editable: boolean;
}) {
  const [rows, setRows] = useState<GridRow[]>(() => rowsOf(lines, accountRanges));
  const [showMonths, setShowMonths] = useState(() => rows.some(isMonthlyRow));
  const [problem, setProblem] = useState<string | null>(null);
  // A saved line has a new version: the next edit of it must send that one.
  const keepSaved = (saved: BudgetLineDto) =>
    setRows((current) =>
      current.map((row) => {
        if (row.account !== saved.account) {
          return row;
        }
        if (saved.month === null) {
          return { ...row, yearLine: saved };
        }
        const monthLines = [...row.monthLines];
        monthLines[saved.month - 1] = saved;
        return { ...row, monthLines };
      }),
    );
  const update = useApiMutation(economyApi.updateBudgetLine, { onSaved: keepSaved });
  const create = useApiMutation(economyApi.createBudgetLine, { onSaved: keepSaved });
  const columns = useMemo<ColDef<GridRow>[]>(
    () => [
      { field: 'account', headerName: 'Konto', width: 290, pinned: 'left' },
      { field: 'category', headerName: 'Slag', width: 110 },
      { field: 'period', headerName: 'Period', width: 110 },
      {
        field: 'amount',
        headerName: 'Helår, kr',
        type: 'rightAligned',
        width: 180,
        // Beside the account while the months scroll, so the year's sum stays in sight as months are typed.
        pinned: showMonths ? 'left' : null,
        // A year made of months is their sum: its months are typed, not the year.
        editable: editableFor(editable, true),
        valueFormatter: (params) => (params.value ? kronor(params.value) : ''),
        valueParser: amountParser((row) => `beloppet på konto ${row.account}`, setProblem),
      },
      ...MONTHS.map((month) => ({ ...monthColumn(month, editable, setProblem), hide: !showMonths })),
      {
        field: 'comment',
        headerName: 'Kommentar',
        flex: 1,
        minWidth: 200,
        editable: editableFor(editable, true),
      },
    ],
    [editable, showMonths],
  );
  const saveMonth = (row: GridRow, month: number) => {
    const amount = row.months[month - 1];
    const line = row.monthLines[month - 1];
    if (amount == null) {
      return;
    }
    if (line) {
      update.save({ params: { id: line.id }, body: { version: line.version, amount } });
    } else {
      // A month of a monthly account that had no line yet: budgeted at nothing until now.
      create.save({ body: { orgUnitId: org, year, account: row.account, month, amount, comment: null } });
    }
  };
  const save = (row: GridRow, columnId: string) => {
    if (columnId.startsWith('m')) {
      saveMonth(row, Number(columnId.slice(1)));
    } else if (row.yearLine) {
      update.save({
        params: { id: row.yearLine.id },
        body: { version: row.yearLine.version, amount: row.amount, comment: row.comment },
      });
    }
  };
  const tall = rows.length > 20;
  return (
    <>
      <CheckboxField
        id="budget-show-months"
        label="Visa per månad"
        hint="Konton som budgeteras per månad skrivs in månad för månad; helåret är deras summa. Ett konto med bara helårsbelopp har tomma månader, och summaraderna per månad räknar bara konton som budgeteras per månad."
        checked={showMonths}
        onChange={setShowMonths}
      />
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorSummary error={update.error ?? create.error} />
      {/* Grows with its rows up to a screenful; beyond that it scrolls, with the totals pinned below. */}
      <div className="budget-grid" style={tall ? { height: 640 } : undefined}>
        <AgGridReact<GridRow>
          domLayout={tall ? 'normal' : 'autoHeight'}
          theme={theme}
          localeText={AG_GRID_LOCALE_SE}
          rowData={rows}
          columnDefs={columns}
          getRowId={(params) => params.data.key}
          pinnedBottomRowData={totals(rows, accountRanges)}
          singleClickEdit
          stopEditingWhenCellsLoseFocus
          onCellValueChanged={(event) => {
            setRows((current) =>
              current.map((row) => (row.key === event.data.key ? { ...event.data } : row)),
            );
            save(event.data, event.column.getColId());
          }}
        />
      </div>
    </>
  );
}
