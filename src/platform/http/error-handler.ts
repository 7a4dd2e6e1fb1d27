/**
 * The HTTP edge of the error model (ARCHITECTURE §7.5): DomainErrors and validation errors become 4xx with
 * a Swedish message that names the field; everything else is a bug, logged with its stack and answered with
 * a generic 500 that carries only the request id.
 */

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorKind, type FieldProblem } from '#core/errors.ts';
import { labelPath } from '#core/validation.ts';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldProblem[];
    requestId: string;
  };
}

const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
};

const WHERE: Readonly<Record<string, string>> = {
  body: 'i anropets innehåll',
  querystring: 'i frågeparametrarna',
  params: 'i adressen',
  headers: 'i anropets huvuden',
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
  return reply.status(status).send({ error: { ...body, requestId: reply.request.id } } satisfies ErrorBody);
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    request.log.info({ code: error.code }, error.message);
    return send(reply, STATUS_BY_KIND[error.kind], {
      code: error.code,
      message: error.message,
      ...(error.fields.length > 0 ? { fields: [...error.fields] } : {}),
    });
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
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return send(reply, 400, {
      code: 'request.invalid_json',
      message: 'Anropets innehåll är inte giltig JSON.',
    });
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return send(reply, 415, {
      code: 'request.unsupported_media_type',
      message: 'Innehållstypen stöds inte. Skicka JSON med Content-Type: application/json.',
    });
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return send(reply, 413, { code: 'request.too_large', message: 'Anropets innehåll är för stort.' });
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, error.statusCode, { code: 'request.invalid', message: 'Anropet kunde inte tolkas.' });
  }
  request.log.error({ err: error }, 'Oväntat fel');
  return send(reply, 500, {
    code: 'internal',
    message: `Ett oväntat fel inträffade. Ingenting sparades. Ange fel-id ${request.id} om du kontaktar supporten.`,
  });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, 404, {
    code: 'request.not_found',
    message: `Det finns ingen sida eller tjänst på ${request.method} ${request.url}.`,
  });
}
