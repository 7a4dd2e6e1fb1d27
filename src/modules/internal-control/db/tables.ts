import type { TableOf } from '#platform/db/entity-store.ts';
import type {
  actionEntity,
  analysisEntity,
  controlEntity,
  resultEntity,
  riskEntity,
  settingsEntity,
} from '../model.ts';

export interface InternalControlTables {
  internal_control_settings: TableOf<typeof settingsEntity>;
  risk_analysis: TableOf<typeof analysisEntity>;
  risk: TableOf<typeof riskEntity>;
  control: TableOf<typeof controlEntity>;
  control_result: TableOf<typeof resultEntity>;
  control_action: TableOf<typeof actionEntity>;
}
