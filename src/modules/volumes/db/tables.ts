import type { TableOf } from '#platform/db/entity-store.ts';
import type { measureEntity, valueEntity } from '../model.ts';

export interface VolumesTables {
  volume_measure: TableOf<typeof measureEntity>;
  volume_value: TableOf<typeof valueEntity>;
}
