/**
 * A record's change history, newest first: who did what and when, and each field it changed by its Swedish
 * name with the old and the new value (for a record created, the values it was given; rich text as the text
 * it says). The words come from the change log's shared vocabulary (src/core/history.ts), so Ändringslogg
 * says the same. One component for every object page: the page names its module's history operation.
 */

import { type ReactNode, useId, useState } from 'react';
import type { Operation, OperationInput } from '#core/api.ts';
import { formatDateTime } from '#core/format.ts';
import {
  CHANGE_ACTION_LABELS,
  type ChangeActionName,
  entityTypeLabel,
  fieldChanges,
  plainValue,
  type ValueText,
  withUnitNames,
} from '#core/history.ts';
import { useApiQuery } from './api.ts';

/** An entry of the change log as every module's history operation answers it (changeEntrySchema). */
interface ChangeEntry {
  readonly id: string;
  readonly createdAt: string;
  readonly actorName: string;
  readonly action: ChangeActionName;
  readonly entityType: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

/** Units by id, so that a unit field shows the unit's name and code rather than its id. */
type Units = readonly { readonly id: string; readonly code: string; readonly name: string }[];

/**
 * Words for stored values, by field: an enumeration's Swedish labels (verdict: { met: 'Uppfyllt' }) or the
 * names of the records a reference field points at (reportingRoundId: { [id]: 'Bokslut 2019' }).
 */
export type ValueLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface HistoryProps<O extends Operation> {
  /** The module's history operation (it answers a list of change entries) and its input. */
  readonly operation: O;
  readonly input: OperationInput<O>;
  readonly units?: Units | undefined;
  readonly valueLabels?: ValueLabels | undefined;
}

function HistoryEntries({
  entries,
  units,
  valueLabels,
}: {
  entries: readonly ChangeEntry[];
  units?: Units | undefined;
  valueLabels?: ValueLabels | undefined;
}) {
  if (entries.length === 0) {
    return <p>Inga ändringar registrerade.</p>;
  }
  const shown: ValueText = units ? withUnitNames(new Map(units.map((unit) => [unit.id, unit]))) : plainValue;
  const text: ValueText = (field, value) =>
    (typeof value === 'string' ? valueLabels?.[field]?.[value] : undefined) ?? shown(field, value);
  // A history of several kinds of record (an assignment, its recipients and their statuses) names each.
  const mixed = new Set(entries.map((entry) => entry.entityType)).size > 1;
  return (
    <ol className="history">
      {[...entries].reverse().map((entry) => {
        const changed = fieldChanges(entry.oldValue, entry.newValue);
        return (
          <li key={entry.id}>
            <p>
              {mixed && <span className="tag">{entityTypeLabel(entry.entityType)}</span>}
              <strong>{CHANGE_ACTION_LABELS[entry.action]}</strong> av {entry.actorName},{' '}
              <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
            </p>
            {changed.length > 0 && (
              <dl className="changes">
                {changed.map((change) => (
                  <div key={change.field}>
                    <dt>{change.label}</dt>
                    <dd>
                      {entry.oldValue !== null && (
                        <>
                          <del>{text(change.field, change.oldValue)}</del> →{' '}
                        </>
                      )}
                      <ins>{text(change.field, change.newValue)}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The history, fetched when shown (`enabled`). */
export function HistoryList<O extends Operation>({
  operation,
  input,
  units,
  valueLabels,
  enabled = true,
}: HistoryProps<O> & { readonly enabled?: boolean }) {
  const history = useApiQuery(operation, input, { enabled });
  if (!history.data) {
    return (
      <p className="loading">{history.isError ? 'Historiken kunde inte hämtas.' : 'Hämtar historik …'}</p>
    );
  }
  return (
    <HistoryEntries
      entries={history.data as unknown as readonly ChangeEntry[]}
      units={units}
      valueLabels={valueLabels}
    />
  );
}

/** The "Historik" section at the foot of an object's page. */
export function HistorySection<O extends Operation>(
  props: HistoryProps<O> & { readonly title?: string; readonly children?: ReactNode },
) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="history-section">
      <h2 id={titleId}>{props.title ?? 'Historik'}</h2>
      <HistoryList
        operation={props.operation}
        input={props.input}
        units={props.units}
        valueLabels={props.valueLabels}
      />
      {props.children}
    </section>
  );
}

/**
 * The history of one of several records shown on a page (an indicator's targets and outcomes), folded away
 * under `summary` and fetched only when opened.
 */
export function HistoryDetails<O extends Operation>(
  props: HistoryProps<O> & { readonly summary: ReactNode },
) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="history-details"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{props.summary}</summary>
      <HistoryList
        operation={props.operation}
        input={props.input}
        units={props.units}
        valueLabels={props.valueLabels}
        enabled={open}
      />
    </details>
  );
}
