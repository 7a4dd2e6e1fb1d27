/**
 * One investment table as the API builds it, with a download as CSV for Swedish Excel: the same table
 * model, written by the core's CSV writer (numbers as numbers, never a live formula), so the file and the
 * page never disagree.
 */
import { Link } from 'react-router';
import type { TableModel } from '#core/table.ts';
import { tableToCsv } from '#core/table-csv.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { DataTable } from '#web/kit/data-table.tsx';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { investmentsApi } from '../contract.ts';
import type { View } from './view.ts';
import { viewSearch } from './view.ts';

function download(table: TableModel): void {
  const blob = new Blob([tableToCsv(table, 'sv')], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${table.key}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

export function InvestmentTable({ view }: { view: View }) {
  const answer = useApiQuery(investmentsApi.table, {
    query: {
      org: view.org,
      year: view.year,
      table: view.table,
      round: view.round,
      unit: view.unit,
      ...(view.variance ? { variance: view.variance } : {}),
    },
  });
  if (answer.isError) {
    return <LoadError error={answer.error} />;
  }
  if (!answer.data) {
    return <Loading what="tabellen" />;
  }
  const { table } = answer.data;
  return (
    <>
      <DataTable
        table={table}
        id="investments-table"
        emptyGroupText="Enheten har inga investeringar med belopp för de här åren."
        renderRowHeader={(row) =>
          row.ref?.kind === 'investmentProject' ? (
            <Link to={`${viewSearch(view, { project: row.ref.id })}#project-title`}>{row.header.text}</Link>
          ) : (
            row.header.text
          )
        }
      />
      <p>
        <button type="button" className="button button-secondary" onClick={() => download(table)}>
          Hämta tabellen som CSV
        </button>
      </p>
    </>
  );
}
