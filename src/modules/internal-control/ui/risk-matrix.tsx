/**
 * The risk matrix as a real table: probability down the rows (highest first), consequence across the
 * columns, each cell naming its risk class in words and listing its risks; the band's colour is only a
 * supplement to the words (WCAG 1.4.1). Risks escalated from a unit below are marked so.
 */
import type { OperationResult } from '#core/api.ts';
import type { internalControlApi } from '../contract.ts';
import { ScrollRegion } from './scroll-region.tsx';

type MatrixDto = OperationResult<typeof internalControlApi.overview>['matrix'];

export function RiskMatrix({ matrix, caption }: { matrix: MatrixDto; caption: string }) {
  const consequences = matrix.rows[0]?.cells.map((cell) => cell.consequence) ?? [];
  return (
    <ScrollRegion label={`${caption}, rullbar tabell`}>
      <table className="data-table risk-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={consequences.length}>
              Konsekvens
            </th>
          </tr>
          <tr>
            <th scope="col">Sannolikhet</th>
            {consequences.map((consequence) => (
              <th key={consequence} scope="col">
                {consequence}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.probability}>
              <th scope="row">{row.probability}</th>
              {row.cells.map((cell) => (
                <td
                  key={cell.consequence}
                  className="risk-cell"
                  style={cell.band ? { backgroundColor: cell.band.colour } : undefined}
                >
                  <span className="risk-band">
                    {cell.band?.label ?? 'Ingen riskklass'} ({cell.value})
                  </span>
                  {cell.risks.length > 0 && (
                    <ul className="risk-list">
                      {cell.risks.map((risk) => (
                        <li key={risk.id}>
                          {risk.process} ({risk.unitCode})
                          {risk.escalated && <strong> – eskalerad hit</strong>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {matrix.outside.length > 0 && (
        <p>
          Bedömda utanför nuvarande skala:{' '}
          {matrix.outside
            .map((risk) => `${risk.process} (${risk.probability} × ${risk.consequence})`)
            .join(', ')}
          .
        </p>
      )}
    </ScrollRegion>
  );
}
