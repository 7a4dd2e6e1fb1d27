/**
 * The heading of a unit's page: where it sits in the tree that year, its kind, validity, the units it
 * succeeded or was succeeded by, and its sub-units.
 */

import { Link } from 'react-router';
import { formatDate } from '#core/format.ts';
import { PageTitle } from '#web/kit/page.tsx';
import type { OrgUnitDto } from '../contract.ts';
import { ORG_UNIT_KIND_LABELS } from '../domain/org-unit.ts';
import { UnitLineage } from './unit-lineage.tsx';
import { useOrgUnits } from './use-org-units.ts';

function ancestors(units: readonly OrgUnitDto[], unit: OrgUnitDto): OrgUnitDto[] {
  const byId = new Map(units.map((candidate) => [candidate.id, candidate]));
  const chain: OrgUnitDto[] = [];
  let current = unit.parentId === null ? undefined : byId.get(unit.parentId);
  while (current) {
    chain.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}

export function UnitHeader({ code, year }: { code: string; year: number }) {
  const units = useOrgUnits(year);
  const unit = units.data?.find((candidate) => candidate.code === code);
  if (!units.data || !unit) {
    return <PageTitle title={code}>{code}</PageTitle>;
  }
  const children = units.data.filter((candidate) => candidate.parentId === unit.id);
  const validity = `Giltig från ${formatDate(unit.validFrom)}${unit.validTo ? ` till ${formatDate(unit.validTo)}` : ''}`;
  return (
    <header className="unit-header">
      <nav aria-label="Du är här" className="breadcrumb">
        <ol>
          {ancestors(units.data, unit).map((ancestor) => (
            <li key={ancestor.id}>
              <Link to={`/${year}/${encodeURIComponent(ancestor.code)}`}>{ancestor.name}</Link>
            </li>
          ))}
          <li aria-current="page">{unit.name}</li>
        </ol>
      </nav>
      <PageTitle title={`${unit.name} ${year}`}>
        {unit.name} <span className="title-year">{year}</span>
      </PageTitle>
      <p className="meta">
        {ORG_UNIT_KIND_LABELS[unit.kind]} · kod {unit.code} · {validity}
      </p>
      <UnitLineage unit={unit} />
      {children.length > 0 && (
        <details className="children">
          <summary>
            {children.length} underliggande {children.length === 1 ? 'enhet' : 'enheter'} {year}
          </summary>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <Link to={`/${year}/${encodeURIComponent(child.code)}`}>{child.name}</Link>
                <span className="meta"> · {ORG_UNIT_KIND_LABELS[child.kind].toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
