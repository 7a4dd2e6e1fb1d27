/** A data package may change anything in the municipality: only those who govern all of it import one. */
import { type ModulePolicy, municipalityWide } from '../module-policy.ts';

export const dataPackagePolicy: ModulePolicy = {
  operations: {
    'dataPackage.import': municipalityWide('govern'),
    'dataPackage.startImport': municipalityWide('govern'),
  },
};
