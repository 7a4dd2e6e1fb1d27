import type { TableOf } from '#platform/db/entity-store.ts';
import type { amountEntity, frameChangeEntity, frameEntity, projectEntity } from '../model.ts';

export interface InvestmentsTables {
  investment_project: TableOf<typeof projectEntity>;
  investment_amount: TableOf<typeof amountEntity>;
  investment_frame: TableOf<typeof frameEntity>;
  investment_frame_change: TableOf<typeof frameChangeEntity>;
}
