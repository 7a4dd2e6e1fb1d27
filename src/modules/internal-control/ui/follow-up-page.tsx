/**
 * Uppföljning av internkontrollen: for a unit and the units under it, the summary sentence the annual
 * report prints, each unit's planned, done and deficient checks in the round, every open action (overdue
 * ones marked in words) with its status for those who may follow it up, and the checks whose round's
 * deadline has passed without a result, and the results escalated to the unit or a unit under it.
 */
import { Link, useSearchParams } from 'react-router';
import { shownUnitCode, useOrgUnits } from '#modules/organisation/ui/index.ts';
import { useRounds } from '#modules/planning/ui/index.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { SelectField } from '#web/kit/field.tsx';
import { LoadError, Loading, PageTitle } from '#web/kit/page.tsx';
import { useYear } from '#web/kit/year.tsx';
import { internalControlApi } from '../contract.ts';
import { ACTION_STATUS_ICONS, ACTION_STATUS_LABELS } from '../domain/index.ts';
import { ActionStatusForm } from './forms.tsx';
import { EscalatedResults, internalControlPath } from './internal-control-page.tsx';
import { ScrollRegion } from './scroll-region.tsx';

function FollowUp({ org, year, round }: { org: string; year: number; round: string | undefined }) {
  const data = useApiQuery(internalControlApi.followUp, { query: { org, year, round } });
  if (data.isError) {
    return <LoadError error={data.error} />;
  }
  if (!data.data) {
    return <Loading what="uppföljningen" />;
  }
  const { orgUnit, summary, units, openActions, overdueChecks, escalatedResults } = data.data;
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">Sammanfattning {data.data.round ? data.data.round.name : year}</h2>
        {summary ? <p className="lead">{summary.text}</p> : <p>Inget uppföljningstillfälle är valt.</p>}
        {units.length > 0 && (
          <table className="data-table">
            <caption>Kontrollmoment per enhet</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col" className="num">
                  Planerade
                </th>
                <th scope="col" className="num">
                  Genomförda
                </th>
                <th scope="col" className="num">
                  Kräver åtgärd
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.id}>
                  <th scope="row">
                    <Link to={internalControlPath({ org: unit.code, year, round: data.data.round?.id })}>
                      {unit.name}
                    </Link>
                  </th>
                  <td className="num">{unit.planned}</td>
                  <td className="num">{unit.done}</td>
                  <td className="num">{unit.needingAction}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">Öppna åtgärder</h2>
        {openActions.length === 0 ? (
          <p>Inga öppna åtgärder för {orgUnit.name} och enheterna under.</p>
        ) : (
          <ScrollRegion label="Rullbar tabell">
            <table className="data-table wrapping">
              <caption>Öppna åtgärder för {orgUnit.name} och enheterna under</caption>
              <thead>
                <tr>
                  <th scope="col">Åtgärd</th>
                  <th scope="col">Kontrollmoment</th>
                  <th scope="col">Enhet</th>
                  <th scope="col">Resultat</th>
                  <th scope="col">Ansvarig</th>
                  <th scope="col">Senast</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {openActions.map((action) => (
                  <tr key={action.id}>
                    <th scope="row">{action.what}</th>
                    <td>{action.control}</td>
                    <td>{action.unit.name}</td>
                    <td>
                      {action.resultLabel} ({action.roundName})
                    </td>
                    <td>{action.owner}</td>
                    <td>
                      {action.deadline}
                      {action.overdue && <strong> – försenad</strong>}
                    </td>
                    <td>
                      <span aria-hidden="true">{ACTION_STATUS_ICONS[action.status]}</span>{' '}
                      {ACTION_STATUS_LABELS[action.status]}
                      {action.editable && <ActionStatusForm action={action} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">Försenade kontroller</h2>
        {overdueChecks.length === 0 ? (
          <p>Inga kontroller är försenade.</p>
        ) : (
          <ul>
            {overdueChecks.map((check) => (
              <li key={`${check.controlId}-${check.unit.id}-${check.roundName}`}>
                {check.control}, {check.unit.name}: inget resultat för {check.roundName} (senast{' '}
                {check.deadline})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="escalated-title">
        <h2 id="escalated-title">Eskalerade resultat</h2>
        {escalatedResults.length === 0 ? (
          <p>Inga resultat är eskalerade till {orgUnit.name} eller enheterna under.</p>
        ) : (
          <EscalatedResults
            results={escalatedResults}
            caption={`Resultat ${year} eskalerade till ${orgUnit.name} och enheterna under`}
          />
        )}
      </section>
    </>
  );
}

export function FollowUpPage() {
  const [params, setParams] = useSearchParams();
  const units = useOrgUnits();
  const year = useYear();
  const rounds = useRounds(year);
  const org = shownUnitCode(units.data, params.get('enhet'));
  const followUps = (rounds.data ?? []).filter((round) => round.kind !== 'budget');
  const round = params.get('tillfalle') ?? undefined;
  const set = (change: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      next.set(key, value);
    }
    setParams(next);
  };
  const sortedUnits = [...(units.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <>
      <PageTitle title="Uppföljning av internkontrollen">Uppföljning av internkontrollen</PageTitle>
      <p>
        <Link to={internalControlPath({ org, year })}>Till enhetens internkontroll</Link>
      </p>
      <div className="field-row">
        <SelectField
          id="icf-org"
          label="Enhet"
          value={org}
          onChange={(value) => set({ enhet: value })}
          options={sortedUnits.map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
        />
        <SelectField
          id="icf-round"
          label="Uppföljningstillfälle"
          value={round ?? followUps.find((item) => item.kind === 'closing')?.id ?? ''}
          onChange={(value) => set({ tillfalle: value })}
          options={followUps.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
      </div>
      {org && <FollowUp org={org} year={year} round={round} />}
    </>
  );
}
