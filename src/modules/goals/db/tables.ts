import type { TableOf } from '#platform/db/entity-store.ts';
import type {
  goalAreaEntity,
  goalEntity,
  indicatorEntity,
  municipalGoalEntity,
  outcomeEntity,
  targetEntity,
} from '../model.ts';

export interface GoalsTables {
  goal_area: TableOf<typeof goalAreaEntity>;
  municipal_goal: TableOf<typeof municipalGoalEntity>;
  goal: TableOf<typeof goalEntity>;
  indicator: TableOf<typeof indicatorEntity>;
  indicator_target: TableOf<typeof targetEntity>;
  indicator_outcome: TableOf<typeof outcomeEntity>;
}
