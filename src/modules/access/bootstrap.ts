/**
 * The first administrator, and the demo's users. An installation with no password at all gets an
 * administrator with a one-time password that the server prints once; the demo gets one user per role with
 * a shared password that the sign-in page shows, since the demo is for trying, not for keeping secrets.
 */
import { ROLES, type Role } from '#core/actor.ts';
import { write } from '#platform/context.ts';
import { hashPassword, randomBytes } from '#platform/secrets.ts';
import type { Ctx } from '../context.ts';
import { anyPasswordExists, savePassword, writeSetting } from './db/access-repository.ts';
import { oneTimePassword } from './domain/password.ts';
import { ROLE_LABELS } from './domain/permissions.ts';
import { grantEntity, userEntity } from './model.ts';
import { passwordChange } from './session-service.ts';

export const FIRST_ADMIN_USERNAME = 'admin';

/** Where the demo's sign-in facts are kept for the sign-in page. */
export const DEMO_SIGN_IN_SETTING = 'demoSignIn';

/** Creates the first administrator when no one can sign in; returns their one-time password, else null. */
export async function ensureFirstAdministrator(ctx: Ctx): Promise<string | null> {
  if (await anyPasswordExists(ctx.db)) {
    return null;
  }
  const password = oneTimePassword(randomBytes(20));
  const passwordHash = await hashPassword(password);
  await write(ctx, async (tx) => {
    const user = await tx.insert(userEntity, {
      username: FIRST_ADMIN_USERNAME,
      name: 'Administratör',
      email: null,
      active: true,
    });
    await tx.insert(grantEntity, {
      userId: user.id,
      role: 'administrator',
      orgUnitId: null,
      fromYear: null,
      toYear: null,
    });
    await savePassword(tx.db, user.id, passwordHash, true);
    await tx.log([passwordChange(user.id, 'set')]);
  });
  return password;
}

export const DEMO_PASSWORD = 'verksam-demo';

export interface DemoUser {
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  /** The unit (by id) whose subtree the role covers; null: the whole municipality. */
  readonly orgUnitId: string | null;
}

/** Creates the demo's users, one per role, and tells the sign-in page about them. */
export async function createDemoUsers(ctx: Ctx, users: readonly DemoUser[]): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await write(ctx, async (tx) => {
    for (const demo of users) {
      const user = await tx.insert(userEntity, {
        username: demo.username,
        name: demo.name,
        email: null,
        active: true,
      });
      await tx.insert(grantEntity, {
        userId: user.id,
        role: demo.role,
        orgUnitId: demo.orgUnitId,
        fromYear: null,
        toYear: null,
      });
      await savePassword(tx.db, user.id, passwordHash, false);
    }
    const ordered = [...users].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
    await writeSetting(
      tx.db,
      DEMO_SIGN_IN_SETTING,
      JSON.stringify({
        demoUsers: ordered.map((user) => ({
          username: user.username,
          name: user.name,
          role: ROLE_LABELS[user.role],
        })),
        demoPassword: DEMO_PASSWORD,
      }),
    );
  });
}
