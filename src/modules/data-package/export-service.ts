/**
 * Export: what the scope selects (a unit's subtree as it was a year, with everything recorded on its goals;
 * or everything), list by list in section order, then everything the chosen records refer to (a goal's
 * parent goal in another unit, the rounds outcomes were reported in, a unit's ancestors), so the package
 * can be imported into an empty installation. Lists come in each section's stable order, so exporting twice
 * gives the same document.
 */
import type { Ctx } from '../context.ts';
import { findMunicipality, getOrgUnit } from '../organisation/index.ts';
import type { AnySection, Chosen, ExportScope } from '../package-section.ts';
import { type DataPackage, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from './contract.ts';
import { packageErrors } from './messages.sv.ts';

export type { ExportScope };

type Record_ = { id: string } & Record<string, unknown>;

export async function exportPackage(
  ctx: Ctx,
  scope: ExportScope,
  sections: readonly AnySection[],
): Promise<DataPackage> {
  if (scope.year !== undefined && scope.org === undefined) {
    throw packageErrors.year_without_org();
  }
  const root = scope.org === undefined ? null : await getOrgUnit(ctx, scope.org);
  const chosen = new Map<string, Map<string, Record_>>();
  const keysOf = (): Chosen =>
    new Map([...chosen].map(([list, records]) => [list, new Set(records.keys())] as const));
  for (const section of sections) {
    const records = await section.select(ctx, scope, keysOf());
    chosen.set(section.list, new Map(records.map((record: Record_) => [section.key(record), record])));
  }
  // Referred records, last list first: every list that refers to a list comes after it.
  for (const section of [...sections].reverse()) {
    const own = chosen.get(section.list) as Map<string, Record_>;
    for (;;) {
      const wanted = new Set<string>();
      for (const other of sections) {
        for (const ref of other.references.filter((candidate) => candidate.list === section.list)) {
          for (const record of chosen.get(other.list)?.values() ?? []) {
            const key = record[ref.field];
            if (typeof key === 'string' && !own.has(key)) {
              wanted.add(key);
            }
          }
        }
      }
      if (wanted.size === 0) {
        break;
      }
      const found = await section.byKeys(ctx, [...wanted]);
      const before = own.size;
      for (const record of found) {
        own.set(section.key(record), record);
      }
      if (own.size === before) {
        break; // referred records that are gone: nothing more to add
      }
    }
  }
  const municipalityCode = await findMunicipality(ctx);
  const municipality =
    municipalityCode === null ? null : await getOrgUnit(ctx, municipalityCode).catch(() => null);
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
    scope: root !== null && scope.year !== undefined ? { org: root.code, year: scope.year } : null,
    ...Object.fromEntries(
      sections.map((section) => [
        section.list,
        section.order([...(chosen.get(section.list)?.values() ?? [])]),
      ]),
    ),
  } as DataPackage;
}
