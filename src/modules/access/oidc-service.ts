/**
 * Signing in through the municipality's identity provider, as a use case: the provider has said who the
 * person is (its `sub`, name and e-mail; platform/oidc.ts checked the ID token); here they become a Verksam
 * user – the one with their subject, else the one with their e-mail who has no subject yet (linked now),
 * else a new user without roles, whom an administrator then gives roles – and get a session.
 */
import { type Actor, LOCAL_ACTOR } from '#core/actor.ts';
import { write } from '#platform/context.ts';
import type { OidcIdentity } from '#platform/oidc.ts';
import { randomSecret } from '#platform/secrets.ts';
import type { Ctx } from '../context.ts';
import { emailTaken, findIdpUsers, setOidcSubject, takenUsernames } from './db/access-repository.ts';
import { cleanLine, matchIdpUser, usernameCandidates } from './domain/sign-in.ts';
import { accessErrors } from './messages.sv.ts';
import { userEntity } from './model.ts';
import { type NewSession, openSession } from './session-service.ts';

/**
 * Who the change log names for the users the provider's sign-in creates or links: the installation itself,
 * acting on the provider's word (no one signed in could have done it).
 */
const PROVIDER_ACTOR: Actor = { ...LOCAL_ACTOR, name: 'Inloggning via identitetsleverantören' };

function subjectLinked(userId: string, subject: string) {
  return {
    action: 'update' as const,
    entityType: 'app_user',
    entityId: userId,
    oldValue: null,
    newValue: { oidcSubject: subject },
  };
}

async function freeUsername(ctx: Pick<Ctx, 'db'>, identity: OidcIdentity): Promise<string> {
  const candidates = usernameCandidates(identity);
  const taken = await takenUsernames(ctx.db, candidates);
  return (
    candidates.find((name) => !taken.has(name)) ??
    `oidc-${randomSecret(9)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')}`
  );
}

/** The Verksam user the provider's person is (found, linked or created), with a new session. */
export async function signInWithIdp(ctx: Ctx, identity: OidcIdentity): Promise<NewSession> {
  const provider: Ctx = { ...ctx, actor: PROVIDER_ACTOR };
  const { bySubject, byEmail } = await findIdpUsers(ctx.db, identity.subject, identity.email);
  const match = matchIdpUser(
    bySubject && { id: bySubject.id, active: bySubject.active, hasSubject: true },
    byEmail.map((user) => ({ id: user.id, active: user.active, hasSubject: user.oidcSubject !== null })),
    identity.emailVerified,
  );
  switch (match.kind) {
    case 'inactive':
      throw accessErrors.oidc_inactive();
    case 'user':
      if (match.link) {
        await write(provider, async (tx) => {
          await setOidcSubject(tx.db, match.userId, identity.subject);
          await tx.log([subjectLinked(match.userId, identity.subject)]);
        });
      }
      return openSession(ctx, match.userId, { viaOidc: true });
    case 'create': {
      const username = await freeUsername(ctx, identity);
      // The address may belong to a user who signs in through the provider as someone else: then the new
      // user gets none, and an administrator sorts it out.
      const address = cleanLine(identity.email, 320);
      const email = address !== null && !(await emailTaken(ctx.db, address)) ? address : null;
      const user = await write(provider, async (tx) => {
        const created = await tx.insert(userEntity, {
          username,
          name: cleanLine(identity.name ?? identity.email, 200) ?? username,
          email,
          active: true,
        });
        await setOidcSubject(tx.db, created.id, identity.subject);
        await tx.log([subjectLinked(created.id, identity.subject)]);
        return created;
      });
      return openSession(ctx, user.id, { viaOidc: true });
    }
  }
}
