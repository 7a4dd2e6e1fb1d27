/**
 * Renders the neutral table model (core/table.ts) as an accessible HTML table: a caption, column headers,
 * one row group per group with its heading as a row-group header in the first column (as the seed documents
 * print a goal beside its indicators), row headers, cells with footnote markers that link to the notes
 * under the table, explanations for screen readers, and tones shown as badges with an icon and a word –
 * never colour alone. What a module links or adds is passed in; the table itself knows no module.
 */
import type { ReactNode } from 'react';
import type { TableCell, TableGroup, TableModel, TableRow } from '#core/table.ts';
import { Badge } from './badge.tsx';

export interface DataTableProps {
  readonly table: TableModel;
  /** Unique on the page: footnote anchors are built from it. */
  readonly id: string;
  /** The group's heading, linked by the module that knows what it is (a goal's page). */
  readonly renderGroupHeading?: (group: TableGroup) => ReactNode;
  /** Extra content under a group's heading (a goal's verdict). */
  readonly groupExtra?: (group: TableGroup) => ReactNode;
  /** A row's header, linked by the module that knows what it is (an indicator's page). */
  readonly renderRowHeader?: (row: TableRow) => ReactNode;
  /** Said when a group has no rows. */
  readonly emptyGroupText?: string;
}

function Markers({ markers, table }: { markers: readonly number[]; table: string }) {
  if (markers.length === 0) {
    return null;
  }
  return (
    <sup className="markers">
      {markers.map((marker, index) => (
        <span key={marker}>
          {index > 0 && ','}
          <a href={`#${table}-fn-${marker}`} aria-label={`fotnot ${marker}`}>
            {marker}
          </a>
        </span>
      ))}
    </sup>
  );
}

function CellContent({ cell, table }: { cell: TableCell; table: string }) {
  if (cell.tone !== null && cell.text !== '') {
    return <Badge tone={cell.tone} label={cell.text} title={cell.note ?? undefined} />;
  }
  const missing = cell.kind === 'noData' || cell.kind === 'notApplicable';
  return (
    <>
      {missing ? <abbr title={cell.note ?? undefined}>{cell.text}</abbr> : cell.text}
      <Markers markers={cell.markers} table={table} />
      {!missing && cell.note && cell.text !== '' && <span className="period"> ({cell.note})</span>}
    </>
  );
}

function Row({
  row,
  table,
  align,
  renderRowHeader,
}: {
  row: TableRow;
  table: string;
  align: readonly ('start' | 'end')[];
  renderRowHeader?: (row: TableRow) => ReactNode;
}) {
  return (
    <>
      <th scope="row" className={`indicator depth-${row.depth}`}>
        {row.depth > 0 && row.role === 'row' && <span aria-hidden="true">-</span>}
        {renderRowHeader?.(row) ?? row.header.text}
        <Markers markers={row.header.markers} table={table} />
        {row.header.note && <span className="visually-hidden"> ({row.header.note})</span>}
      </th>
      {row.cells.map((cell, index) => (
        <td
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions under the columns
          key={index}
          className={`${align[index] === 'end' ? 'num' : ''}${cell.kind === 'noData' || cell.kind === 'notApplicable' ? ' no-data' : ''}`}
        >
          <CellContent cell={cell} table={table} />
        </td>
      ))}
    </>
  );
}

export function DataTable({
  table,
  id,
  renderGroupHeading,
  groupExtra,
  renderRowHeader,
  emptyGroupText = 'Inga rader.',
}: DataTableProps) {
  const align = table.columns.slice(1).map((column) => column.align);
  const withGroups = table.groupLabel !== null;
  return (
    <div className="table-block">
      <div className="table-scroll">
        <table
          className="goal-table"
          aria-describedby={table.footnotes.length > 0 ? `${id}-notes` : undefined}
        >
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {withGroups && (
                <th scope="col" className="goal-col">
                  {table.groupLabel}
                </th>
              )}
              {table.columns.map((column) => (
                <th scope="col" key={column.key} className={column.align === 'end' ? 'num' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          {table.groups.map((group) => (
            <tbody key={group.key}>
              {(group.rows.length === 0 ? [null] : group.rows).map((row, index) => (
                <tr key={row?.key ?? 'empty'} className={row?.role === 'detail' ? 'part-row' : undefined}>
                  {withGroups && index === 0 && (
                    <th scope="rowgroup" rowSpan={Math.max(group.rows.length, 1)} className="goal-cell">
                      <span className="goal-name">{renderGroupHeading?.(group) ?? group.heading}</span>
                      {group.note && <span className="tag">{group.note}</span>}
                      {group.description && <p className="goal-description">{group.description}</p>}
                      {groupExtra?.(group)}
                    </th>
                  )}
                  {row === null ? (
                    <td colSpan={table.columns.length} className="empty">
                      {emptyGroupText}
                    </td>
                  ) : (
                    <Row row={row} table={id} align={align} renderRowHeader={renderRowHeader} />
                  )}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {table.footnotes.length > 0 && (
        <ol className="footnotes" id={`${id}-notes`} aria-label="Fotnoter">
          {table.footnotes.map((note) => (
            <li key={note.marker} id={`${id}-fn-${note.marker}`}>
              <span className="marker" aria-hidden="true">
                {note.marker}
              </span>{' '}
              {note.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
