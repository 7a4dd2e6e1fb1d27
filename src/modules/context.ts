/**
 * The platform's context and transaction, bound to Verksam's schema: what every module's use cases take.
 */
import type { Context, Tx as PlatformTx } from '#platform/context.ts';
import type { Database } from './database.ts';

export type Ctx = Context<Database>;
export type Tx = PlatformTx<Database>;
