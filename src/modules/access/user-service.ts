/**
 * Use cases for administrators: users, their roles per subtree and years, password resets and API tokens.
 * Every change is in the change log; secrets are shown once and stored only as hashes.
 */
import { LOCAL_USER_ID } from '#core/actor.ts';
import type { EntityDto } from '#core/entity.ts';
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import { hashPassword, randomBytes, randomSecret, sha256 } from '#platform/secrets.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit } from '../organisation/index.ts';
import {
  insertToken,
  listTokens,
  revokeToken,
  savePassword,
  type TokenRow,
  tokenExists,
} from './db/access-repository.ts';
import { oneTimePassword } from './domain/password.ts';
import { accessErrors } from './messages.sv.ts';
import { grantEntity, userEntity } from './model.ts';
import { checkNewPassword, endSessionsOf, passwordChange } from './session-service.ts';

export type User = EntityDto<typeof userEntity>;
export type RoleGrant = EntityDto<typeof grantEntity>;
export interface UserWithGrants extends User {
  readonly grants: RoleGrant[];
  readonly hasPassword: boolean;
  readonly signsInWithIdp: boolean;
}

export async function listUsers(ctx: Pick<Ctx, 'db'>): Promise<UserWithGrants[]> {
  const db = ctx.db;
  const [users, grants, credentials] = await Promise.all([
    // The installation's own user (the CLI, the demo loader) is no one to administer.
    ctx.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '<>', LOCAL_USER_ID)
      .orderBy('name')
      .orderBy('username')
      .execute(),
    db.selectFrom('role_grant').selectAll().orderBy('role').orderBy('id').execute(),
    db.selectFrom('user_credential').select('user_id').execute(),
  ]);
  const withPassword = new Set(credentials.map((row) => row.user_id));
  const grantsOf = new Map<string, RoleGrant[]>();
  for (const grant of grants.map((row) => fromRow(grantEntity, row))) {
    grantsOf.set(grant.userId, [...(grantsOf.get(grant.userId) ?? []), grant]);
  }
  return users.map((row) => ({
    ...fromRow(userEntity, row),
    grants: grantsOf.get(row.id) ?? [],
    hasPassword: withPassword.has(row.id),
    signsInWithIdp: row.oidc_subject !== null,
  }));
}

export async function getUser(ctx: Pick<Ctx, 'db'>, id: string): Promise<User> {
  const user = id === LOCAL_USER_ID ? undefined : await findById(ctx.db, userEntity, id);
  if (!user) {
    throw accessErrors.user_not_found(id);
  }
  return user;
}

async function checkUsernameFree(ctx: Pick<Ctx, 'db'>, username: string, except: string | null) {
  const row = await ctx.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (row && row.id !== except) {
    throw accessErrors.username_taken(username);
  }
}

export interface CreatedUser {
  readonly user: User;
  /** The first password, shown once, when the administrator did not choose one. */
  readonly oneTimePassword: string | null;
}

/**
 * Creates a user, with the password given (which they keep) or a one-time one that they must change at
 * their first sign-in.
 */
export async function createUser(
  ctx: Ctx,
  input: { username: string; name: string; email: string | null; active: boolean; password?: string | null },
): Promise<CreatedUser> {
  const { password, ...values } = input;
  await checkUsernameFree(ctx, values.username, null);
  const chosen = password ?? null;
  if (chosen !== null) {
    checkNewPassword(chosen);
  }
  const first = chosen ?? oneTimePassword(randomBytes(20));
  const passwordHash = await hashPassword(first);
  const user = await write(ctx, async (tx) => {
    const created = await tx.insert(userEntity, values);
    await savePassword(tx.db, created.id, passwordHash, chosen === null);
    await tx.log([passwordChange(created.id, 'set')]);
    return created;
  });
  return { user, oneTimePassword: chosen === null ? first : null };
}

export async function updateUser(
  ctx: Ctx,
  id: string,
  input: { username?: string; name?: string; email?: string | null; active?: boolean; version: number },
): Promise<User> {
  const { version, ...patch } = input;
  if (patch.username !== undefined) {
    await checkUsernameFree(ctx, patch.username, id);
  }
  const user = await write(ctx, async (tx) => tx.update(userEntity, await getUser(tx, id), version, patch));
  if (!user.active) {
    await endSessionsOf(ctx, id);
  }
  return user;
}

/** Gives the user a new one-time password and ends their sessions (a forgotten or leaked password). */
export async function resetPassword(ctx: Ctx, id: string): Promise<string> {
  await getUser(ctx, id);
  const password = oneTimePassword(randomBytes(20));
  const passwordHash = await hashPassword(password);
  await write(ctx, async (tx) => {
    await savePassword(tx.db, id, passwordHash, true);
    await tx.log([passwordChange(id, 'reset')]);
  });
  await endSessionsOf(ctx, id);
  return password;
}

/** Signs the user out on every device. */
export async function endSessions(ctx: Ctx, id: string): Promise<number> {
  await getUser(ctx, id);
  return endSessionsOf(ctx, id);
}

type GrantInput = Omit<RoleGrant, 'id' | 'version'>;

function checkYears(grant: { fromYear: number | null; toYear: number | null }) {
  if (grant.fromYear !== null && grant.toYear !== null && grant.toYear < grant.fromYear) {
    throw accessErrors.grant_years_reversed(grant.fromYear, grant.toYear);
  }
}

/** Grants a role; the unit is named by id or code (null: the whole municipality). */
export async function createGrant(ctx: Ctx, input: GrantInput): Promise<RoleGrant> {
  checkYears(input);
  await getUser(ctx, input.userId);
  const unit = input.orgUnitId === null ? null : await getOrgUnit(ctx, input.orgUnitId);
  return write(ctx, (tx) => tx.insert(grantEntity, { ...input, orgUnitId: unit?.id ?? null }));
}

export async function getGrant(ctx: Pick<Ctx, 'db'>, id: string): Promise<RoleGrant> {
  const grant = await findById(ctx.db, grantEntity, id);
  if (!grant) {
    throw accessErrors.grant_not_found(id);
  }
  return grant;
}

/** Removes a grant; an administrator cannot remove their own last administrator role (and lock everyone out). */
export async function deleteGrant(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => {
    const grant = await getGrant(tx, id);
    if (grant.userId === ctx.actor.userId && grant.role === 'administrator' && grant.orgUnitId === null) {
      throw accessErrors.own_administrator_role();
    }
    await tx.remove(grantEntity, grant, version);
  });
}

export function listApiTokens(ctx: Pick<Ctx, 'db'>, userId: string | null): Promise<TokenRow[]> {
  return listTokens(ctx.db, userId);
}

/** Issues a personal API token; the secret is shown once ("vks_…") and only its hash is kept. */
export async function issueToken(
  ctx: Ctx,
  input: { userId: string; name: string },
): Promise<{ id: string; token: string }> {
  await getUser(ctx, input.userId);
  const token = `vks_${randomSecret()}`;
  const id = await write(ctx, async (tx) => {
    const created = await insertToken(tx.db, {
      userId: input.userId,
      name: input.name,
      tokenHash: sha256(token),
      createdBy: ctx.actor.userId,
    });
    await tx.log([
      {
        action: 'create',
        entityType: 'api_token',
        entityId: created,
        oldValue: null,
        newValue: { userId: input.userId, name: input.name },
      },
    ]);
    return created;
  });
  return { id, token };
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  if (!(await tokenExists(ctx.db, id))) {
    throw accessErrors.token_not_found(id);
  }
  await write(ctx, async (tx) => {
    if (await revokeToken(tx.db, id)) {
      await tx.log([
        {
          action: 'update',
          entityType: 'api_token',
          entityId: id,
          oldValue: null,
          newValue: { revoked: true },
        },
      ]);
    }
  });
}
