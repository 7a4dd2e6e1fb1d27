/**
 * The dependency rules of ARCHITECTURE §7.3, checked on every import specifier, so the layering holds by
 * test rather than by memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(full);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every import of a file, resolved to a path under src/ where it is one of ours. */
function importsOf(file: string): { specifier: string; target: string | null }[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'|import\s+'([^']+)'|import\('([^']+)'\)/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
  return specifiers.map((specifier) => {
    if (specifier.startsWith('.')) {
      return { specifier, target: path.relative(SRC, path.resolve(path.dirname(file), specifier)) };
    }
    const alias = /^#(core|platform|modules|web)\/(.*)$/.exec(specifier);
    if (alias) {
      return { specifier, target: `${alias[1]}/${alias[2]}` };
    }
    return { specifier, target: null };
  });
}

const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), imports: importsOf(file) }));
const violations = (rule: (file: string, target: string | null, specifier: string) => boolean) =>
  files.flatMap(({ file, imports }) =>
    imports
      .filter(({ target, specifier }) => rule(file, target, specifier))
      .map(({ specifier }) => `${file} → ${specifier}`),
  );

const moduleOf = (target: string) => /^modules\/([^/]+)\//.exec(target)?.[1] ?? null;

/** Which modules each module may use (ARCHITECTURE §7.3 rule 5). */
const MODULE_DEPENDENCIES: Record<string, readonly string[]> = {
  access: [],
  organisation: [],
  planning: ['organisation'],
  goals: ['organisation', 'planning', 'access'],
  assessments: ['organisation', 'planning', 'goals', 'access'],
  'data-package': ['organisation', 'planning', 'goals', 'assessments', 'access'],
};

describe('architecture', () => {
  it('keeps the core free of I/O and of other layers (zod only for contract fields)', () => {
    expect(
      violations(
        (file, target, specifier) =>
          file.startsWith('core/') &&
          (target === null
            ? !(file === 'core/validation.ts' && specifier === 'zod')
            : !target.startsWith('core/')),
      ),
    ).toEqual([]);
  });

  it('keeps domain rules pure: no platform, database, HTTP or UI', () => {
    expect(
      violations(
        (file, target, specifier) =>
          /^modules\/[^/]+\/domain\//.test(file) &&
          (target === null || !(target.startsWith('core/') || /^modules\/[^/]+\/domain\//.test(target))) &&
          specifier !== 'zod',
      ),
    ).toEqual([]);
  });

  it('never lets the platform import modules, or the browser import the platform', () => {
    expect(
      violations((file, target) => file.startsWith('platform/') && target?.startsWith('modules/') === true),
    ).toEqual([]);
    expect(
      violations(
        (file, target) =>
          (file.startsWith('web/') || /^modules\/[^/]+\/ui\//.test(file)) &&
          target !== null &&
          target.startsWith('platform/'),
      ),
    ).toEqual([]);
  });

  it('keeps UI code away from repositories, services and routes', () => {
    expect(
      violations(
        (file, target) =>
          /^modules\/[^/]+\/ui\//.test(file) &&
          target !== null &&
          /^modules\/[^/]+\/(db\/|[^/]+-(service|routes|repository)\.ts$)/.test(target),
      ),
    ).toEqual([]);
  });

  it('follows the module graph, without cycles', () => {
    expect(
      violations((file, target) => {
        const from = moduleOf(file);
        const to = target === null ? null : moduleOf(target);
        return from !== null && to !== null && from !== to && !(MODULE_DEPENDENCIES[from] ?? []).includes(to);
      }),
    ).toEqual([]);
  });

  it('touches process.env, pg and PGlite only in the platform and the entry points', () => {
    const allowed = (file: string) => file.startsWith('platform/') || ['server.ts', 'cli.ts'].includes(file);
    const offenders = files
      .filter(({ file }) => !allowed(file))
      .filter(({ file, imports }) => {
        const text = fs.readFileSync(path.join(SRC, file), 'utf8');
        return (
          /process\.env/.test(text) ||
          imports.some(({ specifier }) => /^(pg|@electric-sql\/pglite.*)$/.test(specifier))
        );
      })
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
