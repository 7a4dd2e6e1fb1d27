/**
 * The Fastify application: strict JSON bodies, zod validation with Swedish messages, OpenAPI at
 * /api/openapi.json with browsable docs at /api/docs, one error format for every 4xx (Fastify's own and
 * Node's included), and the modules' routes. The built web app is served from dist/ when it exists, with
 * every non-API path falling back to index.html for the client-side router.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import helmet from 'helmet';
import { z } from 'zod';
import type { ConstraintError } from '../db/sql-errors.ts';
import {
  checkQueryEncoding,
  clientErrorResponse,
  createErrorHandler,
  handleFrameworkError,
  handleNotFound,
} from './error-handler.ts';
import { parseJsonBody } from './json-body.ts';

export type ApiApp = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

/** The API's bodies are small; routes that take files raise their own limit. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface HttpOptions {
  readonly logLevel: string;
  /** Folder with the built web app; not served when missing. */
  readonly webRoot: string | null;
  readonly version: string;
  readonly constraintErrors: Readonly<Record<string, ConstraintError>>;
  /**
   * Check every response against its schema (tests): the OpenAPI document must stay true. Off in
   * production, where the use cases' own types are trusted and responses are serialised as they are.
   */
  readonly checkResponses: boolean;
  /**
   * The host names the server answers to (the Host header, without port); every other name gets 421, so
   * that a page on another site cannot reach the server through DNS rebinding. `*` allows any.
   */
  readonly allowedHosts: readonly string[];
  /** Registers the API routes (the modules), under /api/v1. */
  register(app: ApiApp): Promise<void>;
}

/**
 * Serialises a response. Checked against its schema only when asked (the tests): the OpenAPI document must
 * stay true, while in production the use cases' own types are trusted.
 */
export function responseSerializer(schema: unknown, url: string, checkResponses: boolean) {
  if (!checkResponses || !(schema instanceof z.ZodType)) {
    return (data: unknown) => JSON.stringify(data);
  }
  return (data: unknown) => {
    const result = z.safeEncode(schema, data);
    if (!result.success) {
      throw new Error(`The response of ${url} does not match its schema: ${result.error.message}`);
    }
    return JSON.stringify(result.data);
  };
}

/** Checks an answer written as JSON text (core/api.ts `JsonText`) against its schema, in the tests. */
export function checkJsonText(schema: unknown, url: string, bytes: Uint8Array): void {
  if (schema instanceof z.ZodType) {
    const result = z.safeDecode(schema, JSON.parse(new TextDecoder().decode(bytes)));
    if (!result.success) {
      throw new Error(`The response of ${url} does not match its schema: ${result.error.message}`);
    }
  }
}

/** The host name of a Host header ("verksam.kommun.se:3000" → "verksam.kommun.se", "[::1]:80" → "[::1]"). */
export function hostName(host: string): string {
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(host.trim().toLowerCase());
  return match?.[1] ?? '';
}

function hostAllowed(host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) {
    return true;
  }
  return host !== undefined && allowed.includes(hostName(host));
}

export async function createHttpApp(options: HttpOptions): Promise<ApiApp> {
  const app = Fastify({
    logger: { level: options.logLevel },
    bodyLimit: DEFAULT_BODY_LIMIT,
    genReqId: () => crypto.randomUUID(),
    // A path parameter that is badly percent-encoded or too long is refused by the router, before any hook.
    frameworkErrors: (error, request, reply) => handleFrameworkError(error, request, reply),
    routerOptions: { maxParamLength: 200 },
    // Node's HTTP parser refuses some requests (a header too large) before Fastify sees them.
    clientErrorHandler: (error, socket) => {
      if (socket.writable) {
        socket.end(clientErrorResponse((error as { code?: string }).code));
      } else {
        socket.destroy(error);
      }
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(({ schema, url }) => responseSerializer(schema, url, options.checkResponses));
  app.setErrorHandler(createErrorHandler(options.constraintErrors));
  // Only JSON, strictly read; Fastify's own text parser would accept text/plain in any charset.
  app.removeAllContentTypeParsers();
  app.addHook('onRequest', async (request, reply) => {
    if (!hostAllowed(request.headers.host, options.allowedHosts)) {
      return reply.status(421).type('application/json; charset=utf-8').send({
        code: 'request.host_not_allowed',
        message:
          'Servern svarar inte på det här värdnamnet. En administratör kan lägga till det i VERKSAM_ALLOWED_HOSTS.',
        fields: [],
      });
    }
    checkQueryEncoding(request.url);
  });
  await app.register(fastifyCookie);
  // Helmet's headers, its middleware made once: @fastify/helmet built it anew for every request, parsing the
  // policy each time (5 % of a busy server's time).
  const secureHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React, AG Grid and ECharts set style attributes; no script can be injected through them.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Only what the app loads itself; no cross-origin embedding needed.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    secureHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer, request.headers['content-type']));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Verksam API',
        version: options.version,
        description:
          'Mål, indikatorer, utfall och bedömningar för kommunal mål- och resultatstyrning. Alla texter till ' +
          'användare är på svenska; belopp och mätvärden skickas som decimaltal i textform ("4.5"). Ett ' +
          'POST-anrop med huvudet Idempotency-Key utförs bara en gång, hur många gånger det än skickas.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => options.register(api as ApiApp), { prefix: '/api/v1' });

  const webRoot = options.webRoot;
  const servesWeb = webRoot !== null && fs.existsSync(path.join(webRoot, 'index.html'));
  if (servesWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: 'index.html',
      // Built assets carry a content hash in their names and never change; index.html always may.
      setHeaders: (response, file) =>
        response.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/2023/VSS, /mal/…) all load the app; unknown API paths get a JSON 404.
    if (servesWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return handleNotFound(request, reply);
  });
  return app;
}
