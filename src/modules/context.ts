/**
 * What every module's routes receive from the composition root: the database and a way to tell who is
 * acting. Until sign-in arrives, every request acts as the local default user.
 */

import type { Kysely } from 'kysely';
import type { Actor } from '#core/actor.ts';
import type { Database } from './database.ts';

export interface AppContext {
  readonly db: Kysely<Database>;
  actorFor(request: unknown): Actor;
}
