/**
 * A unit's place in the reorganisations: whose work it took over ("Föregångare"), where its work went
 * ("Efterföljare"), and – for a successor – every earlier unit it continues, with their years, so that a
 * reader can follow goals and outcomes back across a reorganisation ("Tidigare enheter").
 */
import { Link } from 'react-router';
import { useApiQuery } from '#web/kit/api.ts';
import { type OrgUnitDto, organisationApi } from '../contract.ts';
import { dayBefore, lineage, successorsOf } from '../domain/succession.ts';
import { useOrgUnits } from './use-org-units.ts';

const yearOf = (date: string) => Number(date.slice(0, 4));

/** "2019–2021", "från 2022". */
function years(unit: OrgUnitDto): string {
  const from = yearOf(unit.validFrom);
  if (unit.validTo === null) {
    return `från ${from}`;
  }
  const to = yearOf(unit.validTo);
  return from === to ? String(from) : `${from}–${to}`;
}

/** The unit's page in a year it existed. */
const unitLink = (unit: OrgUnitDto, year: number) => `/${year}/${encodeURIComponent(unit.code)}`;

export function UnitLineage({ unit }: { unit: OrgUnitDto }) {
  const units = useOrgUnits();
  const successions = useApiQuery(organisationApi.listSuccessions, { query: {} });
  if (!units.data || !successions.data) {
    return null;
  }
  const byId = new Map(units.data.map((candidate) => [candidate.id, candidate]));
  const links = successions.data;
  const before = lineage(unit.id, links).flatMap((step) => {
    const found = byId.get(step.unitId);
    return found ? [{ ...step, unit: found }] : [];
  });
  const direct = before.filter((step) => step.generation === 1);
  const after = successorsOf(unit.id, links).flatMap((link) => {
    const found = byId.get(link.successorId);
    return found ? [{ ...link, unit: found }] : [];
  });
  if (before.length === 0 && after.length === 0) {
    return null;
  }
  return (
    <>
      {direct.length > 0 && (
        <p className="meta">
          Föregångare:{' '}
          {direct.map((step, index) => (
            <span key={step.unitId}>
              {index > 0 && ', '}
              <Link to={unitLink(step.unit, yearOf(dayBefore(step.effectiveFrom)))}>{step.unit.name}</Link>{' '}
              (till {dayBefore(step.effectiveFrom)})
            </span>
          ))}
        </p>
      )}
      {after.length > 0 && (
        <p className="meta">
          Efterföljare:{' '}
          {after.map((link, index) => (
            <span key={link.successorId}>
              {index > 0 && ', '}
              <Link to={unitLink(link.unit, yearOf(link.effectiveFrom))}>{link.unit.name}</Link> (från{' '}
              {link.effectiveFrom})
            </span>
          ))}
        </p>
      )}
      {before.length > 0 && (
        <details className="children">
          <summary>
            Tidigare enheter: {before.length} {before.length === 1 ? 'enhet' : 'enheter'} som den här enheten
            fortsätter
          </summary>
          <ul>
            {before.map((step) => (
              <li key={step.unitId}>
                <Link to={unitLink(step.unit, yearOf(dayBefore(step.effectiveFrom)))}>{step.unit.name}</Link>
                <span className="meta">
                  {' '}
                  · {years(step.unit)} · gick över i {byId.get(step.successorId)?.name ?? 'efterföljaren'}{' '}
                  {step.effectiveFrom}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
