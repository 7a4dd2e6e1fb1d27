/**
 * The auditor's questions to the change log: which changes a person made, which concern a unit and the
 * units under it, in a period, of a kind of record – a page at a time, newest first, or all of them as a
 * file.
 *
 * The log keeps each change's old and new record as JSON, not the unit the record belongs to. That unit is
 * found with the rule the record's module declares for its table (`scopeOf`, the same rule that decides who
 * may write it: an outcome belongs to its indicator's goal's unit), and only for the changes that are
 * returned – or, with a unit filter, for the changes read until a page is full.
 */
import { formatDate, formatDateTime } from '#core/format.ts';
import {
  CHANGE_ACTION_LABELS,
  describeFieldChanges,
  entityTypeLabel,
  recordTitle,
  type ValueText,
  withUnitNames,
} from '#core/history.ts';
import { cell, type TableModel } from '#core/table.ts';
import { tableToCsv } from '#core/table-csv.ts';
import {
  type ChangeFilter,
  type ChangeLogEntry,
  changeLogActors,
  changeLogEntityTypes,
  findChanges,
} from '#platform/audit/change-log.ts';
import { tableToXlsx } from '#platform/table-xlsx.ts';
import type { Ctx } from '../context.ts';
import { ownScope, type TableRule } from '../module-policy.ts';
import { subtreeIds } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrganisation, type OrgUnit } from '../organisation/index.ts';
import {
  type AuditChange,
  type AuditChoices,
  type ChangeFilterQuery,
  type ChangePage,
  type ChangesQuery,
  DEFAULT_PAGE,
  type ExportQuery,
} from './contract.ts';
import { auditErrors } from './messages.sv.ts';

type Rules = Readonly<Record<string, TableRule>>;

/** How many changes are read at a time while looking for those of a unit. */
const SCAN_BATCH = 1000;

/** The most changes one file holds. */
export const MAX_EXPORT = 50_000;

function recordOf(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * The unit each changed record belongs to, by its table's rule. The rules look a record's unit up through
 * what it refers to (an outcome → its indicator → its goal): the answer is remembered per table and
 * references (the record's `…Id` fields and its year, all that the rules read), so a page of a thousand
 * outcomes of the same indicators asks the database a few times, not a thousand.
 */
class UnitResolver {
  private readonly known = new Map<string, Promise<string | null>>();

  constructor(
    private readonly ctx: Ctx,
    private readonly rules: Rules,
  ) {}

  unitOf(change: ChangeLogEntry): Promise<string | null> {
    // A unit's own changes belong to it (its rule names its parent: who may change it).
    if (change.entityType === 'org_unit') {
      return Promise.resolve(change.entityId);
    }
    const record = recordOf(change.newValue) ?? recordOf(change.oldValue);
    if (record === null) {
      return Promise.resolve(null);
    }
    const rule = this.rules[change.entityType];
    if (!rule?.scopeOf) {
      return Promise.resolve(ownScope(record).unitId);
    }
    const scopeOf = rule.scopeOf;
    const references = Object.entries(record)
      .filter(([field]) => field.endsWith('Id') || field === 'year')
      .sort(([a], [b]) => a.localeCompare(b));
    const key = `${change.entityType}|${JSON.stringify(references)}`;
    let unit = this.known.get(key);
    if (unit === undefined) {
      unit = (async () => {
        try {
          return (await scopeOf(this.ctx, record)).unitId;
        } catch {
          // A record whose references no longer hold (a value of another shape): no unit, not a failure.
          return null;
        }
      })();
      this.known.set(key, unit);
    }
    return unit;
  }
}

interface Found {
  readonly entry: ChangeLogEntry;
  readonly unitId: string | null;
}

interface Selection {
  readonly filter: ChangeFilter;
  /** The unit asked for, and the ids of its subtree; null: every unit, and changes of none. */
  readonly unit: { readonly root: OrgUnit; readonly ids: ReadonlySet<string> } | null;
  readonly units: ReadonlyMap<string, OrgUnit>;
  readonly resolver: UnitResolver;
}

async function select(ctx: Ctx, rules: Rules, query: ChangeFilterQuery): Promise<Selection> {
  if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
    throw auditErrors.period_reversed(query.from, query.to);
  }
  const all = await listOrganisation(ctx);
  const root = query.unit === undefined ? null : await getOrgUnit(ctx, query.unit);
  return {
    filter: {
      ...(query.person !== undefined ? { actorId: query.person } : {}),
      ...(query.entityType !== undefined ? { entityType: query.entityType } : {}),
      ...(query.from !== undefined ? { fromDay: query.from } : {}),
      ...(query.to !== undefined ? { toDay: query.to } : {}),
    },
    unit: root === null ? null : { root, ids: subtreeIds(all, root.id) },
    units: new Map(all.map((unit) => [unit.id, unit])),
    resolver: new UnitResolver(ctx, rules),
  };
}

/**
 * Reads changes newest first from `before` on, keeping those of the selection's unit, until `wanted` are
 * found or the log ends.
 */
async function scan(
  ctx: Ctx,
  selection: Selection,
  before: string | undefined,
  wanted: number,
): Promise<Found[]> {
  const found: Found[] = [];
  let cursor = before;
  const batchSize = selection.unit === null ? Math.min(wanted, SCAN_BATCH) : SCAN_BATCH;
  for (;;) {
    const batch = await findChanges(
      ctx.db,
      { ...selection.filter, ...(cursor !== undefined ? { before: cursor } : {}) },
      batchSize,
    );
    for (const entry of batch) {
      const unitId = await selection.resolver.unitOf(entry);
      if (selection.unit !== null && (unitId === null || !selection.unit.ids.has(unitId))) {
        continue;
      }
      found.push({ entry, unitId });
      if (found.length >= wanted) {
        return found;
      }
    }
    const last = batch.at(-1);
    if (batch.length < batchSize || last === undefined) {
      return found;
    }
    cursor = last.id;
  }
}

function present(selection: Selection, { entry, unitId }: Found): AuditChange {
  const unit = unitId === null ? undefined : selection.units.get(unitId);
  return {
    ...entry,
    entityLabel: entityTypeLabel(entry.entityType),
    title: recordTitle(entry.oldValue, entry.newValue),
    unit: unit ? { id: unit.id, code: unit.code, name: unit.name } : null,
  };
}

export async function listChanges(ctx: Ctx, rules: Rules, query: ChangesQuery): Promise<ChangePage> {
  const limit = query.limit ?? DEFAULT_PAGE;
  const selection = await select(ctx, rules, query);
  // One more than the page: whether there is a next page.
  const found = await scan(ctx, selection, query.before, limit + 1);
  const page = found.slice(0, limit);
  return {
    changes: page.map((item) => present(selection, item)),
    nextBefore: found.length > limit ? (page.at(-1)?.entry.id ?? null) : null,
  };
}

export async function listChoices(ctx: Ctx): Promise<AuditChoices> {
  const [people, types] = await Promise.all([changeLogActors(ctx.db), changeLogEntityTypes(ctx.db)]);
  const collator = new Intl.Collator('sv');
  return {
    people: people.sort((a, b) => collator.compare(a.name, b.name)),
    entityTypes: types
      .map((type) => ({ type, label: entityTypeLabel(type) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
  };
}

/** "Ändringslogg: Cecilia Ek, VSS med underenheter, 2026-01-01–2026-12-31, Indikator". */
function caption(selection: Selection, query: ChangeFilterQuery, found: readonly Found[]): string {
  const person =
    query.person === undefined
      ? null
      : (found.find(({ entry }) => entry.actorId === query.person)?.entry.actorName ?? query.person);
  const period =
    query.from === undefined && query.to === undefined ? null : `${query.from ?? ''}–${query.to ?? ''}`;
  const parts = [
    person,
    selection.unit === null
      ? null
      : `${selection.unit.root.name} (${selection.unit.root.code}) med underenheter`,
    period,
    query.entityType === undefined ? null : entityTypeLabel(query.entityType),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? 'Ändringslogg' : `Ändringslogg: ${parts.join(', ')}`;
}

const COLUMNS = ['När', 'Vem', 'Vad', 'Post', 'Enhet', 'Åtgärd', 'Ändringar', 'Postens id'] as const;

/** The changes as a table: a row per change, its fields' old and new values a line each. */
export function changesTable(
  captionText: string,
  changes: readonly AuditChange[],
  text: ValueText,
): TableModel {
  return {
    key: 'andringslogg',
    caption: captionText,
    groupLabel: null,
    columns: COLUMNS.map((label, index) => ({
      key: `c${index}`,
      label,
      align: 'start' as const,
    })),
    groups: [
      {
        key: 'changes',
        heading: null,
        description: null,
        note: null,
        ref: null,
        rows: changes.map((change) => ({
          key: change.id,
          depth: 0,
          role: 'row' as const,
          header: cell(formatDateTime(change.createdAt)),
          cells: [
            change.actorName,
            change.entityLabel,
            change.title ?? '',
            change.unit ? `${change.unit.name} (${change.unit.code})` : '',
            CHANGE_ACTION_LABELS[change.action],
            describeFieldChanges(change.oldValue, change.newValue, text).join('\n'),
            change.entityId,
          ].map((text) => cell(text)),
          ref: { kind: change.entityType, id: change.entityId },
        })),
      },
    ],
    footnotes: [],
  };
}

export async function exportChanges(
  ctx: Ctx,
  rules: Rules,
  query: ExportQuery,
): Promise<{ name: string; bytes: Buffer }> {
  const selection = await select(ctx, rules, query);
  const found = await scan(ctx, selection, undefined, MAX_EXPORT + 1);
  if (found.length > MAX_EXPORT) {
    throw auditErrors.export_too_large(MAX_EXPORT.toLocaleString('sv-SE'));
  }
  const table = changesTable(
    caption(selection, query, found),
    found.map((item) => present(selection, item)),
    withUnitNames(selection.units),
  );
  const name = `andringslogg-${formatDate(new Date())}.${query.format}`;
  const bytes =
    query.format === 'csv' ? Buffer.from(tableToCsv(table, 'sv'), 'utf8') : await tableToXlsx(table);
  return { name, bytes };
}
