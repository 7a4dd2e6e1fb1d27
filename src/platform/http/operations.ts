/**
 * Registers a module's operations (its contract's list) as routes: the schema, the OpenAPI entry, the
 * authorization hook for the operation, the acting user, idempotent writes and the status code all come
 * from the operation, so a module's routes file is only a map from operation to use case.
 */
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '#core/actor.ts';
import { JsonText, type Operation, type OperationArgs, type OperationResult } from '#core/api.ts';
import { coreErrors } from '#core/errors.ts';
import { type RevisionClock, requestClock } from '../cache.ts';
import { asDomainError, authorize, type Context, type Platform } from '../context.ts';
import type { JobWorker } from '../jobs.ts';
import type { OidcClient } from '../oidc.ts';
import { type ApiApp, checkJsonText, responseSerializer } from './create-app.ts';
import { checkKey, claimKey, completeKey, forgetKey, requestHash } from './idempotency.ts';

export interface Exchange {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

// biome-ignore lint/suspicious/noExplicitAny: any module's operations
type Operations = Record<string, Operation<any>>;

/** What a handler answers: the result, the result already as JSON text, or the reply it sent itself. */
// biome-ignore lint/suspicious/noExplicitAny: any operation
type Answer<O extends Operation<any>> = OperationResult<O> | JsonText<OperationResult<O>> | FastifyReply;

/** One use case per operation. A handler that sends the reply itself (a stream) returns `reply`. */
export type OperationHandlers<DB, Ops extends Operations> = {
  readonly [K in keyof Ops]: (
    args: OperationArgs<Ops[K]>,
    ctx: Context<DB>,
    exchange: Exchange,
  ) => Promise<Answer<Ops[K]>> | Answer<Ops[K]>;
};

export interface HttpPlatform<DB> extends Platform<DB> {
  /** Who sends the request (a session cookie, an API token); null when no one has signed in. */
  actorFor(request: FastifyRequest, revision?: RevisionClock): Promise<Actor | null>;
  /** This process's job worker, when it runs one: told to look for work as soon as a job is queued. */
  readonly jobs: JobWorker | null;
  /** Check responses against their schemas (the tests). */
  readonly checkResponses: boolean;
  /** The municipality's identity provider (OpenID Connect), when one is configured. */
  readonly oidc?: OidcClient | null;
}

/** Who calls a public operation (signing in) before signing in: no one, with no grants. */
const ANONYMOUS: Actor = { userId: '00000000-0000-4000-8000-000000000000', name: 'Anonym', grants: [] };

function schemaOf(operation: Operation) {
  const { spec } = operation;
  const status = spec.status ?? 200;
  return {
    operationId: operation.id,
    tags: [operation.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { querystring: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    response: { [status]: spec.response ?? z.null() },
  };
}

export function registerOperations<DB, Ops extends Operations>(
  app: ApiApp,
  platform: HttpPlatform<DB>,
  operations: Ops,
  handlers: OperationHandlers<DB, Ops>,
): void {
  /** The context each request's onRequest hook established, for its handler. */
  const contexts = new WeakMap<FastifyRequest, Context<DB>>();
  for (const [name, operation] of Object.entries(operations) as [keyof Ops & string, Operation][]) {
    const handler = handlers[name];
    const { spec } = operation;
    const status = spec.status ?? 200;
    app.route({
      method: spec.method,
      url: spec.path,
      schema: schemaOf(operation),
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      // Who asks, and whether they may ask this at all, before the body is even read: a client that has not
      // signed in learns nothing, not even whether its input would have been valid.
      onRequest: async (request) => {
        // One reading of the revision serves the request's credential and every cached result it reads.
        const revision = requestClock(platform.revision);
        const actor = await platform.actorFor(request, revision);
        if (actor === null && !spec.public) {
          throw coreErrors.unauthenticated();
        }
        const ctx: Context<DB> = {
          ...platform,
          revision,
          cache: platform.cache.at(revision),
          actor: actor ?? ANONYMOUS,
        };
        if (!spec.public) {
          await authorize(ctx, { action: spec.method === 'GET' ? 'read' : 'write', resource: operation.id });
        }
        contexts.set(request, ctx);
      },
      handler: async (request, reply) => {
        const ctx = contexts.get(request) as Context<DB>;
        const args = { params: request.params, query: request.query, body: request.body } as OperationArgs<
          Ops[typeof name]
        >;
        const run = () => handler(args, ctx, { request, reply });
        if (spec.cached) {
          const serialize = responseSerializer(spec.response, spec.path, platform.checkResponses);
          // Keyed by the whole URL: the same question gives the same answer until the next write.
          const body = await ctx.cache.get(`response|${operation.id}|${request.url}`, async () =>
            serialize(await run()),
          );
          return reply.status(status).type('application/json; charset=utf-8').send(body);
        }
        const key = request.headers['idempotency-key'];
        // A streamed body (an upload) cannot be compared before it is read, and needs no key: the file
        // store keeps one file per content, so sending it again gives the same file.
        const streamed = request.body instanceof Readable;
        if (spec.method !== 'GET' && typeof key === 'string' && spec.answersSecret) {
          // Checked like any key, but the answer is not kept: a second send does the work again.
          checkKey(key);
        } else if (spec.method !== 'GET' && typeof key === 'string' && !streamed) {
          return runOnce(platform, ctx, key, operation, request, reply, status, run);
        }
        const result = await run();
        if (result === reply) {
          return reply;
        }
        if (result instanceof JsonText) {
          if (platform.checkResponses) {
            checkJsonText(spec.response, spec.path, result.bytes);
          }
          return reply.status(status).type('application/json; charset=utf-8').send(bufferOf(result));
        }
        reply.status(status);
        return status === 204 ? reply.send() : result;
      },
    });
  }
}

/** The answer's bytes as a Buffer, without copying them. */
const bufferOf = (answer: JsonText<unknown>) =>
  Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength);

async function runOnce<DB>(
  platform: Platform<DB>,
  ctx: Context<DB>,
  key: string,
  operation: Operation,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  run: () => Promise<unknown> | unknown,
) {
  checkKey(key);
  const claim = {
    actorId: ctx.actor.userId,
    operation: operation.id,
    hash: requestHash({ params: request.params, query: request.query, body: request.body }),
  };
  const earlier = await claimKey(platform.db, key, claim);
  if (earlier) {
    return reply
      .status(earlier.status)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(earlier.body);
  }
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    await forgetKey(platform.db, key);
    throw asDomainError(platform, error);
  }
  const body =
    status === 204
      ? ''
      : result instanceof JsonText
        ? bufferOf(result).toString('utf8')
        : JSON.stringify(result ?? null);
  await completeKey(platform.db, key, { status, body });
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
