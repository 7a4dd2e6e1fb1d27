/** Reading assignments, their recipients and statuses. Writes go through the platform's write path. */

import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { ASSIGNMENT_KINDS } from '../domain/assignment.ts';
import { assignmentEntity, recipientEntity, statusEntity } from '../model.ts';

export type Assignment = EntityDto<typeof assignmentEntity>;
export type Recipient = EntityDto<typeof recipientEntity>;
export type Status = EntityDto<typeof statusEntity>;

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

export interface AssignmentFilter {
  readonly year?: number;
  readonly ids?: readonly string[];
  /** Assignments that continue these (their copies in a later year). */
  readonly carriedFromIds?: readonly string[];
}

/** Assignments in the order the documents print them: by year, kind, sort order. */
export async function listAssignments(db: Db, filter: AssignmentFilter = {}): Promise<Assignment[]> {
  let query = db
    .selectFrom('strategic_assignment')
    .selectAll()
    .orderBy('year')
    .orderBy('sort_order')
    .orderBy('id');
  if (filter.year !== undefined) {
    query = query.where('year', '=', filter.year);
  }
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) {
      return [];
    }
    query = query.where('id', '=', anyUuid(filter.ids));
  }
  if (filter.carriedFromIds !== undefined) {
    if (filter.carriedFromIds.length === 0) {
      return [];
    }
    query = query.where('carried_from_id', '=', anyUuid(filter.carriedFromIds));
  }
  const assignments = (await query.execute()).map((row) => fromRow(assignmentEntity, row as Row));
  // Kinds in the documents' order (common, board, administration, additional), not the alphabet's.
  const rank = (assignment: Assignment) => ASSIGNMENT_KINDS.indexOf(assignment.kind);
  return assignments.sort((a, b) => a.year - b.year || rank(a) - rank(b));
}

export async function findAssignment(db: Db, id: string): Promise<Assignment | null> {
  return (await listAssignments(db, { ids: [id] }))[0] ?? null;
}

export interface RecipientFilter {
  readonly assignmentIds?: readonly string[];
  readonly ids?: readonly string[];
  readonly orgUnitIds?: readonly string[];
}

export async function listRecipients(db: Db, filter: RecipientFilter): Promise<Recipient[]> {
  let query = db
    .selectFrom('assignment_recipient')
    .selectAll()
    .orderBy('assignment_id')
    .orderBy('created_at')
    .orderBy('id');
  for (const [column, ids] of [
    ['assignment_id', filter.assignmentIds],
    ['id', filter.ids],
    ['org_unit_id', filter.orgUnitIds],
  ] as const) {
    if (ids !== undefined) {
      if (ids.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(ids));
    }
  }
  return (await query.execute()).map((row) => fromRow(recipientEntity, row as Row));
}

export async function findRecipient(db: Db, id: string): Promise<Recipient | null> {
  return (await listRecipients(db, { ids: [id] }))[0] ?? null;
}

export interface StatusFilter {
  readonly recipientIds?: readonly string[];
  readonly ids?: readonly string[];
}

export async function listStatuses(db: Db, filter: StatusFilter): Promise<Status[]> {
  let query = db
    .selectFrom('assignment_status')
    .selectAll()
    .orderBy('recipient_id')
    .orderBy('created_at')
    .orderBy('id');
  for (const [column, ids] of [
    ['recipient_id', filter.recipientIds],
    ['id', filter.ids],
  ] as const) {
    if (ids !== undefined) {
      if (ids.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(ids));
    }
  }
  return (await query.execute()).map((row) => fromRow(statusEntity, row as Row));
}

export async function findStatus(db: Db, id: string): Promise<Status | null> {
  return (await listStatuses(db, { ids: [id] }))[0] ?? null;
}
