/**
 * Import: reads a data package all or nothing, list by list in the order of the module sections. Each
 * record is parsed, its references follow records that matched stored ones, it is matched to a stored
 * record by id or natural key, checked by its module's rules and counted as new, changed or unchanged;
 * the module writes the new and changed ones through its use cases, in one transaction. Every problem in
 * the package – format and rule – is listed in one run with its JSON path, the record's name and the
 * offending value; if there is any, nothing is written. Records are handled in batches, so memory
 * follows the batch, not the package.
 */

import { sql } from 'kysely';
import { changedFields } from '#core/entity.ts';
import type { FieldProblem } from '#core/errors.ts';
import { FingerprintSet } from '#core/fingerprint-set.ts';
import { formatPath } from '#core/validation.ts';
import { write } from '#platform/context.ts';
import type { Ctx, Tx } from '../context.ts';
import { findMunicipality, organisationErrors } from '../organisation/index.ts';
import type { AnySection, CheckContext, FactLookup, ImportOptions } from '../package-section.ts';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, packageHeaderSchema } from './contract.ts';
import { packageMessages as m, packageErrors } from './messages.sv.ts';
import type { PackageSource } from './source.ts';

export type { ImportOptions };

export interface ImportReport {
  readonly dryRun: boolean;
  readonly created: Record<string, number>;
  readonly updated: Record<string, number>;
  readonly unchanged: Record<string, number>;
  /** Each list's Swedish name, as the sections name them, for the report's table. */
  readonly names: Record<string, string>;
  readonly warnings: FieldProblem[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type ImportProgress = (done: number, total: number) => void;

/** Records per batch; lists that refer to themselves are read whole, parents first. */
const BATCH = 1000;
/** Problems kept for the report; the count goes on. */
const MAX_PROBLEMS = 1000;

type Record_ = { id: string } & Record<string, unknown>;

class Problems {
  readonly list: FieldProblem[] = [];
  count = 0;

  add(problem: FieldProblem) {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) {
      this.list.push(problem);
    }
  }
}

function titleOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) {
    return undefined;
  }
  const record = raw as Record<string, unknown>;
  const title = [record.name, record.code, record.notation].find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  );
  return title?.slice(0, 200);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    value =
      typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;
}

async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) {
    yield batch;
  }
}

interface ListState {
  readonly section: AnySection;
  /** Package id → stored id, for records matched by natural key. */
  readonly ids: Map<string, string>;
  /** What later lists' checks need, by key (id, or code); null for lists nobody refers to. */
  readonly facts: Map<string, unknown> | null;
  readonly seenIds: FingerprintSet;
  readonly seenKeys: FingerprintSet;
  /** What the section's `configuration` read, if it has one. */
  configuration?: unknown;
  /** Whether the list's table held no record when its import began: then there is nothing stored to match. */
  nothingStored?: boolean;
  created: number;
  updated: number;
  unchanged: number;
}

/** Runs the import; throws `data_package.invalid` listing every problem, or returns what it did. */
export async function importPackage(
  ctx: Ctx,
  source: PackageSource,
  sections: readonly AnySection[],
  options: ImportOptions & { onProgress?: ImportProgress } = { dryRun: false, allowOtherMunicipality: false },
): Promise<ImportReport> {
  const run = (reader: Ctx) => new PackageImport(reader, source, sections, options).run();
  // A dry run only reads; a real one writes everything in one transaction, recorded as "import".
  if (options.dryRun) {
    return run(ctx);
  }
  const report = await write(ctx, (tx) => run(tx), { recordedAs: 'import' });
  const written = sum(report.created) + sum(report.updated);
  if (written >= ANALYZE_AFTER) {
    await refreshStatistics(ctx);
  }
  return report;
}

/**
 * The embedded engine has no autovacuum to notice that the tables grew tenfold; without fresh statistics
 * the planner keeps choosing plans for the empty tables. Every table but the change log, which is only
 * read through its index on the record, and whose JSON values took half of a whole ANALYZE's time.
 */
async function refreshStatistics(ctx: Ctx): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select tablename as name from pg_tables
    where schemaname = current_schema() and tablename <> 'change_log'`.execute(ctx.db);
  if (rows.length > 0) {
    await sql`analyze ${sql.join(rows.map(({ name }) => sql.table(name)))}`.execute(ctx.db);
  }
}

/** Records written before an import refreshes the planner's statistics. */
const ANALYZE_AFTER = 10_000;

const sum = (counts: Readonly<Record<string, number>>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

class PackageImport {
  private readonly problems = new Problems();
  private readonly warnings = new Problems();
  private readonly states = new Map<string, ListState>();
  /** Problems that stand unless a later list refers to their record (a section's `laterRules`). */
  private readonly later: (FieldProblem & {
    section: AnySection;
    key: string;
    list: string;
    field: string;
  })[] = [];
  /** The list and field pairs the later rules wait for, and the values seen in them ("list|field|value"). */
  private readonly awaited = new Set<string>();
  private readonly referred = new Set<string>();
  private done = 0;
  private readonly total: number;

  constructor(
    private readonly ctx: Ctx,
    private readonly source: PackageSource,
    private readonly sections: readonly AnySection[],
    private readonly options: ImportOptions & { onProgress?: ImportProgress },
  ) {
    const referenced = new Set(
      sections.flatMap((section) => [
        ...section.references.map((ref) => ref.list),
        ...(section.consults ?? []).map((consulted) => consulted.list),
      ]),
    );
    for (const section of sections) {
      this.states.set(section.list, {
        section,
        ids: new Map(),
        facts: referenced.has(section.list) ? new Map() : null,
        seenIds: new FingerprintSet(),
        seenKeys: new FingerprintSet(),
        created: 0,
        updated: 0,
        unchanged: 0,
      });
    }
    this.total = sections.reduce((sum, section) => sum + source.count(section.list), 0);
  }

  async run(): Promise<ImportReport> {
    const context = await this.checkHeader();
    for (const section of this.sections) {
      await this.importList(section, context);
    }
    await this.settleLaterRules();
    if (this.problems.count > 0) {
      throw packageErrors.invalid(this.problems.count, this.problems.list);
    }
    const counts = (pick: (state: ListState) => number) =>
      Object.fromEntries(
        this.sections.map((section) => [section.list, pick(this.states.get(section.list) as ListState)]),
      );
    return {
      dryRun: this.options.dryRun,
      created: counts((state) => state.created),
      updated: counts((state) => state.updated),
      unchanged: counts((state) => state.unchanged),
      names: Object.fromEntries(this.sections.map((section) => [section.list, capitalised(section.plural)])),
      warnings: this.warnings.list,
    };
  }

  /** The header: format, version, and whose municipality the package is. */
  private async checkHeader(): Promise<CheckContext> {
    const { header, malformedLists } = this.source;
    if (!this.source.isObject) {
      this.problems.add({ path: '$', message: m.notAnObject() });
    }
    for (const list of malformedLists) {
      this.problems.add({ path: `$.${list}`, message: m.notAList() });
    }
    const parsed = packageHeaderSchema.safeParse(header);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        this.problems.add({
          path: issue.path.length === 0 ? '$' : `$.${formatPath(issue.path)}`,
          message: issue.path[0] === 'format' ? m.notAPackage(PACKAGE_FORMAT) : capitalise(issue.message),
          value: valueAt(header, issue.path),
        });
      }
    } else if (parsed.data.formatVersion !== PACKAGE_FORMAT_VERSION) {
      this.problems.add({
        path: '$.formatVersion',
        message: m.unknownVersion(),
        value: parsed.data.formatVersion,
      });
    }
    const municipality = await findMunicipality(this.ctx);
    const declared = parsed.success ? parsed.data.municipality : null;
    if (
      declared !== null &&
      municipality !== null &&
      declared.code !== municipality &&
      !this.options.allowOtherMunicipality
    ) {
      this.problems.add({
        path: '$.municipality.code',
        message: organisationErrors.other_municipality.text(declared.code, municipality),
        value: declared.code,
      });
    }
    return { options: this.options, municipality };
  }

  private lookup: FactLookup = (list, key) => this.states.get(list)?.facts?.get(key);

  private async importList(section: AnySection, context: CheckContext) {
    const state = this.states.get(section.list) as ListState;
    if (section.configuration) {
      state.configuration = await section.configuration(this.ctx);
    }
    state.nothingStored = section.storedIn !== undefined && (await this.isEmpty(section.storedIn));
    const refersToItself = section.references.some((ref) => ref.list === section.list);
    let index = 0;
    // A batch is written while the next one is read and parsed here; the database sees the queries in the
    // same order as before, since the next batch's first query waits for the write.
    let writing: Promise<void> = Promise.resolve();
    try {
      for await (const raw of batches(
        this.source.records(section.list),
        refersToItself ? Number.MAX_SAFE_INTEGER : BATCH,
      )) {
        const parsed = raw
          .map((record) => ({ index: index++, raw: record, record: this.parse(section, record, index - 1) }))
          .filter((item): item is { index: number; raw: unknown; record: Record_ } => item.record !== null);
        const ordered = refersToItself ? this.inSectionOrder(section, parsed) : parsed;
        await writing;
        writing = (await this.importBatch(state, ordered, context)).written;
        // Awaited before the next batch or at the end; a failure meanwhile is not an unhandled rejection.
        writing.catch(() => undefined);
        this.done += raw.length;
        this.options.onProgress?.(this.done, this.total);
      }
    } catch (error) {
      // The transaction is rolled back once the write under way has finished; the first failure is the one told.
      await writing.catch(() => undefined);
      throw error;
    }
    await writing;
  }

  private async isEmpty(table: string): Promise<boolean> {
    const { rows } = await sql<{ stored: boolean }>`
      select exists (select 1 from ${sql.table(table)}) as stored`.execute(this.ctx.db);
    return rows[0]?.stored !== true;
  }

  /** Parses one record; format problems are listed and the record left out of the rest. */
  private parse(section: AnySection, raw: unknown, index: number): Record_ | null {
    const result = section.record.safeParse(raw);
    if (result.success) {
      return result.data as Record_;
    }
    for (const issue of result.error.issues) {
      this.problems.add({
        path: `$.${section.list}[${index}]${issue.path.length > 0 ? `.${formatPath(issue.path)}` : ''}`,
        message: capitalise(issue.message),
        record: titleOf(raw),
        value: valueAt(raw, issue.path),
      });
    }
    return null;
  }

  private inSectionOrder<T extends { record: Record_ }>(section: AnySection, items: readonly T[]): T[] {
    const byRecord = new Map(items.map((item) => [item.record, item]));
    return section.order(items.map((item) => item.record)).map((record) => byRecord.get(record) as T);
  }

  /** Follows references to records that took a stored record's id. */
  private resolve(section: AnySection, record: Record_): Record_ {
    let resolved = record;
    for (const ref of section.references) {
      const value = record[ref.field];
      const stored = typeof value === 'string' ? this.states.get(ref.list)?.ids.get(value) : undefined;
      if (stored !== undefined) {
        resolved = { ...resolved, [ref.field]: stored };
      }
    }
    return resolved;
  }

  private async importBatch(
    state: ListState,
    items: readonly { index: number; raw: unknown; record: Record_ }[],
    context: CheckContext,
  ): Promise<{ readonly written: Promise<void> }> {
    const { section } = state;
    const at = (index: number) => `$.${section.list}[${index}]`;
    const checkContext: CheckContext =
      state.configuration === undefined ? context : { ...context, configuration: state.configuration };
    // A list whose table was empty when its import began has nothing stored to match. What its earlier batches
    // wrote needs no matching: the package's own duplicates are found by id and natural key below, and a dry
    // run, which writes nothing, then warns of the same similar names as the import.
    const existing = state.nothingStored
      ? []
      : await section.findExisting(
          this.ctx,
          items.map((item) => this.resolve(section, item.record)),
        );
    const byId = new Map(existing.map((record: Record_) => [record.id, record]));
    const byKey = new Map(existing.map((record: Record_) => [section.naturalKey(record), record]));
    const bySimilar = new Map<string, Record_>();
    for (const record of existing) {
      const key = section.similarKey?.(record);
      if (key !== undefined) {
        bySimilar.set(key, record);
      }
    }

    const accepted: { index: number; record: Record_; before: Record_ | null }[] = [];
    for (const item of items) {
      // Resolved one by one: in a list that refers to itself, a parent matched just above changes its children.
      let record = this.resolve(section, item.record);
      const naturalKey = section.naturalKey(record);
      if (!state.seenIds.add(record.id)) {
        this.problems.add({
          path: `${at(item.index)}.id`,
          message: m.duplicateId(section.label),
          record: section.title(record),
          value: record.id,
        });
        continue;
      }
      const match = byId.get(record.id) ?? byKey.get(naturalKey);
      if (match && match.id !== record.id) {
        state.ids.set(record.id, match.id);
        record = { ...record, id: match.id };
      }
      if (!state.seenKeys.add(section.naturalKey(record))) {
        this.problems.add({
          path: at(item.index),
          message: m.duplicateKey(section.label),
          record: section.title(record),
        });
        continue;
      }
      if (!match) {
        const similar = section.similarKey ? bySimilar.get(section.similarKey(record)) : undefined;
        if (similar && section.naturalKey(similar) !== naturalKey) {
          this.warnings.add({
            path: at(item.index),
            message: m.similar(section.label, section.title(record), section.title(similar)),
            record: section.title(record),
          });
        }
      }
      state.facts?.set(section.key(record), section.facts(record));
      this.noteReferences(section, record);
      accepted.push({ index: item.index, record, before: match ?? null });
    }

    await this.prefetchFacts(
      section,
      accepted.map((item) => item.record),
    );
    const created: Record_[] = [];
    const updated: { before: Record_; after: Record_ }[] = [];
    for (const { index, record, before } of accepted) {
      const problems = [
        ...this.missingReferences(section, record),
        ...section.check(record, this.lookup, checkContext),
      ];
      for (const rule of section.laterRules?.(record, this.lookup, checkContext) ?? []) {
        this.awaited.add(`${rule.list}|${rule.field}`);
        this.later.push({
          path: `${at(index)}.${rule.problem.field}`,
          message: rule.problem.message,
          record: section.title(record),
          value: rule.problem.value,
          section,
          key: section.key(record),
          list: rule.list,
          field: rule.field,
        });
      }
      for (const problem of problems) {
        this.problems.add({
          path: `${at(index)}.${problem.field}`,
          message: problem.message,
          record: section.title(record),
          value: problem.value,
        });
      }
      if (before === null) {
        created.push(record);
        state.created += 1;
      } else if (Object.keys(changedFields(before, record)).length > 0) {
        updated.push({ before, after: record });
        state.updated += 1;
      } else {
        state.unchanged += 1;
      }
    }
    const writes =
      this.problems.count === 0 && !this.options.dryRun && (created.length > 0 || updated.length > 0);
    return { written: writes ? section.write(this.ctx as Tx, created, updated) : Promise.resolve() };
  }

  /** Notes the values of the fields that later rules wait for (an action's result). */
  private noteReferences(section: AnySection, record: Record_) {
    if (this.awaited.size === 0) {
      return;
    }
    for (const pair of this.awaited) {
      const [list, field] = pair.split('|') as [string, string];
      const value = record[field];
      if (list === section.list && typeof value === 'string') {
        this.referred.add(`${pair}|${value}`);
      }
    }
  }

  /** The later rules' problems whose record no record of the awaited list refers to, here or stored. */
  private async settleLaterRules() {
    const open = this.later.filter((item) => !this.referred.has(`${item.list}|${item.field}|${item.key}`));
    for (const section of new Set(open.map((item) => item.section))) {
      for (const list of new Set(open.filter((item) => item.section === section).map((item) => item.list))) {
        const items = open.filter((item) => item.section === section && item.list === list);
        const stored =
          (await section.referredByStored?.(
            this.ctx,
            list,
            items.map((item) => item.key),
          )) ?? new Set<string>();
        for (const { section: _section, key, list: _list, field: _field, ...problem } of items) {
          if (!stored.has(key)) {
            this.problems.add(problem);
          }
        }
      }
    }
  }

  /** Loads, from the database, the facts of referred records that the package does not hold. */
  private async prefetchFacts(section: AnySection, records: readonly Record_[]) {
    const wanted = [
      ...section.references.map((ref) => ({
        list: ref.list,
        keys: records.map((record) => record[ref.field]),
      })),
      ...(section.consults ?? []),
    ];
    for (const { list, keys } of wanted) {
      const target = this.states.get(list);
      if (!target?.facts) {
        continue;
      }
      const missing = [
        ...new Set(keys.filter((key): key is string => typeof key === 'string' && !target.facts?.has(key))),
      ];
      if (missing.length === 0) {
        continue;
      }
      for (const stored of await target.section.byKeys(this.ctx, missing)) {
        const key = target.section.key(stored);
        if (!target.facts.has(key)) {
          target.facts.set(key, target.section.facts(stored));
        }
      }
    }
  }

  private missingReferences(section: AnySection, record: Record_) {
    return section.references.flatMap((ref) => {
      const value = record[ref.field];
      if (typeof value !== 'string' || this.lookup(ref.list, value) !== undefined) {
        return [];
      }
      const target = this.states.get(ref.list)?.section;
      return [{ field: ref.field, message: m.referenceMissing(target?.label ?? ref.list, value), value }];
    });
  }
}

function capitalise(text: string): string {
  const sentence = `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}
