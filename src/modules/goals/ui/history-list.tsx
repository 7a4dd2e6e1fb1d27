/** A record's change history: who changed what, when, and the fields that changed. */

import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '#core/format.ts';
import { api } from '#web/api-client.ts';

interface ChangeEntry {
  id: string;
  createdAt: string;
  actorName: string;
  action: string;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
}

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

function changedFields(entry: ChangeEntry): string[] {
  if (!entry.oldValue || !entry.newValue) {
    return [];
  }
  const keys = new Set([...Object.keys(entry.oldValue), ...Object.keys(entry.newValue)]);
  return [...keys].filter(
    (key) =>
      !IGNORED.has(key) && JSON.stringify(entry.oldValue?.[key]) !== JSON.stringify(entry.newValue?.[key]),
  );
}

const show = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '–'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

export function HistoryList({ path }: { path: string }) {
  const history = useQuery({ queryKey: ['history', path], queryFn: () => api.get<ChangeEntry[]>(path) });
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
      {[...history.data].reverse().map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>{ACTIONS[entry.action] ?? entry.action}</strong> av {entry.actorName},{' '}
            <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
          </p>
          {changedFields(entry).length > 0 && (
            <dl className="changes">
              {changedFields(entry).map((key) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd>
                    <del>{show(entry.oldValue?.[key])}</del> → <ins>{show(entry.newValue?.[key])}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The "Historik" section at the foot of a record's page. */
export function HistorySection({ path }: { path: string }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Historik</h2>
      <HistoryList path={path} />
    </section>
  );
}
