/**
 * Starting a new year touches every unit's goals and the municipality's round calendar: only those who
 * govern the whole municipality (central controllers, administrators) preview, start or undo it.
 */
import { type ModulePolicy, municipalityWide } from '../module-policy.ts';

const govern = municipalityWide('govern');

export const rolloverPolicy: ModulePolicy = {
  operations: {
    'rollover.preview': govern,
    'rollover.list': govern,
    'rollover.start': govern,
    'rollover.undo': govern,
  },
  tables: {
    year_rollover: { capability: 'govern', scopeOf: () => ({ unitId: null, year: null }) },
  },
};
