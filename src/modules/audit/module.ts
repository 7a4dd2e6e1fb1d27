/**
 * What the audit module adds to Verksam: Ändringslogg, where an auditor lists and exports every change by
 * person, unit and period. It stores nothing of its own: it reads the platform's change log, and finds the
 * unit a changed record belongs to with the rules the other modules' manifests already declare for their
 * tables (their `scopeOf`), which the registry hands it.
 */
import type { ModuleDefinition } from '../module-definition.ts';
import { municipalityWide, type TableRule } from '../module-policy.ts';
import { auditRoutes } from './audit-routes.ts';

const audit = municipalityWide('audit');

export function auditModule(tableRules: () => Readonly<Record<string, TableRule>>): ModuleDefinition {
  return {
    name: 'audit',
    dependsOn: ['organisation'],
    migrations: [],
    routes: auditRoutes(tableRules),
    policy: {
      // Auditors, central controllers and administrators: changes to users and roles are in the log too.
      operations: {
        'audit.listChanges': audit,
        'audit.exportChanges': audit,
        'audit.listChoices': audit,
      },
    },
  };
}
