/**
 * A unit's budget for a year in an editable grid (AG Grid, in Swedish): one row per account, the amount and
 * the comment edited in place, each change saved as the cell is left – with the version read, so two
 * people editing the same line do not overwrite each other. The totals under the grid follow every edit at
 * once, before the save has come back. For those who may not change the budget, the same grid only shows it.
 * Loaded on its own, so the grid's weight is paid only on this page.
 */
import { AG_GRID_LOCALE_SE } from '@ag-grid-community/locale';
import {
  CellStyleModule,
  ClientSideRowModelModule,
  type ColDef,
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
import { useApiMutation } from '#web/kit/api.ts';
import { ErrorSummary } from '#web/kit/error-summary.tsx';
import type { BudgetLineDto } from '../contract.ts';
import { economyApi } from '../contract.ts';
import { type AccountRange, classifyAccount } from '../domain/account-class.ts';
import { parseKronor } from '../domain/budget-file.ts';
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
  readonly key: string;
  readonly account: string;
  readonly category: string;
  amount: string;
  comment: string;
  readonly line: BudgetLineDto | null;
}

const CATEGORY_LABELS = {
  cost: 'Kostnad',
  revenue: 'Intäkt',
  financial: 'Finansiell post',
  balance: 'Balans',
};

const kronor = (value: string) => `${formatDecimal(value, { decimals: 2 }).replace(/,00$/, '')}`;

function totals(rows: readonly GridRow[], ranges: readonly AccountRange[]): GridRow[] {
  let costs = 0n;
  let revenues = 0n;
  for (const row of rows) {
    const category = classifyAccount(row.account, ranges);
    const ore = oreFromKronor(row.amount);
    if (category === 'cost') {
      costs += ore;
    } else if (category === 'revenue') {
      revenues -= ore;
    }
  }
  const total = (key: string, label: string, ore: bigint): GridRow => ({
    key,
    account: label,
    category: '',
    amount: kronorFromOre(ore),
    comment: '',
    line: null,
  });
  return [
    total('costs', 'Summa kostnader', costs),
    total('revenues', 'Summa intäkter', revenues),
    total('result', 'Resultat (intäkter − kostnader)', revenues - costs),
  ];
}

/** `editable`: whether the user may change the lines; if not, the grid only shows them. */
export default function BudgetGrid({
  lines,
  accountRanges,
  editable,
}: {
  lines: readonly BudgetLineDto[];
  accountRanges: readonly AccountRange[];
  editable: boolean;
}) {
  const yearly = lines.filter((line) => line.month === null);
  const [rows, setRows] = useState<GridRow[]>(() =>
    yearly.map((line) => ({
      key: line.id,
      account: line.account,
      category: CATEGORY_LABELS[classifyAccount(line.account, accountRanges) ?? 'balance'],
      amount: line.amount,
      comment: line.comment ?? '',
      line,
    })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  // A saved line has a new version: the next edit of it must send that one.
  const update = useApiMutation(economyApi.updateBudgetLine, {
    onSaved: (saved) =>
      setRows((current) => current.map((row) => (row.line?.id === saved.id ? { ...row, line: saved } : row))),
  });
  const columns = useMemo<ColDef<GridRow>[]>(
    () => [
      { field: 'account', headerName: 'Konto', width: 300 },
      { field: 'category', headerName: 'Slag', width: 140 },
      {
        field: 'amount',
        headerName: 'Belopp, kr',
        type: 'rightAligned',
        width: 180,
        editable: (params) => editable && !params.node.isRowPinned(),
        valueFormatter: (params) => (params.value ? kronor(params.value) : ''),
        valueParser: (params: ValueParserParams<GridRow, string>) => {
          const parsed = parseKronor(String(params.newValue ?? ''));
          if (parsed === null) {
            setProblem(
              `”${params.newValue}” är inte ett belopp i kronor med högst två decimaler; beloppet på konto ` +
                `${params.data.account} är oförändrat.`,
            );
            return params.oldValue;
          }
          setProblem(null);
          return parsed;
        },
      },
      {
        field: 'comment',
        headerName: 'Kommentar',
        flex: 1,
        editable: (params) => editable && !params.node.isRowPinned(),
      },
    ],
    [editable],
  );
  const save = (row: GridRow) => {
    if (!row.line) {
      return;
    }
    update.save({
      params: { id: row.line.id },
      body: { version: row.line.version, amount: row.amount, comment: row.comment },
    });
  };
  return (
    <>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorSummary error={update.error} />
      {/* Grows with its rows up to a screenful; beyond that it scrolls, with the totals pinned below. */}
      <div className="budget-grid" style={rows.length > 20 ? { height: 640 } : undefined}>
        <AgGridReact<GridRow>
          domLayout={rows.length > 20 ? 'normal' : 'autoHeight'}
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
            save(event.data);
          }}
        />
      </div>
    </>
  );
}
