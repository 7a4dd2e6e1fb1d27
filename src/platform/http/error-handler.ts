/**
 * The HTTP edge of the error model: every error leaves in one Swedish format,
 * `{ error: { code, message, fields?, requestId } }`. DomainErrors and validation errors become 4xx naming
 * the field; a database refusal becomes the DomainError it means; Fastify's own refusals (a bad URL, a
 * body too large, a wrong content type) get Swedish texts too. Anything else is a bug, logged with its
 * stack and answered with a generic 500 that carries only the request id.
 */

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorKind, type FieldProblem } from '#core/errors.ts';
import { labelPath } from '#core/validation.ts';
import type { ConstraintError } from '../db/sql-errors.ts';
import { toDomainError } from '../db/sql-errors.ts';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldProblem[];
    requestId: string | null;
  };
}

/** A refusal of the request itself (its format, size or encoding), before any use case runs. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unauthenticated: 401,
  too_many: 429,
};

const WHERE: Readonly<Record<string, string>> = {
  body: 'i anropets innehåll',
  querystring: 'i frågeparametrarna',
  params: 'i adressen',
  headers: 'i anropets huvuden',
};

/** Fastify's own refusals, in Swedish. */
const FASTIFY_ERRORS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'request.invalid_json',
    message: 'Anropets innehåll är inte giltig JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'request.invalid_json',
    message: 'Anropets innehåll är tomt men ska vara JSON.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'request.unsupported_media_type',
    message: 'Innehållstypen stöds inte. Skicka JSON med Content-Type: application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'request.invalid_length',
    message: 'Anropets längd (Content-Length) stämmer inte med innehållet.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'request.too_large',
    message: 'Anropets innehåll är för stort.',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'request.bad_url',
    message: 'Adressen är felaktigt kodad.',
  },
  FST_ERR_CTP_EMPTY_TYPE: {
    status: 415,
    code: 'request.unsupported_media_type',
    message: 'Innehållstypen saknas. Skicka JSON med Content-Type: application/json.',
  },
};

function pathOf(instancePath: string): PropertyKey[] {
  return instancePath
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function validationFields(error: { validation: ReadonlyArray<{ instancePath: string; message?: string }> }) {
  return error.validation.map((issue) => {
    const path = pathOf(issue.instancePath);
    return {
      path: path.map(String).join('.'),
      message: `${capitalise(labelPath(path))}: ${issue.message ?? 'ogiltigt värde'}.`.replace(/\.\.$/, '.'),
    };
  });
}

function send(reply: FastifyReply, status: number, body: Omit<ErrorBody['error'], 'requestId'>) {
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ error: { ...body, requestId: reply.request.id } } satisfies ErrorBody));
}

function sendDomainError(reply: FastifyReply, error: DomainError) {
  reply.request.log.info({ code: error.code }, error.message);
  return send(reply, STATUS_BY_KIND[error.kind], {
    code: error.code,
    message: error.message,
    ...(error.fields.length > 0 ? { fields: [...error.fields] } : {}),
  });
}

export function createErrorHandler(constraintErrors: Readonly<Record<string, ConstraintError>>) {
  return function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (error instanceof DomainError) {
      return sendDomainError(reply, error);
    }
    if (error instanceof HttpError) {
      return send(reply, error.statusCode, { code: error.code, message: error.message });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = validationFields(error);
      const where = WHERE[error.validationContext ?? 'body'] ?? '';
      return send(reply, 400, {
        code: 'request.invalid',
        message: `Felaktiga uppgifter ${where}: ${fields.map((field) => field.message).join(' ')}`,
        fields,
      });
    }
    const known = typeof error.code === 'string' ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) {
      return send(reply, known.status, { code: known.code, message: known.message });
    }
    const meaning = toDomainError(error, constraintErrors);
    if (meaning) {
      return sendDomainError(reply, meaning);
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, {
        code: 'request.invalid',
        message: 'Anropet kunde inte tolkas.',
      });
    }
    request.log.error({ err: error }, 'Oväntat fel');
    return send(reply, 500, {
      code: 'internal',
      message: `Ett oväntat fel inträffade. Ingenting sparades. Ange fel-id ${request.id} om du kontaktar supporten.`,
    });
  };
}

/** The router's own refusals: a path badly percent-encoded, a path parameter too long. */
export function handleFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return send(reply, 414, { code: 'request.too_long', message: 'En del av adressen är för lång.' });
  }
  return send(reply, 400, { code: 'request.bad_url', message: 'Adressen är felaktigt kodad.' });
}

/**
 * Refuses a query string whose percent-encoding is broken (Fastify's parser would keep "%E0%A4%A" as text
 * and hand it on as if it were a value).
 */
export function checkQueryEncoding(url: string): void {
  const start = url.indexOf('?');
  if (start === -1) {
    return;
  }
  for (const part of url.slice(start + 1).split('&')) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw new HttpError(400, 'request.bad_query', 'Frågeparametrarna i adressen är felaktigt kodade.');
    }
  }
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  const shown = request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url;
  return send(reply, 404, {
    code: 'request.not_found',
    message: `Det finns ingen sida eller tjänst på ${request.method} ${shown}.`,
  });
}

/** A refusal Node's HTTP parser makes before Fastify sees the request (a header too large, a broken line). */
export function clientErrorResponse(errorCode: string | undefined): string {
  const [status, reason, code, message] =
    errorCode === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'request.headers_too_large',
          'Anropets huvuden är för stora.',
        ]
      : errorCode === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'request.timeout', 'Anropet tog för lång tid att skicka.']
        : [400, 'Bad Request', 'request.malformed', 'Anropet är felaktigt formaterat och kunde inte tolkas.'];
  const body = JSON.stringify({ error: { code, message, requestId: null } } satisfies ErrorBody);
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}
