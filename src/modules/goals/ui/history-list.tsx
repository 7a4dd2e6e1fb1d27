/** A record's change history: who changed what, when, and the fields that changed. */

import type { OperationInput } from '#core/api.ts';
import { formatDateTime } from '#core/format.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { goalsApi } from '../contract.ts';

/** Which record: its kind, as the history operation names it ("goals", "indicators" …), and its id. */
export type HistoryOf = OperationInput<typeof goalsApi.history>['params'];

const ACTIONS: Record<string, string> = {
  create: 'Skapade',
  update: 'Ändrade',
  delete: 'Tog bort',
  retire: 'Avvecklade',
  reinstate: 'Återinförde',
  reorder: 'Ändrade ordningen',
  import: 'Importerade',
};

const IGNORED = new Set(['version', 'id']);

/** A stored record as field → value; the change log keeps records as JSON objects. */
function fieldsOf(value: unknown): ReadonlyMap<string, unknown> | null {
  return typeof value === 'object' && value !== null ? new Map(Object.entries(value)) : null;
}

function changedFields(
  oldValue: ReadonlyMap<string, unknown> | null,
  newValue: ReadonlyMap<string, unknown> | null,
) {
  if (!oldValue || !newValue) {
    return [];
  }
  const keys = new Set([...oldValue.keys(), ...newValue.keys()]);
  return [...keys].filter(
    (key) => !IGNORED.has(key) && JSON.stringify(oldValue.get(key)) !== JSON.stringify(newValue.get(key)),
  );
}

const show = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '–'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

export function HistoryList({ of }: { of: HistoryOf }) {
  const history = useApiQuery(goalsApi.history, { params: of });
  if (!history.data) {
    return (
      <p className="loading">{history.isError ? 'Historiken kunde inte hämtas.' : 'Hämtar historik …'}</p>
    );
  }
  if (history.data.length === 0) {
    return <p>Inga ändringar registrerade.</p>;
  }
  return (
    <ol className="history">
      {[...history.data].reverse().map((entry) => {
        const oldValue = fieldsOf(entry.oldValue);
        const newValue = fieldsOf(entry.newValue);
        const changed = changedFields(oldValue, newValue);
        return (
          <li key={entry.id}>
            <p>
              <strong>{ACTIONS[entry.action] ?? entry.action}</strong> av {entry.actorName},{' '}
              <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
            </p>
            {changed.length > 0 && (
              <dl className="changes">
                {changed.map((key) => (
                  <div key={key}>
                    <dt>{key}</dt>
                    <dd>
                      <del>{show(oldValue?.get(key))}</del> → <ins>{show(newValue?.get(key))}</ins>
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

/** The "Historik" section at the foot of a record's page. */
export function HistorySection({ of }: { of: HistoryOf }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Historik</h2>
      <HistoryList of={of} />
    </section>
  );
}
