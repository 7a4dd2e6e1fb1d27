/**
 * The goal tables of a unit, one per municipal goal under its goal area, laid out as the seed documents lay
 * them out: goal, indicator, outcome columns, target columns, then each row's status in follow-up rounds.
 * Footnote markers link to their texts under the table.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { GoalDto } from '../contract.ts';
import type { GoalSheet, SheetCell, SheetRow, SheetTable } from '../domain/goal-sheet.ts';
import { StatusBadge } from './status-badge.tsx';

export interface GoalSheetViewProps {
  readonly sheet: GoalSheet<GoalDto>;
  /** Extra content under a goal's name (its verdict, in follow-up rounds). */
  readonly goalExtra?: (goal: GoalDto) => ReactNode;
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

function ValueCell({ cell, table }: { cell: SheetCell; table: string }) {
  const text = cell.isNoData ? <abbr title="ingen uppgift">{cell.text}</abbr> : cell.text;
  return (
    <td className={`num${cell.isNoData ? ' no-data' : ''}`}>
      {text}
      <Markers markers={cell.markers} table={table} />
      {cell.periodLabel && cell.text !== '' && <span className="period"> ({cell.periodLabel})</span>}
    </td>
  );
}

/** Group headers (no figures at all) and gender rows without a target of their own get no status badge. */
function showsStatusBadge(row: SheetRow): boolean {
  const isEmpty = row.cells.every((cell) => cell.text === '');
  return row.status !== null && !isEmpty && !(row.part !== 'total' && row.status === 'noTarget');
}

function IndicatorLabel({ row, table }: { row: SheetRow; table: string }) {
  const isPart = row.part !== 'total';
  return (
    <th scope="row" className={`indicator depth-${row.depth}${isPart ? ' part' : ''}`}>
      {row.depth > 0 && !isPart && <span aria-hidden="true">-</span>}
      {isPart ? row.label : <Link to={`/indikatorer/${row.indicatorId}`}>{row.label}</Link>}
      <Markers markers={row.markers} table={table} />
      {row.isObligatory && <span className="visually-hidden"> (obligatorisk)</span>}
    </th>
  );
}

function Table({
  table,
  sheet,
  index,
  goalExtra,
}: {
  table: SheetTable<GoalDto>;
  sheet: GoalSheet<GoalDto>;
  index: string;
  goalExtra?: (goal: GoalDto) => ReactNode;
}) {
  const id = `t${index}`;
  const columnCount = sheet.columns.length + (sheet.showsStatus ? 1 : 0);
  return (
    <div className="table-block">
      <div className="table-scroll">
        <table
          className="goal-table"
          aria-describedby={table.footnotes.length > 0 ? `${id}-notes` : undefined}
        >
          <caption>
            <span className="caption-label">Kommunövergripande mål:</span>{' '}
            {table.municipalGoal?.name ?? 'Mål utan kommunövergripande mål'}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="goal-col">
                Mål
              </th>
              <th scope="col">Indikator</th>
              {sheet.columns.map((column) => (
                <th scope="col" key={column.key} className="num">
                  {column.label}
                </th>
              ))}
              {sheet.showsStatus && <th scope="col">Status</th>}
            </tr>
          </thead>
          {table.goals.map(({ goal, rows }) => (
            <tbody key={goal.id}>
              {(rows.length === 0 ? [null] : rows).map((row, rowIndex) => (
                <tr
                  key={row?.key ?? 'empty'}
                  className={row && row.part !== 'total' ? 'part-row' : undefined}
                >
                  {rowIndex === 0 && (
                    <th scope="rowgroup" rowSpan={Math.max(rows.length, 1)} className="goal-cell">
                      <Link to={`/mal/${goal.id}?ar=${sheet.year}`} className="goal-name">
                        {goal.name}
                      </Link>
                      {goal.retiredAt && <span className="tag">Avvecklat</span>}
                      {goal.description && <p className="goal-description">{goal.description}</p>}
                      {goalExtra?.(goal)}
                    </th>
                  )}
                  {row === null ? (
                    <td colSpan={columnCount + 1} className="empty">
                      Inga indikatorer.
                    </td>
                  ) : (
                    <>
                      <IndicatorLabel row={row} table={id} />
                      {row.cells.map((cell) => (
                        <ValueCell key={cell.columnKey} cell={cell} table={id} />
                      ))}
                      {sheet.showsStatus && (
                        <td>{row.status && showsStatusBadge(row) && <StatusBadge status={row.status} />}</td>
                      )}
                    </>
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

export function GoalSheetView({ sheet, goalExtra }: GoalSheetViewProps) {
  if (sheet.areas.length === 0) {
    return <p>Enheten har inga mål {sheet.year}.</p>;
  }
  return (
    <div className="goal-sheet">
      {sheet.areas.map((area, areaIndex) => (
        <section key={area.goalArea?.id ?? 'none'} aria-labelledby={`area-${areaIndex}`}>
          <h2 id={`area-${areaIndex}`}>
            {area.goalArea ? `Målområde: ${area.goalArea.name}` : 'Övriga mål'}
          </h2>
          {area.tables.map((table, tableIndex) => (
            <Table
              key={table.municipalGoal?.id ?? 'none'}
              table={table}
              sheet={sheet}
              index={`${areaIndex}-${tableIndex}`}
              goalExtra={goalExtra}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
