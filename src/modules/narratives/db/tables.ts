import type { TableOf } from '#platform/db/entity-store.ts';
import type { narrativeEntity } from '../model.ts';

export interface NarrativesTables {
  narrative_text: TableOf<typeof narrativeEntity>;
}
