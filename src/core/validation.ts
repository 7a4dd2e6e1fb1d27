/**
 * The contract language: zod field schemas shared by every module's contract, and Swedish messages for zod.
 *
 * This is the one file of the core that imports a package: zod is how every contract, the OpenAPI document
 * and the data package are written, so its field types and messages belong with the shared kernel
 * (docs/adr/0002-zod-in-core.md).
 */
import { z } from 'zod';
import { canonicalDecimal, isDecimal, parseSwedishDecimal } from './decimal.ts';
import type { FieldProblem } from './errors.ts';

type Issue = z.core.$ZodRawIssue;

function typeMessage(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined) {
    return 'saknas';
  }
  if (issue.input === null) {
    return 'får inte vara tomt';
  }
  switch (issue.expected) {
    case 'string':
      return 'ska vara text';
    case 'number':
      return 'ska vara ett tal';
    case 'int':
      return 'ska vara ett heltal';
    case 'boolean':
      return 'ska vara sant eller falskt (true/false)';
    case 'array':
      return 'ska vara en lista';
    case 'object':
      return 'ska vara ett objekt';
    default:
      return `har fel typ (förväntade ${issue.expected})`;
  }
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const atLeast = issue.code === 'too_small';
  switch (issue.origin) {
    case 'string':
      if (atLeast && bound === 1) {
        return 'får inte vara tomt';
      }
      return `får ha ${atLeast ? 'minst' : 'högst'} ${bound} tecken`;
    case 'array':
      return `ska ha ${atLeast ? 'minst' : 'högst'} ${bound} poster`;
    default:
      return `ska vara ${atLeast ? 'minst' : 'högst'} ${bound}`;
  }
}

function formatMessage(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  switch (issue.format) {
    case 'uuid':
    case 'guid':
      return 'är inte ett giltigt id (uuid)';
    case 'date':
      return 'ska vara ett datum på formen ÅÅÅÅ-MM-DD';
    case 'datetime':
      return 'ska vara en tidpunkt på formen ÅÅÅÅ-MM-DDTHH:MM:SSZ';
    default:
      return 'har fel format';
  }
}

/** Short Swedish messages for the issues users actually meet; the field's name is added by `describeIssues`. */
function swedishMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue);
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_format':
      return formatMessage(issue);
    case 'invalid_value':
      return `måste vara ett av: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `okänt fält: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'har ett värde som inte passar någon av de tillåtna formerna';
    default:
      return undefined;
  }
}

let installed = false;

/** Makes zod speak Swedish. Idempotent; called by every entry point (server, CLI, browser, tests). */
export function installSwedishValidationMessages(): void {
  if (installed) {
    return;
  }
  installed = true;
  const fallback = z.locales.sv().localeError;
  z.config({
    customError: (issue) => swedishMessage(issue) ?? fallback(issue),
  });
}

installSwedishValidationMessages();

/** Swedish names of the fields that the API and the data package use, for messages that name the field. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'id',
  code: 'kod',
  name: 'namn',
  kind: 'typ',
  parent: 'överordnad enhet',
  parentId: 'överordnad enhet',
  validFrom: 'giltig från',
  validTo: 'giltig till',
  validFromYear: 'giltig från år',
  validToYear: 'giltig till år',
  sortOrder: 'ordning',
  version: 'version',
  year: 'år',
  deadline: 'sista dag',
  description: 'beskrivning',
  goalAreaId: 'målområde',
  municipalGoalId: 'kommunövergripande mål',
  parentGoalId: 'överordnat mål',
  orgUnit: 'organisationsenhet',
  orgUnitId: 'organisationsenhet',
  goalId: 'mål',
  indicatorId: 'indikator',
  parentIndicatorId: 'överordnad indikator',
  unit: 'enhet',
  decimals: 'antal decimaler',
  desiredDirection: 'önskvärd riktning',
  isObligatory: 'obligatorisk',
  definition: 'definition',
  dataSource: 'källa',
  isGenderSplit: 'könsuppdelad',
  part: 'del',
  notation: 'målvärde',
  note: 'fotnot',
  reportingRoundId: 'uppföljningstillfälle',
  fromMonth: 'från månad',
  toMonth: 'till månad',
  isForecast: 'prognos',
  referenceYear: 'avser år',
  total: 'totalt',
  women: 'kvinnor',
  men: 'män',
  noData: 'ingen uppgift',
  noDataReason: 'orsak till ingen uppgift',
  verdict: 'bedömning',
  basis: 'grund för bedömningen',
  results: 'resultat',
  source: 'källhänvisning',
  format: 'format',
  formatVersion: 'formatversion',
};

/** Turns a path into JSON-path form: ["goals", 3, "orgUnit"] → "goals[3].orgUnit". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') {
      return `${text}[${key}]`;
    }
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** A Swedish name for a field path: "målvärde (targets[2].notation)". */
export function labelPath(path: ReadonlyArray<PropertyKey>): string {
  const last = [...path].reverse().find((key) => typeof key === 'string');
  const label = typeof last === 'string' ? FIELD_LABELS[last] : undefined;
  const where = formatPath(path);
  if (label === undefined) {
    return where === '' ? 'indata' : `fältet ${where}`;
  }
  return where === String(last) ? label : `${label} (${where})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Zod issues as Swedish field problems that name their field. */
export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>): FieldProblem[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path),
    message: `${capitalise(labelPath(issue.path))}: ${issue.message}.`.replace(/\.\.$/, '.'),
  }));
}

/** An id: a UUID. */
export const idField = z.uuid();

/** A year of the yearly cycle. */
export const yearField = z.int().min(1900).max(2200);

/** A calendar date, YYYY-MM-DD. */
export const dateField = z.iso.date();

/** A required line of text, trimmed. */
export function requiredText(max = 500) {
  return z.string().trim().min(1).max(max);
}

/**
 * Optional longer text; empty strings become null so "no text" has one form. A codec rather than a
 * transform, so that responses can be encoded with the same schema.
 */
export function optionalText(max = 20_000) {
  return z.codec(z.string().trim().max(max).nullable(), z.string().nullable(), {
    decode: (text) => (text === '' ? null : text),
    encode: (text) => text,
  });
}

/**
 * An exact decimal as a string. Accepts "4.5" and the Swedish "4,5" or "1 234,5"; never a JSON number,
 * so no value passes through binary floating point on its way in.
 */
export const decimalField = z.codec(
  z
    .string()
    .trim()
    .refine((text) => isDecimal(text) || parseSwedishDecimal(text) !== null, {
      message: 'ska vara ett tal skrivet som text, t.ex. "4,5" eller "4.5"',
    }),
  z.string(),
  {
    decode: (text) => (isDecimal(text) ? canonicalDecimal(text) : (parseSwedishDecimal(text) ?? text)),
    encode: (text) => text,
  },
);
