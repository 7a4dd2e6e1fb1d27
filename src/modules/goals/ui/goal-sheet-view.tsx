/**
 * A unit's goal tables, one per municipal goal under its goal area, as the goals module builds them (the
 * neutral table model, drawn by the kit's DataTable): goal, indicator, outcome columns, target columns, and
 * each row's status in follow-up rounds. This view only links the goals and indicators to their pages.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OperationResult } from '#core/api.ts';
import type { TableGroup } from '#core/table.ts';
import { DataTable } from '#web/kit/data-table.tsx';
import type { goalsApi } from '../contract.ts';

export type GoalSheetData = NonNullable<OperationResult<typeof goalsApi.sheet>['sheet']>;

export interface GoalSheetViewProps {
  readonly sheet: GoalSheetData;
  readonly year: number;
  /** Extra content under a goal's name (its verdict, in follow-up rounds), by the goal's id. */
  readonly goalExtra?: (goalId: string) => ReactNode;
}

export function GoalSheetView({ sheet, year, goalExtra }: GoalSheetViewProps) {
  if (sheet.areas.length === 0) {
    return <p>Enheten har inga mål {year}.</p>;
  }
  const goalOf = (group: TableGroup) => group.ref?.id ?? group.key;
  return (
    <div className="goal-sheet">
      {sheet.areas.map((area, areaIndex) => (
        <section key={area.goalArea?.id ?? 'none'} aria-labelledby={`area-${areaIndex}`}>
          <h2 id={`area-${areaIndex}`}>
            {area.goalArea ? `Målområde: ${area.goalArea.name}` : 'Övriga mål'}
          </h2>
          {area.tables.map((table, tableIndex) => (
            <DataTable
              key={table.key}
              table={table}
              id={`t${areaIndex}-${tableIndex}`}
              emptyGroupText="Inga indikatorer."
              renderGroupHeading={(group) => (
                <Link to={`/mal/${goalOf(group)}?ar=${year}`}>{group.heading}</Link>
              )}
              groupExtra={goalExtra && ((group) => goalExtra(goalOf(group)))}
              renderRowHeader={(row) =>
                row.role === 'row' && row.ref ? (
                  <Link to={`/indikatorer/${row.ref.id}?omgang=${sheet.round.id}`}>{row.header.text}</Link>
                ) : (
                  row.header.text
                )
              }
            />
          ))}
        </section>
      ))}
    </div>
  );
}
