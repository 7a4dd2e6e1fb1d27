/**
 * The same indicator in other goals: the unit's earlier and later goal periods, and the units whose work it
 * took over in a reorganisation – with what they reported, so that a series can be followed back across
 * both (the server recognises the indicator by its name; domain/comparable.ts).
 */
import { Link } from 'react-router';
import { useApiQuery } from '#web/kit/api.ts';
import { LoadError, Loading } from '#web/kit/page.tsx';
import { type ComparableIndicatorDto, goalsApi } from '../contract.ts';
import { cellText, monthSpanText } from './outcome-section.tsx';

/** "2019–2021", "från 2023". */
function period({ validFromYear, validToYear }: ComparableIndicatorDto['goal']): string {
  if (validToYear === null) {
    return `från ${validFromYear}`;
  }
  return validFromYear === validToYear ? String(validFromYear) : `${validFromYear}–${validToYear}`;
}

export function ComparableIndicators({
  indicatorId,
  roundName,
}: {
  indicatorId: string;
  roundName: (id: string) => string;
}) {
  const comparable = useApiQuery(goalsApi.listComparableIndicators, { params: { id: indicatorId } });
  if (comparable.isPending) {
    return <Loading what="samma indikator i andra mål" />;
  }
  if (comparable.isError) {
    return <LoadError error={comparable.error} />;
  }
  if (comparable.data.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="comparable-title">
      <h2 id="comparable-title">Samma indikator i andra mål</h2>
      <p>
        Indikatorer med samma namn i enhetens andra målperioder och hos enheter vars verksamhet enheten har
        tagit över, så att utfallen går att följa bakåt.
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Samma indikator i andra mål, med utfall</caption>
        <thead>
          <tr>
            <th scope="col">Enhet</th>
            <th scope="col">Mål och period</th>
            <th scope="col">Indikator</th>
            <th scope="col">Utfall</th>
          </tr>
        </thead>
        <tbody>
          {comparable.data.map((match) => (
            <tr key={match.indicator.id}>
              <td>
                {match.orgUnit.name} ({match.orgUnit.code})
                {match.generation > 0 && <div className="hint">Tidigare enhet</div>}
              </td>
              <td>
                {match.goal.name}, {period(match.goal)}
              </td>
              <td>
                <Link to={`/indikatorer/${match.indicator.id}`}>
                  {match.parentName === null ? '' : `${match.parentName} – `}
                  {match.indicator.name}
                </Link>
              </td>
              <td>
                {match.outcomes.length === 0 ? (
                  'Inga utfall'
                ) : (
                  <ul className="plain-list">
                    {match.outcomes.map((outcome) => (
                      <li key={outcome.id}>
                        {outcome.year}
                        {monthSpanText(outcome) && ` ${monthSpanText(outcome)}`}:{' '}
                        {cellText(outcome, 'total') || '–'}{' '}
                        <span className="hint">({roundName(outcome.reportingRoundId)})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
