/**
 * The installation's policy, built from every module's rules: an operation is first checked as a whole
 * (may this actor read, or change anything of this kind?), then every record the write path writes is
 * checked against the unit and year it belongs to. A table without a rule may be written only by someone
 * who governs the whole municipality: what is forgotten is closed, not open.
 */
import type { Actor, Capability } from '#core/actor.ts';
import type { AccessRequest, Policy } from '#platform/context.ts';
import type { Ctx } from '../context.ts';
import {
  type ModulePolicy,
  ownScope,
  type RecordLock,
  type Requirement,
  type TableRule,
} from '../module-policy.ts';
import { unitPath } from './db/access-repository.ts';
import { canSomewhere, type Need, permits, writesSomewhere } from './domain/permissions.ts';

const CLOSED: TableRule = { capability: 'govern', scopeOf: () => ({ unitId: null, year: null }) };

function meets(actor: Actor, requirement: Requirement): boolean {
  switch (requirement.kind) {
    case 'signedIn':
      return true;
    case 'somewhere':
      return canSomewhere(actor.grants, requirement.capability);
    case 'municipality':
      return permits(actor.grants, { capability: requirement.capability, unitId: null, year: null }, []);
  }
}

export function createPolicy(policies: readonly ModulePolicy[]): Policy {
  const operations: Record<string, Requirement> = Object.assign(
    {},
    ...policies.map((p) => p.operations ?? {}),
  );
  const tables: Record<string, TableRule> = Object.assign({}, ...policies.map((p) => p.tables ?? {}));
  const locks = new Map<string, RecordLock[]>();
  for (const [table, lock] of policies.flatMap((p) => Object.entries(p.locks ?? {}))) {
    locks.set(table, [...(locks.get(table) ?? []), lock]);
  }

  async function mayWriteRecord(
    ctx: Pick<Ctx, 'db' | 'actor'>,
    table: string,
    record: Record<string, unknown>,
  ) {
    const rule = tables[table] ?? CLOSED;
    const capabilities: readonly Capability[] =
      typeof rule.capability === 'string' ? [rule.capability] : rule.capability;
    const grants = ctx.actor.grants;
    // Someone who holds the capability everywhere needs no lookup: an import of thousands of records stays fast.
    if (capabilities.some((capability) => permits(grants, { capability, unitId: null, year: null }, []))) {
      return true;
    }
    if (!capabilities.some((capability) => canSomewhere(grants, capability))) {
      return false;
    }
    const scope = rule.scopeOf ? await rule.scopeOf(ctx, record) : ownScope(record);
    const path = scope.unitId === null ? [] : await unitPath(ctx.db, scope.unitId);
    return capabilities.some((capability) =>
      permits(grants, { capability, unitId: scope.unitId, year: scope.year } satisfies Need, path),
    );
  }

  return async (ctx, request: AccessRequest) => {
    const actor = ctx.actor;
    const records = request.records ?? (request.record === undefined ? undefined : [request.record]);
    if (records !== undefined) {
      // The records up to the first one refused, whose locks are then asked as if one by one: the same
      // refusal as checking each record and its locks in turn, in a few queries for a whole batch.
      const allowed: Record<string, unknown>[] = [];
      for (const record of records as readonly Record<string, unknown>[]) {
        if (!(await mayWriteRecord(ctx as unknown as Ctx, request.resource, record))) {
          break;
        }
        allowed.push(record);
      }
      for (const lock of allowed.length > 0 ? (locks.get(request.resource) ?? []) : []) {
        await lock(ctx as unknown as Ctx, allowed);
      }
      return allowed.length === records.length;
    }
    const requirement = operations[request.resource];
    if (requirement) {
      return meets(actor, requirement);
    }
    return request.action === 'read' ? canSomewhere(actor.grants, 'read') : writesSomewhere(actor.grants);
  };
}
