/**
 * A record's change history, newest first: who did what and when, and each field it changed by its Swedish
 * name with the old and the new value (for a record created, the values it was given). The words come
 * from the change log's shared vocabulary (src/core/history.ts), so Ändringslogg says the same.
 */

import type { OperationInput } from '#core/api.ts';
import { formatDateTime } from '#core/format.ts';
import { CHANGE_ACTION_LABELS, fieldChanges, withUnitNames } from '#core/history.ts';
import { useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { goalsApi } from '../contract.ts';

/** Which record: its kind, as the history operation names it ("goals", "indicators" …), and its id. */
export type HistoryOf = OperationInput<typeof goalsApi.history>['params'];

export function HistoryList({ of }: { of: HistoryOf }) {
  const history = useApiQuery(goalsApi.history, { params: of });
  const units = useOrgUnits();
  if (!history.data) {
    return (
      <p className="loading">{history.isError ? 'Historiken kunde inte hämtas.' : 'Hämtar historik …'}</p>
    );
  }
  if (history.data.length === 0) {
    return <p>Inga ändringar registrerade.</p>;
  }
  const text = withUnitNames(new Map((units.data ?? []).map((unit) => [unit.id, unit])));
  return (
    <ol className="history">
      {[...history.data].reverse().map((entry) => {
        const changed = fieldChanges(entry.oldValue, entry.newValue);
        return (
          <li key={entry.id}>
            <p>
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

/** The "Historik" section at the foot of a record's page. */
export function HistorySection({ of }: { of: HistoryOf }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Historik</h2>
      <HistoryList of={of} />
    </section>
  );
}
