import type { Generated } from 'kysely';
import type { TableOf } from '#platform/db/entity-store.ts';
import type {
  accountRangeEntity,
  budgetChangeEntity,
  budgetLineEntity,
  closingEntity,
  costCentreEntity,
  forecastEntity,
  frameAdjustmentEntity,
  frameEntity,
} from '../model.ts';

export interface LedgerImportTable {
  id: Generated<string>;
  year: number;
  first_month: number;
  last_month: number;
  file_id: string | null;
  file_name: string;
  file_size: string | number;
  sha256: string;
  encoding: string;
  vouchers: number;
  rows: number;
  imported_by: string;
  imported_at: Generated<Date>;
  replaced_at: Date | null;
}

export interface LedgerEntryTable {
  import_id: string;
  year: number;
  month: number;
  org_unit_id: string;
  account: string;
  /** bigint comes back as text from both engines: never through a float. */
  amount_ore: string;
  entry_date: string;
  voucher: string;
  cost_centre: string;
}

/** A year of a unit's and an account's ledger: its sum in öre per month, null for a month without rows. */
export interface LedgerSumTable {
  year: number;
  org_unit_id: string;
  account: string;
  amount_ore_01: string | null;
  amount_ore_02: string | null;
  amount_ore_03: string | null;
  amount_ore_04: string | null;
  amount_ore_05: string | null;
  amount_ore_06: string | null;
  amount_ore_07: string | null;
  amount_ore_08: string | null;
  amount_ore_09: string | null;
  amount_ore_10: string | null;
  amount_ore_11: string | null;
  amount_ore_12: string | null;
}

export interface EconomyTables {
  cost_centre: TableOf<typeof costCentreEntity>;
  account_range: TableOf<typeof accountRangeEntity>;
  budget_line: TableOf<typeof budgetLineEntity>;
  budget_change: TableOf<typeof budgetChangeEntity>;
  forecast: TableOf<typeof forecastEntity>;
  budget_frame: TableOf<typeof frameEntity>;
  frame_adjustment: TableOf<typeof frameAdjustmentEntity>;
  ledger_import: LedgerImportTable;
  ledger_entry: LedgerEntryTable;
  ledger_sum: LedgerSumTable;
  ledger_closing: TableOf<typeof closingEntity>;
}
