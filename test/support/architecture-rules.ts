/**
 * The dependency rules of Verksam (ARCHITECTURE §7.3, README "Layout") as small pure functions over
 * `{ file, text }` pairs, so that test/architecture.unit.test.ts runs the very same code on the real tree
 * and on synthetic files. The module graph is an argument (the test passes the manifests' `MODULES`), so no
 * copy of it lives here to go stale.
 *
 * Imports are read with the TypeScript parser rather than regular expressions: a regular expression missed
 * double quotes, multi-line imports and `import()` before, and mistakes imports in comments and strings for
 * real ones.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Path from the repository root, with forward slashes: `src/modules/goals/goal-service.ts`. */
  readonly file: string;
  readonly text: string;
}

/** What a rule needs of a module manifest. */
export interface ModuleManifest {
  readonly name: string;
  readonly dependsOn: readonly string[];
}

export interface Violation {
  readonly rule: string;
  readonly file: string;
  /** The import specifier as written, or what stands in for one (`process.env`, a cycle, a missing kind). */
  readonly specifier: string;
  readonly why: string;
}

export interface ImportRef {
  /** As written; for `import(expression)` the expression's source text. */
  readonly specifier: string;
  /** `import type` / `export type` / `import('x').T`: erased at build, but still a dependency to check. */
  readonly typeOnly: boolean;
  /** False for `import(expression)`, whose target cannot be known from the text. */
  readonly literal: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Reading imports

function scriptKindOf(file: string): ts.ScriptKind {
  return file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/** `process`, or `process` read off a global object (`globalThis.process`). */
function isProcess(node: ts.Expression): boolean {
  return (
    (ts.isIdentifier(node) && node.text === 'process') ||
    (ts.isPropertyAccessExpression(node) &&
      node.name.text === 'process' &&
      ts.isIdentifier(node.expression) &&
      ['globalThis', 'global', 'window', 'self'].includes(node.expression.text))
  );
}

/**
 * Every module a file depends on: `import … from`, `import type`, side-effect `import '…'`, `export … from`,
 * `import()` (with any quotes, a template literal, or an expression), `import('…').T` types,
 * `import x = require('…')` and `require('…')`. Comments and strings are not imports.
 */
export function importsOf(text: string, file = 'input.ts'): ImportRef[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindOf(file));
  const found: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, literal: true });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, literal: true });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push({
        specifier: node.moduleReference.expression.text,
        typeOnly: node.isTypeOnly,
        literal: true,
      });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true, literal: true });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const argument = node.arguments[0];
      if (argument && ts.isStringLiteralLike(argument)) {
        found.push({ specifier: argument.text, typeOnly: false, literal: true });
      } else if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        found.push({ specifier: argument?.getText(source) ?? '', typeOnly: false, literal: false });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether a file reads `process.env` (also as `process['env']`, `globalThis.process.env` or `{ env } = process`). */
export function readsProcessEnv(text: string, file = 'input.ts'): boolean {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKindOf(file));
  let found = false;
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAccessExpression(node) && node.name.text === 'env' && isProcess(node.expression)) ||
      (ts.isElementAccessExpression(node) &&
        isProcess(node.expression) &&
        ts.isStringLiteralLike(node.argumentExpression) &&
        node.argumentExpression.text === 'env') ||
      (ts.isVariableDeclaration(node) &&
        node.initializer !== undefined &&
        isProcess(node.initializer) &&
        ts.isObjectBindingPattern(node.name) &&
        node.name.elements.some(
          (element) => (element.propertyName ?? element.name).getText(source) === 'env',
        ))
    ) {
      found = true;
    }
    if (!found) {
      ts.forEachChild(node, visit);
    }
  };
  visit(source);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Classifying files

/**
 * The core's contract-language files: the only core files that may import a package (zod), because every
 * contract, the OpenAPI document and the data package are written in it (docs/adr/0002-zod-in-core.md).
 * Kept short and explicit so that zod cannot spread through the core unnoticed.
 */
export const CONTRACT_LANGUAGE_FILES: readonly string[] = [
  'src/core/validation.ts',
  'src/core/entity.ts',
  'src/core/api.ts',
  // The change log as the API shows it; it declares itself contract language.
  'src/core/history.ts',
  // The neutral table model (core/table.ts, zod-free) as an API schema.
  'src/core/table-schema.ts',
  // The neutral chart model (core/chart.ts, zod-free) as an API schema.
  'src/core/chart-schema.ts',
];

/** The processes' entry points, which alone (with the platform) read the environment and use Node. */
export const ENTRY_POINTS: readonly string[] = ['src/server.ts', 'src/cli.ts'];

export type Role =
  /** src/core/, except the contract-language files */
  | 'core'
  | 'core-contract-language'
  | 'platform'
  | 'entry'
  /** src/app.ts: builds the app from the registry; shared by the entry points and the tests */
  | 'composition'
  /** src/web/, except the kit */
  | 'web'
  | 'web-kit'
  | 'demo'
  /** src/modules/database.ts: the schema type joining every module's tables */
  | 'schema'
  | 'registry'
  /** src/modules/context.ts, module-definition.ts: types every module's routes receive */
  | 'modules-shared'
  /** a module's contract.ts, or a contract the modules share at src/modules/*-contract.ts */
  | 'contract'
  /** a module's index.ts: its server surface */
  | 'index'
  /** a module's module.ts */
  | 'manifest'
  | 'messages'
  | 'model'
  | 'service'
  | 'routes'
  | 'domain'
  | 'domain-index'
  | 'db'
  | 'db-tables'
  | 'ui'
  | 'ui-index'
  | 'test'
  /** any other file at a module's root (package-check.ts, records.ts…) */
  | 'module-other'
  /** outside src/ */
  | 'other';

export interface Place {
  readonly file: string;
  readonly role: Role;
  /** The folder under src/modules/ that holds the file, or null outside the modules. */
  readonly module: string | null;
}

function roleInModule(inner: string): Role {
  const name = path.posix.basename(inner);
  if (inner.startsWith('test/') || /\.test\.tsx?$/.test(name)) {
    return 'test';
  }
  if (inner.startsWith('domain/')) {
    return inner === 'domain/index.ts' ? 'domain-index' : 'domain';
  }
  if (inner.startsWith('db/')) {
    return inner === 'db/tables.ts' ? 'db-tables' : 'db';
  }
  if (inner.startsWith('ui/')) {
    return /^ui\/index\.tsx?$/.test(inner) ? 'ui-index' : 'ui';
  }
  const atRoot: Record<string, Role> = {
    'index.ts': 'index',
    'module.ts': 'manifest',
    'contract.ts': 'contract',
    'messages.sv.ts': 'messages',
    'model.ts': 'model',
  };
  const role = atRoot[inner];
  if (role) {
    return role;
  }
  // A contract of its own for part of a module's API (chart-contract.ts), kept apart from contract.ts.
  if (/^[a-z]+(-[a-z]+)*-contract\.ts$/.test(inner)) {
    return 'contract';
  }
  if (/-service\.tsx?$/.test(name)) {
    return 'service';
  }
  if (/-routes\.tsx?$/.test(name)) {
    return 'routes';
  }
  // A repository outside db/ is still persistence.
  return /-repository\.tsx?$/.test(name) ? 'db' : 'module-other';
}

/** Where a file sits in the layering, from its path alone. */
export function classify(file: string): Place {
  const inModule = /^src\/modules\/([^/]+)\/(.+)$/.exec(file);
  if (inModule?.[1] && inModule[2]) {
    return { file, module: inModule[1], role: roleInModule(inModule[2]) };
  }
  const role = ((): Role => {
    if (file.startsWith('src/core/')) {
      return CONTRACT_LANGUAGE_FILES.includes(file) ? 'core-contract-language' : 'core';
    }
    if (file.startsWith('src/platform/')) {
      return 'platform';
    }
    if (ENTRY_POINTS.includes(file)) {
      return 'entry';
    }
    if (file === 'src/app.ts') {
      return 'composition';
    }
    if (file.startsWith('src/web/')) {
      return file.startsWith('src/web/kit/') ? 'web-kit' : 'web';
    }
    if (file.startsWith('src/demo/')) {
      return 'demo';
    }
    if (file === 'src/modules/database.ts') {
      return 'schema';
    }
    if (file === 'src/modules/registry.ts') {
      return 'registry';
    }
    if (/^src\/modules\/([^/]+-)?contract\.ts$/.test(file)) {
      return 'contract';
    }
    return file.startsWith('src/modules/') ? 'modules-shared' : 'other';
  })();
  return { file, module: null, role };
}

const UI_ROLES: ReadonlySet<Role> = new Set(['web', 'web-kit', 'ui', 'ui-index']);
const isUi = (place: Place) => UI_ROLES.has(place.role);

// ---------------------------------------------------------------------------------------------------------
// Resolving specifiers

/** The `#…/*` aliases of package.json "imports", as prefixes: `#core/` → `src/core/`. */
export type Aliases = ReadonlyArray<readonly [alias: string, target: string]>;

export function aliasesOf(imports: Record<string, unknown>): Aliases {
  return Object.entries(imports).flatMap(([key, value]) =>
    key.endsWith('/*') && typeof value === 'string' && value.endsWith('/*')
      ? [[key.slice(0, -1), path.posix.normalize(value.slice(0, -1))] as const]
      : [],
  );
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGE_ALIASES = aliasesOf(
  (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      imports?: Record<string, unknown>;
    }
  ).imports ?? {},
);

/** Extensions that name a file outright; anything else (none, `.js`) leaves the bundler to guess. */
const NAMED_FILE = /\.(tsx?|css|json|svg|png|woff2?)$/;

export type Target =
  | { readonly kind: 'package'; readonly name: string }
  /** `places` has one entry for a named file, and every file an unnamed one might mean otherwise. */
  | { readonly kind: 'source'; readonly places: readonly Place[]; readonly namesFile: boolean }
  /** an `import(expression)`, or a `#…` alias that package.json does not define */
  | { readonly kind: 'unknown' };

export function resolveImport(from: string, ref: ImportRef, aliases: Aliases = PACKAGE_ALIASES): Target {
  if (!ref.literal) {
    return { kind: 'unknown' };
  }
  const specifier = ref.specifier.replace(/\?.*$/, '');
  let target: string;
  if (specifier.startsWith('.')) {
    target = path.posix.join(path.posix.dirname(from), specifier);
  } else if (specifier.startsWith('#')) {
    const alias = aliases.find(([prefix]) => specifier.startsWith(prefix));
    if (!alias) {
      return { kind: 'unknown' };
    }
    target = path.posix.join(alias[1], specifier.slice(alias[0].length));
  } else if (specifier.startsWith('/') || (/^[a-z]+:/i.test(specifier) && !specifier.startsWith('node:'))) {
    // Root-relative paths and URLs resolve differently in Vite, esbuild and Node.
    return { kind: 'unknown' };
  } else {
    return { kind: 'package', name: specifier };
  }
  target = target.replace(/\/+$/, '');
  if (NAMED_FILE.test(target)) {
    return { kind: 'source', places: [classify(target)], namesFile: true };
  }
  // Check every file the bundler might pick, so that `../db/goal-repository` and `#modules/goals/ui` are
  // judged as what they mean as well as reported for not naming a file.
  const stem = target.replace(/\.(m?js|cjs|jsx)$/, '');
  const candidates =
    stem === target
      ? [`${stem}.ts`, `${stem}.tsx`, `${stem}/index.ts`, `${stem}/index.tsx`]
      : [`${stem}.ts`, `${stem}.tsx`];
  return { kind: 'source', places: candidates.map(classify), namesFile: false };
}

const BUILTINS: ReadonlySet<string> = new Set(builtinModules);

/** `node:x`, or a bare built-in name (`fs`, `path`, `fs/promises`), which Node resolves to the same module. */
export function isBuiltin(specifier: string): boolean {
  return (
    specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '')
  );
}

/** The database drivers. Kysely itself (queries, types, dialect construction) is not one. */
export function isDriver(specifier: string): boolean {
  return /^(pg|pg-[^/]+|@electric-sql\/pglite[^/]*)(\/|$)/.test(specifier);
}

/** Packages that only make sense on the server; the browser bundle must not pull them in. */
export function isServerPackage(specifier: string): boolean {
  return (
    isBuiltin(specifier) ||
    isDriver(specifier) ||
    /^(fastify|fastify-[^/]+|@fastify\/[^/]+|kysely|commander|playwright-core|esbuild)(\/|$)/.test(specifier)
  );
}

// ---------------------------------------------------------------------------------------------------------
// Walking the imports of a set of files

/** One import of one file, seen as one possible target: a file of ours, a package, or unknown. */
export interface Hop {
  readonly from: Place;
  readonly ref: ImportRef;
  /** The file of ours it reaches (one of the candidates of an unnamed one), or null. */
  readonly to: Place | null;
  /** The package it names, or null. */
  readonly pkg: string | null;
  readonly namesFile: boolean;
}

const hopCache = new Map<string, readonly Hop[]>();

/** The hops of a file, parsed once per (path, text): the rules all walk the same files. */
export function hopsOf({ file, text }: SourceFile): readonly Hop[] {
  const key = `${file}\0${text}`;
  const cached = hopCache.get(key);
  if (cached) {
    return cached;
  }
  const from = classify(file);
  const hops = importsOf(text, file).flatMap((ref): Hop[] => {
    const target = resolveImport(file, ref);
    if (target.kind === 'package') {
      return [{ from, ref, to: null, pkg: target.name, namesFile: true }];
    }
    if (target.kind === 'unknown') {
      return [{ from, ref, to: null, pkg: null, namesFile: false }];
    }
    return target.places.map((to) => ({ from, ref, to, pkg: null, namesFile: target.namesFile }));
  });
  hopCache.set(key, hops);
  return hops;
}

/** Runs a per-import check over files; a check returns why a hop is forbidden, or undefined. */
function checkHops(
  rule: string,
  files: readonly SourceFile[],
  check: (hop: Hop) => string | undefined,
): Violation[] {
  const seen = new Set<string>();
  return files.flatMap((source) =>
    hopsOf(source).flatMap((hop) => {
      const why = check(hop);
      const key = `${source.file}\0${hop.ref.specifier}\0${why}`;
      if (why === undefined || seen.has(key)) {
        return [];
      }
      seen.add(key);
      return [{ rule, file: source.file, specifier: hop.ref.specifier, why }];
    }),
  );
}

function dependenciesOf(modules: readonly ModuleManifest[], name: string): readonly string[] {
  return modules.find((module) => module.name === name)?.dependsOn ?? [];
}

// ---------------------------------------------------------------------------------------------------------
// The rules. Each returns the violations it finds in `files`; the test runs each on the real tree and on
// synthetic files.

/** Rule 1: the core imports only the core; zod only in the contract-language files. */
export function checkCorePurity(files: readonly SourceFile[]): Violation[] {
  return checkHops('core-purity', files, ({ from, to, pkg }) => {
    if (from.role !== 'core' && from.role !== 'core-contract-language') {
      return undefined;
    }
    if (pkg !== null) {
      return pkg === 'zod' && from.role === 'core-contract-language'
        ? undefined
        : `the core imports no packages (zod only in ${CONTRACT_LANGUAGE_FILES.join(', ')})`;
    }
    if (to === null) {
      return undefined;
    }
    if (to.role !== 'core' && to.role !== 'core-contract-language') {
      return 'the core imports only core files';
    }
    // Otherwise domain/ would reach zod through a pure-looking core file.
    return from.role === 'core' && to.role === 'core-contract-language'
      ? 'a zod-free core file must not import a contract-language file'
      : undefined;
  });
}

/** Rule 2: domain/ imports the zod-free core, its own domain/ and the domain/index.ts of its dependencies. */
export function checkDomainPurity(
  files: readonly SourceFile[],
  modules: readonly ModuleManifest[],
): Violation[] {
  return checkHops('domain-purity', files, ({ from, to, pkg }) => {
    if ((from.role !== 'domain' && from.role !== 'domain-index') || from.module === null) {
      return undefined;
    }
    if (pkg !== null) {
      return 'domain/ imports no packages (no zod: schemas belong in contract.ts)';
    }
    if (to === null || to.role === 'core') {
      return undefined;
    }
    if (to.role === 'core-contract-language') {
      return 'domain/ does not use the zod contract language';
    }
    if (to.module === from.module && (to.role === 'domain' || to.role === 'domain-index')) {
      return undefined;
    }
    if (to.module !== null && to.module !== from.module && to.role === 'domain-index') {
      return dependenciesOf(modules, from.module).includes(to.module)
        ? undefined
        : `${to.module} is not in ${from.module}'s dependsOn`;
    }
    if (to.module !== null && to.module !== from.module && to.role === 'domain') {
      return "another module's domain only through its domain/index.ts";
    }
    return `domain/ imports only core and domain/ files, not ${to.role}`;
  });
}

/** Rule 3: db/ never imports a contract, a service, routes or UI. */
export function checkDbIsolation(files: readonly SourceFile[]): Violation[] {
  return checkHops('db-isolation', files, ({ from, to }) => {
    if ((from.role !== 'db' && from.role !== 'db-tables') || to === null) {
      return undefined;
    }
    if (to.role === 'contract') {
      return 'db/ never imports a contract: the API shape is not the table shape';
    }
    if (to.role === 'service' || to.role === 'routes') {
      return `db/ never imports ${to.role === 'service' ? 'a service' : 'routes'}: they build on db/`;
    }
    return isUi(to) ? 'db/ never imports UI' : undefined;
  });
}

/** Rule 4: a contract never imports db/, services, routes, the platform, or what wires them together. */
export function checkContractIsolation(files: readonly SourceFile[]): Violation[] {
  const forbidden: Partial<Record<Role, string>> = {
    db: 'db/',
    'db-tables': 'db/',
    service: 'a service',
    routes: 'routes',
    platform: 'the platform',
    // These pull in services and repositories behind the contract's back, and the browser imports contracts.
    index: "a module's server index.ts",
    manifest: 'a module manifest',
    registry: 'the registry',
    composition: 'the app',
    entry: 'an entry point',
  };
  return checkHops('contract-isolation', files, ({ from, to }) => {
    const what = from.role === 'contract' && to !== null ? forbidden[to.role] : undefined;
    return what === undefined ? undefined : `a contract never imports ${what}`;
  });
}

/** What UI code may import of ours; which module's files, rule 6 decides. */
const UI_MAY_IMPORT: ReadonlySet<Role> = new Set([
  'core',
  'core-contract-language',
  'web',
  'web-kit',
  'ui',
  'ui-index',
  'contract',
  'domain',
  'domain-index',
  'model',
  'messages',
]);

const UI_FORBIDDEN: Partial<Record<Role, string>> = {
  service: 'a service',
  routes: 'routes',
  db: 'a repository or db/',
  'db-tables': 'db/',
  platform: 'the platform',
  index: "a module's server index.ts (use its ui/index.ts)",
};

/**
 * Rule 5: UI code (src/web/**, src/modules/*\/ui/**) imports only core, the web app, contracts, domain/,
 * model.ts, messages and other UI, and no server package: never services, repositories, db/, routes, the
 * platform or a module's server index.ts.
 */
export function checkUiIsolation(files: readonly SourceFile[]): Violation[] {
  return checkHops('ui-isolation', files, ({ from, to, pkg }) => {
    if (!isUi(from)) {
      return undefined;
    }
    if (pkg !== null) {
      return isServerPackage(pkg) ? 'UI never imports a server package' : undefined;
    }
    if (to === null || UI_MAY_IMPORT.has(to.role)) {
      return undefined;
    }
    return `UI never imports ${UI_FORBIDDEN[to.role] ?? `server code (${to.role})`}`;
  });
}

const PUBLIC_SURFACES: ReadonlySet<Role> = new Set(['index', 'ui-index', 'domain-index', 'contract']);

/**
 * Rule 6: a file outside module N reaches N only through N's index.ts, ui/index.ts, domain/index.ts or
 * contract.ts, named as a file; and a module reaches only the modules in its dependsOn. Two wiring points
 * are exempt: the registry imports each module.ts, and database.ts each db/tables.ts (rule 11).
 */
export function checkModuleSurfaces(
  files: readonly SourceFile[],
  modules: readonly ModuleManifest[],
): Violation[] {
  return checkHops('module-surfaces', files, ({ from, to, namesFile }) => {
    if (to === null) {
      return undefined;
    }
    if (to.role === 'registry' && from.module !== null) {
      return 'a module never imports the registry, which imports it';
    }
    if (to.module === null || to.module === from.module) {
      return undefined;
    }
    if (
      (from.role === 'registry' && to.role === 'manifest') ||
      (from.role === 'schema' && to.role === 'db-tables')
    ) {
      return undefined;
    }
    if (from.role === 'registry') {
      return `the registry imports only each module's module.ts (give ${to.module} one)`;
    }
    if (!namesFile) {
      return `another module is imported by naming its surface file (e.g. …/${to.module}/ui/index.ts), not a folder`;
    }
    if (!PUBLIC_SURFACES.has(to.role)) {
      return `deep import into ${to.module}: use its index.ts, ui/index.ts, domain/index.ts or contract.ts`;
    }
    if (from.module !== null && !dependenciesOf(modules, from.module).includes(to.module)) {
      return `${to.module} is not in ${from.module}'s dependsOn`;
    }
    return undefined;
  });
}

/** Rule 7: Node built-ins, the database drivers and process.env only in src/platform/ and the entry points. */
export function checkIoConfinement(files: readonly SourceFile[]): Violation[] {
  const mayDoIo = (place: Place) => place.role === 'platform' || place.role === 'entry';
  const imports = checkHops('io-confinement', files, ({ from, pkg }) => {
    if (pkg === null || mayDoIo(from)) {
      return undefined;
    }
    if (isBuiltin(pkg)) {
      return 'Node built-ins only in src/platform/ and the entry points';
    }
    return isDriver(pkg) ? 'database drivers only in src/platform/ and the entry points' : undefined;
  });
  const environment = files
    .filter(({ file, text }) => !mayDoIo(classify(file)) && readsProcessEnv(text, file))
    .map(({ file }) => ({
      rule: 'io-confinement',
      file,
      specifier: 'process.env',
      why: 'configuration is read in src/platform/config.ts and the entry points',
    }));
  return [...imports, ...environment];
}

/**
 * Rule 8: the manifests form an acyclic graph of real modules, listed in dependency order (routes are
 * registered in that order), and match the folders under src/modules/.
 */
export function checkModuleGraph(
  modules: readonly ModuleManifest[],
  files: readonly SourceFile[],
): Violation[] {
  const rule = 'module-graph';
  const at = 'src/modules/registry.ts';
  const names = modules.map((module) => module.name);
  const violations: Violation[] = [];
  const report = (specifier: string, why: string) => violations.push({ rule, file: at, specifier, why });

  for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index))) {
    report(name, 'two manifests have this name');
  }
  modules.forEach((module, index) => {
    for (const dependency of module.dependsOn) {
      if (dependency === module.name) {
        report(`${module.name} → ${dependency}`, 'a module does not depend on itself');
      } else if (!names.includes(dependency)) {
        report(`${module.name} → ${dependency}`, 'dependsOn names no module of MODULES');
      } else if (names.indexOf(dependency) > index) {
        report(`${module.name} → ${dependency}`, 'MODULES lists a module after a module that depends on it');
      }
    }
  });

  // Depth-first search; a grey node met again closes a cycle.
  const state = new Map<string, 'grey' | 'black'>();
  const cycles = new Set<string>();
  const visit = (name: string, trail: readonly string[]): void => {
    if (state.get(name) === 'grey') {
      cycles.add([...trail.slice(trail.indexOf(name)), name].join(' → '));
      return;
    }
    if (state.get(name) === 'black') {
      return;
    }
    state.set(name, 'grey');
    for (const dependency of dependenciesOf(modules, name)) {
      // Unknown and self dependencies are reported above; a cycle is the rest.
      if (names.includes(dependency) && dependency !== name) {
        visit(dependency, [...trail, name]);
      }
    }
    state.set(name, 'black');
  };
  for (const name of names) {
    visit(name, []);
  }
  for (const cycle of cycles) {
    report(cycle, 'the module graph has a cycle');
  }

  const folders = new Set(files.map(({ file }) => classify(file).module).filter((name) => name !== null));
  for (const folder of folders) {
    if (!names.includes(folder)) {
      report(folder, `src/modules/${folder}/ has no manifest in MODULES`);
    }
  }
  for (const name of names) {
    if (!folders.has(name)) {
      report(name, `MODULES lists ${name}, but src/modules/${name}/ has no source file`);
    }
  }
  return violations;
}

/**
 * The kinds of file that the rules are about: if a glob or a rename left one of them unscanned (or its
 * imports unread), the rules about it would pass by checking nothing.
 */
export const REQUIRED_ROLES: readonly Role[] = [
  'core',
  'core-contract-language',
  'platform',
  'entry',
  'web',
  'web-kit',
  'schema',
  'registry',
  'contract',
  'index',
  'manifest',
  'service',
  'routes',
  'domain',
  'domain-index',
  'db',
  'db-tables',
  'ui',
  'ui-index',
];

/** Rule 9: the scan is not empty, and covers every kind of file, each with imports read from it. */
export function checkCoverage(files: readonly SourceFile[]): Violation[] {
  const rule = 'coverage';
  if (files.length === 0) {
    return [{ rule, file: 'src/', specifier: '(no files)', why: 'the scan found no source file' }];
  }
  const withImports = new Set(
    files.filter((source) => hopsOf(source).length > 0).map(({ file }) => classify(file).role),
  );
  const scanned = new Set(files.map(({ file }) => classify(file).role));
  const missing = (role: Role): Violation => ({
    rule,
    file: 'src/',
    specifier: role,
    why: scanned.has(role)
      ? 'no import was read from any file of this kind'
      : 'no file of this kind was scanned',
  });
  return [
    ...REQUIRED_ROLES.filter((role) => !withImports.has(role)).map(missing),
    ...ENTRY_POINTS.filter((entry) => !files.some(({ file }) => file === entry)).map((entry) => ({
      rule,
      file: entry,
      specifier: '(missing)',
      why: 'an entry point was not scanned',
    })),
  ];
}

/**
 * Rule 10: a specifier of ours names its file: `./x.ts`, `#modules/goals/ui/index.ts`. The bundler, tsx and
 * Vite each guess differently for `./x`, `./x.js` or a folder, and rules 2–6 judge what a specifier names.
 */
export function checkSpecifiersNameFiles(files: readonly SourceFile[]): Violation[] {
  return checkHops('named-files', files, ({ ref, to, pkg, namesFile }) => {
    if (!ref.literal) {
      return 'import() names its file as a literal, so that the rules can check it';
    }
    if (pkg !== null || namesFile) {
      return undefined;
    }
    return to === null
      ? 'neither a relative path, an alias of package.json "imports", nor a package'
      : 'name the file with its extension (./x.ts), not a folder or an extensionless path';
  });
}

/**
 * Rule 11: src/modules/database.ts, the schema type every repository shares, imports only types from the
 * registered modules' db/tables.ts. Anything more would hand every repository another module's internals
 * (or runtime code) through `Database`; modules declare their tables in db/tables.ts by convention, since
 * the manifest has no field for them.
 */
export function checkSchema(files: readonly SourceFile[], modules: readonly ModuleManifest[]): Violation[] {
  const names = modules.map((module) => module.name);
  return checkHops('schema', files, ({ from, to, ref }) => {
    if (from.role !== 'schema') {
      return undefined;
    }
    if (to === null || to.role !== 'db-tables' || to.module === null) {
      return "database.ts imports only the modules' db/tables.ts";
    }
    if (!names.includes(to.module)) {
      return `${to.module} is not a module of MODULES`;
    }
    return ref.typeOnly
      ? undefined
      : 'database.ts uses `import type`: it is a type, and must not run module code';
  });
}

/** ARCHITECTURE §7.3 rule 6: the platform imports only the core, itself and packages, never modules or UI. */
export function checkPlatformIsolation(files: readonly SourceFile[]): Violation[] {
  return checkHops('platform-isolation', files, ({ from, to }) =>
    from.role === 'platform' &&
    to !== null &&
    !['core', 'core-contract-language', 'platform'].includes(to.role)
      ? `the platform imports only the core and itself, not ${to.role}`
      : undefined,
  );
}

/** ARCHITECTURE §7.3 rule 3: server code never imports UI, which would put React in the server bundle. */
export function checkServerUiSplit(files: readonly SourceFile[]): Violation[] {
  return checkHops('server-ui-split', files, ({ from, to }) =>
    !isUi(from) && to !== null && isUi(to) ? 'server code never imports UI' : undefined,
  );
}

/**
 * The web app's layers (src/web/kit/ below both the module UIs and the shell): a module's UI reaches the web
 * app only through the kit. The shell composes the module UIs, so a module page that imported the shell (its
 * layout, its pages, its router) would make the two depend on each other.
 */
export function checkModuleUiUsesKit(files: readonly SourceFile[]): Violation[] {
  return checkHops('module-ui-kit', files, ({ from, to }) =>
    (from.role === 'ui' || from.role === 'ui-index') && to !== null && to.role === 'web'
      ? 'a module UI uses the web app only through its kit (src/web/kit/)'
      : undefined,
  );
}

/**
 * The kit sits below the shell and every module: it imports neither the rest of src/web/ nor any module
 * (contracts included), so that any module's UI can use it without pulling in the shell or another module.
 */
export function checkKitIsolation(files: readonly SourceFile[]): Violation[] {
  return checkHops('kit-isolation', files, ({ from, to }) => {
    if (from.role !== 'web-kit' || to === null) {
      return undefined;
    }
    if (to.role === 'web') {
      return 'the kit imports nothing of the web shell: it sits below it';
    }
    return to.file.startsWith('src/modules/')
      ? 'the kit imports no module: the modules and the shell build on it'
      : undefined;
  });
}

export interface Rule {
  readonly id: string;
  readonly title: string;
  /** Whether the rule reads the module graph; the others can run even when the registry cannot load. */
  readonly usesGraph: boolean;
  readonly check: (files: readonly SourceFile[], modules: readonly ModuleManifest[]) => Violation[];
}

export const RULES: readonly Rule[] = [
  {
    id: 'core-purity',
    usesGraph: false,
    title: '1. the core is pure; zod only in its contract language',
    check: checkCorePurity,
  },
  {
    id: 'domain-purity',
    usesGraph: true,
    title: '2. domain/ imports only core and domain/',
    check: checkDomainPurity,
  },
  {
    id: 'db-isolation',
    usesGraph: false,
    title: '3. db/ imports no contract, service, routes or UI',
    check: checkDbIsolation,
  },
  {
    id: 'contract-isolation',
    usesGraph: false,
    title: '4. contracts import no db/, service, routes or platform',
    check: checkContractIsolation,
  },
  { id: 'ui-isolation', usesGraph: false, title: '5. UI imports no server code', check: checkUiIsolation },
  {
    id: 'module-surfaces',
    usesGraph: true,
    title: '6. modules meet only through public surfaces, along dependsOn',
    check: checkModuleSurfaces,
  },
  {
    id: 'io-confinement',
    usesGraph: false,
    title: '7. Node, drivers and process.env only in the platform and entry points',
    check: checkIoConfinement,
  },
  {
    id: 'module-graph',
    usesGraph: true,
    title: '8. the module graph is acyclic and matches the tree',
    check: (files, modules) => checkModuleGraph(modules, files),
  },
  { id: 'coverage', usesGraph: false, title: '9. the scan covers every kind of file', check: checkCoverage },
  {
    id: 'named-files',
    usesGraph: false,
    title: '10. specifiers name their files',
    check: checkSpecifiersNameFiles,
  },
  {
    id: 'schema',
    usesGraph: true,
    title: "11. database.ts imports only the modules' table types",
    check: checkSchema,
  },
  {
    id: 'platform-isolation',
    usesGraph: false,
    title: '12. the platform imports no module or UI',
    check: checkPlatformIsolation,
  },
  {
    id: 'server-ui-split',
    usesGraph: false,
    title: '13. server code imports no UI',
    check: checkServerUiSplit,
  },
  {
    id: 'module-ui-kit',
    usesGraph: false,
    title: '14. module UIs use the web app only through its kit',
    check: checkModuleUiUsesKit,
  },
  {
    id: 'kit-isolation',
    usesGraph: false,
    title: '15. the web kit imports neither the shell nor any module',
    check: checkKitIsolation,
  },
];

export function describeViolation({ file, specifier, why }: Violation): string {
  return `${file} → ${specifier}: ${why}`;
}

/** The source files of src/ (not tests: they wire layers together on purpose), read from disk. */
export function readSourceTree(root = ROOT): SourceFile[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        return entry.name === 'test' ? [] : walk(file);
      }
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
    });
  return walk('src').map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}
