/**
 * The Fastify application: zod validation with Swedish messages, OpenAPI at /api/openapi.json with browsable
 * docs at /api/docs, the error model, and the modules' routes. The built web app is served from dist/ when
 * it exists, with every non-API path falling back to index.html for the client-side router.
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { handleError, handleNotFound } from './error-handler.ts';

export type ApiApp = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

export interface HttpOptions {
  readonly logLevel: string;
  /** Folder with the built web app; not served when missing. */
  readonly webRoot: string | null;
  readonly version: string;
  /** Registers the API routes (the modules), under /api/v1. */
  register(app: ApiApp): Promise<void>;
}

export async function createHttpApp(options: HttpOptions): Promise<ApiApp> {
  const app = Fastify({
    logger: { level: options.logLevel },
    bodyLimit: 50 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Verksam API',
        version: options.version,
        description:
          'Mål, indikatorer, utfall och bedömningar för kommunal mål- och resultatstyrning. Alla texter till ' +
          'användare är på svenska; belopp och mätvärden skickas som decimaltal i textform ("4.5").',
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
