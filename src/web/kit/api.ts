/**
 * The browser's way to the API: every call names an operation of a module's contract, so its path, input
 * and answer are the contract's (docs/adr/0007-api-from-contracts.md). Queries and changes meet in one
 * registry – the `resources` each operation declares – so a change refreshes every view that shows what it
 * changed, and no page lists cache keys by hand.
 *
 * Errors always arrive as `ApiError`, with the server's Swedish message and field problems, so forms can
 * show them next to their fields.
 *
 * Signing in: the browser's session is an httpOnly cookie, and every change sent with it carries the
 * session's CSRF token (`setCsrfToken`, set by the access module's session provider). A 401 from an operation
 * that needs a signed-in user means the session has ended; `onUnauthenticated` tells the session provider,
 * which shows the sign-in page.
 */
import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { z } from 'zod';
import {
  type Operation,
  type OperationInput,
  type OperationResult,
  operationUrl,
  type Resource,
} from '#core/api.ts';
import type { FieldProblem } from '#core/errors.ts';
import { describeIssues } from '#core/validation.ts';
import { IdempotencyKeys } from './idempotency-keys.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** What a query shows, from its operation: a change to any of it makes the query stale. */
    queryMeta: { resources?: readonly Resource[] };
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** Reads the server's error format; anything else (a proxy's HTML page) gets a generic Swedish text. */
function errorFrom(status: number, payload: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(payload);
  if (!parsed.success) {
    return new ApiError(status, 'unknown', `Oväntat svar från servern (${status}).`);
  }
  const { code, message, fields = [] } = parsed.data.error;
  if (code === 'request.idempotency_key_reused') {
    // The server's text speaks to programmers. For a person it means that an earlier attempt, whose answer
    // was lost, may already have been saved and the form has been changed since.
    return new ApiError(
      status,
      code,
      'Det förra försöket att spara kan redan ha gått igenom. Kontrollera uppgifterna innan du sparar igen.',
    );
  }
  return new ApiError(status, code, message, fields);
}

/** Any failure as an ApiError, so that forms have one thing to show. */
export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError
    ? caught
    : new ApiError(0, 'unknown', 'Något gick fel. Ingenting sparades.');
}

interface InputParts {
  readonly params?: Record<string, unknown>;
  readonly query?: Record<string, unknown>;
  readonly body?: unknown;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : undefined;

function partsOf(input: object): InputParts {
  return {
    params: 'params' in input ? record(input.params) : undefined,
    query: 'query' in input ? record(input.query) : undefined,
    body: 'body' in input ? input.body : undefined,
  };
}

/**
 * Checks a body against the operation's own schema before sending it, with the server's messages: forms
 * hold what the user typed (a year may be "20x3"), and the contract's types cannot carry that to the
 * server, so the same rules say the same thing here, one round trip sooner.
 */
function checkBody(operation: Operation, body: unknown): void {
  const schema = operation.spec.body;
  if (schema === undefined || body === undefined) {
    return;
  }
  const result = schema.safeParse(body);
  if (result.success) {
    return;
  }
  const fields = describeIssues(result.error.issues).map((field, index) => ({
    ...field,
    // The server names a field by its dotted path ("results.0"); keep to it so forms link the same way.
    path: (result.error.issues[index]?.path ?? []).map(String).join('.'),
  }));
  throw new ApiError(
    400,
    'request.invalid',
    `Felaktiga uppgifter i anropets innehåll: ${fields.map((field) => field.message).join(' ')}`,
    fields,
  );
}

/** The header that carries the session's CSRF token with every change (the server's CSRF_HEADER). */
const CSRF_HEADER = 'x-csrf-token';

let csrfToken: string | null = null;

/** The signed-in session's CSRF token, sent with every change; null when no one is signed in. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const unauthenticatedListeners = new Set<() => void>();

/**
 * Calls `listener` whenever an operation that needs a signed-in user answers 401 (the session has ended or
 * was never there); returns the function that stops listening.
 */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => {
    unauthenticatedListeners.delete(listener);
  };
}

/**
 * Tells the listeners when an answer says no one is signed in. Public operations (signing in, the session
 * itself) answer 401 for their own reasons – a wrong password – and are left to their forms.
 */
function noteStatus(operation: Operation, status: number): void {
  if (status === 401 && !operation.spec.public) {
    for (const listener of [...unauthenticatedListeners]) {
      listener();
    }
  }
}

/** The headers every request of an operation carries: the CSRF token with every change. */
function sessionHeaders(operation: Operation): Record<string, string> {
  return operation.spec.method !== 'GET' && csrfToken !== null ? { [CSRF_HEADER]: csrfToken } : {};
}

export interface CallOptions {
  /** Sent as the Idempotency-Key header: the server runs a write with the same key only once. */
  readonly idempotencyKey?: string;
}

/** Calls an operation: its URL from its path and query, its body as JSON, its answer as the contract says. */
export async function call<O extends Operation>(
  operation: O,
  input: OperationInput<O>,
  options: CallOptions = {},
): Promise<OperationResult<O>> {
  const { params, query, body } = partsOf(input);
  checkBody(operation, body);
  const headers: Record<string, string> = { accept: 'application/json', ...sessionHeaders(operation) };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (options.idempotencyKey !== undefined) {
    headers['idempotency-key'] = options.idempotencyKey;
  }
  let response: Response;
  try {
    response = await fetch(operationUrl(operation, { params, query }), {
      method: operation.spec.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Servern kunde inte nås. Kontrollera anslutningen och försök igen.');
  }
  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => null);
  if (!response.ok) {
    noteStatus(operation, response.status);
    throw errorFrom(response.status, payload);
  }
  // The one place an answer is taken at its word: the server serialises what its contract declares, and
  // the API tests hold it to the schema (docs/adr/0006-one-definition-per-record.md).
  return payload as OperationResult<O>;
}

/** True when a query shows something a change to `changed` touches. */
function shows(shown: readonly Resource[] | undefined, changed: readonly Resource[]): boolean {
  return (shown ?? []).some((resource) => changed.includes(resource));
}

/**
 * Reads an operation through the cache. The key is the operation and its input, so two views that show
 * the same thing share one request; the resources let a change find the query.
 */
export function useApiQuery<O extends Operation>(
  operation: O,
  input: OperationInput<O>,
  options: Omit<UseQueryOptions<OperationResult<O>, ApiError>, 'queryKey' | 'queryFn' | 'meta'> = {},
) {
  return useQuery<OperationResult<O>, ApiError>({
    ...options,
    queryKey: ['api', operation.id, input],
    queryFn: () => call(operation, input),
    meta: { resources: operation.spec.resources },
  });
}

/**
 * Refreshes every query that shows any of `resources`: for changes made outside a mutation, such as a job
 * that finished on the server (a ledger loaded).
 */
export function useRefresh(): (resources: readonly Resource[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    (resources) =>
      client.invalidateQueries({
        queryKey: ['api'],
        predicate: (query) => shows(query.meta?.resources, resources),
      }),
    [client],
  );
}

export interface ApiMutationOptions<O extends Operation> {
  /** After the change is saved and the views that show it are refreshed; gets the (last) answer. */
  readonly onSaved?: (result: OperationResult<O>) => void;
}

/**
 * A save action for forms: runs the operation, keeps the server's error (with its field problems) for the
 * form to show, and refreshes every query that shows a resource the operation changes.
 *
 * Every write carries an Idempotency-Key, so a double-click, or a retry after an answer was lost, creates
 * one record or makes one change: the key lives as long as its outcome is unknown (see IdempotencyKeys).
 */
export function useApiMutation<O extends Operation>(operation: O, options: ApiMutationOptions<O> = {}) {
  const client = useQueryClient();
  const [keys] = useState(() => new IdempotencyKeys());
  // Submissions under way, counted here rather than read from the mutation: this state is set in the click
  // itself, so React disables the button before the second click of a double-click arrives, whereas the
  // mutation's own state reaches the component only after a timer.
  const [submitting, setSubmitting] = useState(0);
  const isWrite = operation.spec.method !== 'GET';
  const mutation = useMutation<OperationResult<O>, ApiError, Batch<O>>({
    mutationFn: async (inputs) => {
      const key = isWrite ? keys.take() : undefined;
      // One submission, one key; each request of a batch has its own, derived from it, so that a retried
      // batch replays the requests that were saved and runs the rest.
      const send = (input: OperationInput<O>, index: number) =>
        call(
          operation,
          input,
          key === undefined ? {} : { idempotencyKey: inputs.length === 1 ? key : `${key}.${index}` },
        );
      let sent = 0;
      try {
        const [first, ...rest] = inputs;
        let result = await send(first, 0);
        sent += 1;
        for (const [index, input] of rest.entries()) {
          result = await send(input, index + 1);
          sent += 1;
        }
        if (key !== undefined) {
          keys.settle(key, 'known');
        }
        return result;
      } catch (caught) {
        const error = asApiError(caught);
        if (key !== undefined) {
          // A batch that saved part of its requests stays open, so that a retry replays those.
          keys.settle(key, sent === 0 && isOutcomeKnown(error) ? 'known' : 'unknown');
        }
        throw error;
      } finally {
        if (sent > 0) {
          await client.invalidateQueries({
            queryKey: ['api'],
            predicate: (query) => shows(query.meta?.resources, operation.spec.resources),
          });
        }
      }
    },
    // On the mutation rather than on each mutate(), so that it reports even when the refresh has remounted
    // the form (a form keyed by the record's version); of a double submission, each answer is the same.
    onSuccess: (result) => options.onSaved?.(result),
    onSettled: () => setSubmitting((count) => Math.max(0, count - 1)),
  });
  const submit = (inputs: Batch<O>) => {
    setSubmitting((count) => count + 1);
    mutation.mutate(inputs);
  };
  return {
    /** Saves one input. */
    save: (input: OperationInput<O>) => submit([input]),
    /** Saves several inputs one after another, as one submission (the year's five rounds). */
    saveAll: submit,
    saving: submitting > 0 || mutation.isPending,
    error: mutation.error,
    saved: mutation.isSuccess,
    reset: mutation.reset,
  };
}

type Batch<O extends Operation> = readonly [OperationInput<O>, ...OperationInput<O>[]];

/**
 * Whether a failed request certainly did not save anything the user could want back: a refusal the user
 * must correct. A lost answer, a server error or "still running" leave the outcome open, so the key stays
 * for the retry.
 */
function isOutcomeKnown(error: ApiError): boolean {
  const retryable = error.status === 408 || error.status === 429 || error.code === 'request.in_progress';
  return error.status >= 400 && error.status < 500 && !retryable;
}

/**
 * Uploads a file as the body of an operation (the file store's upload), reporting how much has been sent:
 * XMLHttpRequest, because fetch reports no upload progress.
 */
export function upload<O extends Operation>(
  operation: O,
  input: OperationInput<O>,
  file: Blob,
  onProgress: (sent: number, total: number) => void,
): Promise<OperationResult<O>> {
  const { params, query } = partsOf(input);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(operation.spec.method, operationUrl(operation, { params, query }));
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    for (const [name, value] of Object.entries(sessionHeaders(operation))) {
      request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => onProgress(event.loaded, event.total || file.size);
    request.onerror = () =>
      reject(new ApiError(0, 'network', 'Servern kunde inte nås. Kontrollera anslutningen och försök igen.'));
    request.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(request.responseText);
      } catch {
        // handled below as an unexpected answer
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(payload as OperationResult<O>);
      } else {
        noteStatus(operation, request.status);
        reject(errorFrom(request.status, payload));
      }
    };
    request.send(file);
  });
}
