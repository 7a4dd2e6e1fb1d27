/**
 * The API as data: each module's contract lists its operations (method, path, inputs, response, who may call
 * it, what it reads and changes). The server registers routes from these lists and the browser calls them
 * through the same lists, so the two can never disagree about a path or a type (docs/adr/0007-api-from-contracts.md).
 *
 * Part of the core's contract language, with validation.ts and entity.ts: pure, zod only.
 */
import type { z } from 'zod';

/**
 * What the browser caches, in one registry: a query declares what it reads, a change what it changes, and a
 * change refreshes every query that reads any of it.
 */
export const RESOURCES = [
  'organisation',
  'planning',
  'goals',
  'assessments',
  'history',
  'jobs',
  'files',
  'dataPackage',
  'economy',
  'volumes',
  'investments',
  'activities',
  'assignments',
  'internalControl',
  'access',
  'notifications',
  'consistency',
  'narratives',
  'documents',
] as const;
export type Resource = (typeof RESOURCES)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Reads are authorised as reads, everything else as writes. */
export type Access = 'read' | 'write';

export interface OperationSpec {
  readonly method: HttpMethod;
  /** Under /api/v1, with `:name` parameters: "/goals/goals/:id". */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The 2xx response; `null` for 204 No Content and for a redirect. */
  readonly response: z.ZodType | null;
  /** 200 unless given; 303 for a redirect a browser follows (the handler sends it). */
  readonly status?: 200 | 201 | 202 | 204 | 303;
  /** What a query shows, or what a change changes; for the browser's cache. */
  readonly resources: readonly Resource[];
  /** Answered without signing in (signing in itself, the sign-in page's facts). */
  readonly public?: boolean;
  /**
   * The answer holds a secret (a one-time password, an API token, a session's CSRF token): never kept
   * for an Idempotency-Key's replay, so no secret lies in the database in clear text.
   */
  readonly answersSecret?: boolean;
  /** The largest body the route accepts, in bytes, when larger than the API's default. */
  readonly bodyLimit?: number;
  /**
   * The answer changes only when data changes: the server keeps it, serialised, until the next write
   * (in any application instance).
   */
  readonly cached?: boolean;
}

export interface Operation<S extends OperationSpec = OperationSpec> {
  /** "goals.createGoal": the OpenAPI operationId. */
  readonly id: string;
  readonly module: string;
  readonly tag: string;
  readonly spec: S;
}

/** Lists a module's operations under its name and its (Swedish) OpenAPI tag. */
export function defineOperations<const T extends Record<string, OperationSpec>>(
  module: string,
  tag: string,
  specs: T,
): { readonly [K in keyof T]: Operation<T[K]> } {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { id: `${module}.${name}`, module, tag, spec }]),
  ) as { readonly [K in keyof T]: Operation<T[K]> };
}

type Input<T> = T extends z.ZodType ? z.input<T> : never;
type Output<T> = T extends z.ZodType ? z.output<T> : never;

/** What a caller passes: the path parameters, the query and the body, each where the operation has one. */
export type OperationInput<O extends Operation> = (O['spec']['params'] extends z.ZodType
  ? { readonly params: Input<O['spec']['params']> }
  : object) &
  (O['spec']['query'] extends z.ZodType ? { readonly query: Input<O['spec']['query']> } : object) &
  (O['spec']['body'] extends z.ZodType ? { readonly body: Input<O['spec']['body']> } : object);

/** What a handler receives: the same, parsed. */
export type OperationArgs<O extends Operation> = {
  readonly params: O['spec']['params'] extends z.ZodType ? Output<O['spec']['params']> : undefined;
  readonly query: O['spec']['query'] extends z.ZodType ? Output<O['spec']['query']> : undefined;
  readonly body: O['spec']['body'] extends z.ZodType ? Output<O['spec']['body']> : undefined;
};

/** JSON data that nobody changes in place: what a handler may return and what a caller gets. */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * An answer already written as JSON (UTF-8 bytes), for a response that is mostly the same for everyone: the
 * shared part is serialised once and kept, and each request only writes its own few fields in front of it
 * (`joinJson`). `T` is what the bytes hold, so a handler's answer is still checked against its operation.
 */
export class JsonText<T> {
  declare readonly holds?: T;
  constructor(readonly bytes: Uint8Array) {}
}

const utf8 = new TextEncoder();

/** A value as JSON bytes, to be kept and joined (`joinJson`). */
export function jsonBytes(value: unknown): Uint8Array {
  return utf8.encode(JSON.stringify(value));
}

/**
 * `{...head, ...rest}` as JSON, where `rest` is an object already serialised (`jsonBytes`): only `head` is
 * serialised, and the rest is copied as it is.
 */
export function joinJson<T>(head: Partial<T>, rest: Uint8Array): JsonText<T> {
  const start = JSON.stringify(head).slice(0, -1);
  const empty = start === '{' || rest.length === 2;
  const front = utf8.encode(empty ? start : `${start},`);
  const joined = new Uint8Array(front.length + rest.length - 1);
  joined.set(front);
  joined.set(rest.subarray(1), front.length);
  return new JsonText<T>(joined);
}

/** What the operation answers. */
export type OperationResult<O extends Operation> = O['spec']['response'] extends z.ZodType
  ? DeepReadonly<Output<O['spec']['response']>>
  : // biome-ignore lint/suspicious/noConfusingVoidType: an operation without a response body returns nothing
    void;

/** The operation's path with its parameters filled in, and its query: "/goals/goals/3f…?year=2023". */
export function operationUrl(
  operation: Operation,
  input: { params?: Record<string, unknown>; query?: Record<string, unknown> } = {},
): string {
  const path = operation.spec.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(String(input.params?.[name] ?? '')),
  );
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== null) {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return `/api/v1${path}${text ? `?${text}` : ''}`;
}
