/**
 * What the economy module stores that users edit as records: which organisation unit a cost centre of the
 * ledger belongs to, and the installation's own account ranges where they differ from Kommun-BAS. The
 * ledger itself is bulk data, loaded file by file (db/ledger-repository.ts), not records edited one by one.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { idField, intField, requiredText } from '#core/validation.ts';
import { ACCOUNT_CATEGORIES, ACCOUNT_PATTERN } from './domain/account-class.ts';

/** An object code of the ledger: a cost centre ("1410"), as the SIE file writes it. */
const objectCodeField = requiredText(100);

const accountField = z
  .string()
  .max(20, { abort: true })
  .trim()
  .regex(ACCOUNT_PATTERN, { message: 'ska vara ett kontonummer med 1–10 siffror, t.ex. "4010"' });

export const costCentreEntity = defineEntity({
  table: 'cost_centre',
  name: 'CostCentre',
  label: 'Kostnadsstället',
  fields: {
    /** The SIE dimension the code belongs to: 1 (kostnadsställe) unless the municipality uses another. */
    dimension: intField(1, 999).default(1),
    code: objectCodeField,
    orgUnitId: idField,
  },
  immutable: ['dimension', 'code'],
});

export const accountRangeEntity = defineEntity({
  table: 'account_range',
  name: 'AccountRange',
  label: 'Kontointervallet',
  fields: {
    fromAccount: accountField,
    toAccount: accountField,
    category: z.enum(ACCOUNT_CATEGORIES),
  },
});
