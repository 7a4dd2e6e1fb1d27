/**
 * `column = any($1::uuid[])`: one array parameter instead of one parameter per id, so a list of fifty
 * thousand indicator ids stays one small statement (PostgreSQL allows at most 65 535 parameters).
 */
import { type RawBuilder, sql } from 'kysely';

export function anyUuid(ids: readonly string[]): RawBuilder<string> {
  return sql<string>`any(${[...ids]}::uuid[])`;
}
