/** A role grant in Swedish words: its role, the part of the organisation it covers and its years. */
import type { Grant } from '#core/actor.ts';
import { ROLE_LABELS } from '../domain/permissions.ts';

/** "alla år", "från 2023", "till och med 2025", "2023" or "2023–2025". */
export function yearsText(fromYear: number | null, toYear: number | null): string {
  if (fromYear === null && toYear === null) {
    return 'alla år';
  }
  if (toYear === null) {
    return `från ${fromYear}`;
  }
  if (fromYear === null) {
    return `till och med ${toYear}`;
  }
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}

/** The part of the organisation a grant covers: "Hela kommunen", or the unit's name. */
export function scopeText(orgUnitId: string | null, unitName: (id: string) => string | undefined): string {
  return orgUnitId === null ? 'Hela kommunen' : (unitName(orgUnitId) ?? 'Okänd enhet');
}

/** "Rapportör – Verksamhetsstöd och service, alla år". */
export function grantText(grant: Grant, unitName: (id: string) => string | undefined): string {
  return `${ROLE_LABELS[grant.role]} – ${scopeText(grant.orgUnitId, unitName)}, ${yearsText(grant.fromYear, grant.toYear)}`;
}
