/** The ledger files loaded, newest first: who loaded which file, when, for which months. */
import { formatDateTime } from '#core/format.ts';
import { type Month, shortMonthName } from '#core/period.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { economyApi } from '../contract.ts';

const number = new Intl.NumberFormat('sv-SE');

export function LedgerHistory() {
  const loads = useApiQuery(economyApi.listLedgerImports, { query: {} });
  if (loads.isPending) {
    return <Loading what="inlästa filer" />;
  }
  if (loads.isError) {
    return <LoadError error={loads.error} />;
  }
  return (
    <section aria-labelledby="ledger-history-title">
      <h2 id="ledger-history-title">Inlästa huvudböcker</h2>
      {loads.data.length === 0 ? (
        <p>Ingen huvudbok är inläst ännu.</p>
      ) : (
        <table className="data-table">
          <caption>Inlästa huvudboksfiler, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Fil</th>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Verifikationer
              </th>
              <th scope="col" className="num">
                Rader
              </th>
              <th scope="col">Inläst</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {loads.data.map((load) => (
              <tr key={load.id}>
                <th scope="row">
                  {load.fileName}
                  <div className="hint">
                    {number.format(Math.ceil(load.fileSize / 1024))} kB, {load.encoding}, SHA-256{' '}
                    <code title={load.sha256}>{load.sha256.slice(0, 12)}…</code>
                  </div>
                </th>
                <td>
                  {load.firstMonth === 1 && load.lastMonth === 12
                    ? `Hela ${load.year}`
                    : `${shortMonthName(load.firstMonth as Month)}–${shortMonthName(load.lastMonth as Month)} ${load.year}`}
                </td>
                <td className="num">{number.format(load.vouchers)}</td>
                <td className="num">{number.format(load.rows)}</td>
                <td>{formatDateTime(load.importedAt)}</td>
                <td>{load.replacedAt ? `Ersatt ${formatDateTime(load.replacedAt)}` : 'Gäller'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
