/**
 * Fuzzes every operation of the OpenAPI document with hostile input, on whichever engine the suite runs on
 * (PGlite, or the server TEST_DATABASE_URL names). The demo is loaded first and every request starts from a
 * valid one built from the operation's own schema and real records (a goal, the unit VSS, a round), so a
 * hostile value is the only thing wrong with it and, if validation lets it through, it reaches the
 * database. Every answer must be below 500; every refusal must be the one error format with a Swedish
 * message (a check that fails on English, see support/swedish.ts); and input that can only be wrong (NUL, a
 * lone surrogate, an integer outside its column) must be refused rather than stored.
 *
 * The run prints its counts (requests by status class, by status and by hostile kind) for the change notes.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Operation } from '../src/core/api.ts';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { assessmentsApi } from '../src/modules/assessments/contract.ts';
import { dataPackageApi } from '../src/modules/data-package/contract.ts';
import { BUILTIN_TEMPLATES } from '../src/modules/documents/domain/templates.ts';
import { economyApi } from '../src/modules/economy/contract.ts';
import { goalsApi } from '../src/modules/goals/contract.ts';
import { organisationApi } from '../src/modules/organisation/contract.ts';
import { planningApi } from '../src/modules/planning/contract.ts';
import { volumesApi } from '../src/modules/volumes/contract.ts';
import { DEFAULT_BODY_LIMIT } from '../src/platform/http/create-app.ts';
import { type Caller, startTestApp, type TestApp } from './app-harness.ts';
import { notSwedishBecause } from './support/swedish.ts';

// The OpenAPI document, as far as the fuzzer reads it -------------------------------------------------------

interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface OperationDoc {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, OperationDoc>>;
  components: { schemas: Record<string, JsonSchema> };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Route {
  readonly id: string;
  readonly method: Method;
  /** As in the document: "/api/v1/goals/goals/{id}". */
  readonly path: string;
  readonly pathParams: readonly Parameter[];
  readonly queryParams: readonly Parameter[];
  readonly body: JsonSchema | null;
  readonly bodyLimit: number;
}

// The one error format -----------------------------------------------------------------------------------

const fieldProblem = z.strictObject({
  path: z.string(),
  message: z.string().min(1),
  record: z.string().optional(),
  value: z.unknown().optional(),
});

function errorBodySchema(requestId: z.ZodType) {
  return z.strictObject({
    error: z.strictObject({
      code: z.string().regex(/^[a-z][a-zA-Z0-9_]*(\.[a-z][a-zA-Z0-9_]*)*$/),
      message: z.string().min(1),
      fields: z.array(fieldProblem).optional(),
      requestId,
    }),
  });
}

/** Answers from inside the app carry the request's id; Node's parser refusals come before there is one. */
const errorBody = errorBodySchema(z.string().min(1));
const socketErrorBody = errorBodySchema(z.null());

// Counting and findings ----------------------------------------------------------------------------------

/** What was sent, for the counts and for a finding. */
interface Sent {
  /** The operation id, or what stands in for one ("socket"). */
  readonly route: string;
  readonly kind: string;
  readonly mustRefuse: boolean;
  /** Method, URL and what the request holds. */
  readonly request: string;
  /** The field, parameter or header that holds the hostile value, for the list of accepted input. */
  readonly where: string;
}

interface Answer {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly text: string;
}

type Problem =
  | '5xx'
  | 'accepted input that can only be wrong'
  | 'valid request refused after the fuzzing'
  | 'error not sent as JSON'
  | 'error not in the error format'
  | 'message not Swedish'
  | 'message holds control characters'
  | 'message too long';

interface Finding {
  readonly sent: Sent;
  readonly status: number;
  readonly problem: Problem;
  readonly detail: string;
  /** The code the answer carries, in the error format or Fastify's own. */
  readonly code: string;
  readonly body: string;
}

const tally = {
  requests: 0,
  byClass: new Map<string, number>(),
  byStatus: new Map<number, number>(),
  byKind: new Map<string, Map<string, number>>(),
  /** Requests by module (the operation id's prefix): where the run's time goes. */
  byModule: new Map<string, number>(),
  /** How long the run over every route took, in seconds; and by module, in milliseconds. */
  seconds: 0,
  moduleTime: new Map<string, number>(),
  /** Hostile values a route took (2xx) without them being wrong for every field: kind → where. */
  accepted: new Map<string, Set<string>>(),
  /** Valid requests that were refused all the same (a duplicate, a rule): their fuzzing stops earlier. */
  validRefused: [] as string[],
};
const findings: Finding[] = [];

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

function shorten(text: string, length = 300): string {
  return text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const MAX_MESSAGE_LENGTH = 2000;

function errorOf(text: string): string {
  try {
    const { error } = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return `${String(error?.code)} (${shorten(String(error?.message), 120)})`;
  } catch {
    return shorten(text, 60);
  }
}

/** The code an error body carries, in the error format or Fastify's own. */
function codeIn(body: string): string {
  try {
    const parsed = JSON.parse(body) as { code?: unknown; error?: { code?: unknown } };
    return String(parsed.error?.code ?? parsed.code ?? '');
  } catch {
    return '';
  }
}

/** Checks one answer and counts it; a problem becomes a finding rather than stopping the run. */
function judge(sent: Sent, answer: Answer, schema = errorBody): void {
  const { status, contentType, text } = answer;
  tally.requests += 1;
  bump(tally.byClass, statusClass(status));
  bump(tally.byStatus, status);
  bump(tally.byModule, sent.route.split('.')[0] ?? sent.route);
  const kindCounts = tally.byKind.get(sent.kind) ?? new Map<string, number>();
  tally.byKind.set(sent.kind, kindCounts);
  bump(kindCounts, statusClass(status));
  const found = (problem: Problem, detail = '') =>
    findings.push({ sent, status, problem, detail, code: codeIn(text), body: shorten(text) });
  if (status >= 500) {
    found('5xx');
  }
  if (sent.kind === 'baseline' && status >= 400) {
    tally.validRefused.push(`${sent.route} ${status} ${errorOf(text)}`);
  }
  // A second create may meet the first (the same round); anything else is the route no longer working –
  // but for the guesser's brakes: hostile sign-ins lock the account and the address, as they should, and
  // a hostile new password that was long enough is now the password.
  const braked =
    (sent.route === 'access.signIn' && status === 429) ||
    (sent.route === 'access.changePassword' && codeIn(text) === 'access.wrong_current_password');
  if (sent.kind === 'after-fuzz' && status >= 400 && status !== 409 && !braked) {
    found('valid request refused after the fuzzing', errorOf(text));
  }
  if (status < 400) {
    if (sent.mustRefuse) {
      found('accepted input that can only be wrong');
    } else if (sent.kind !== 'baseline' && sent.kind !== 'after-fuzz' && !sent.kind.startsWith('edge:')) {
      const where = tally.accepted.get(sent.kind) ?? new Set<string>();
      tally.accepted.set(sent.kind, where);
      where.add(`${sent.route} ${sent.where}`);
    }
    return;
  }
  if (!contentType?.startsWith('application/json')) {
    found('error not sent as JSON', `content type ${contentType ?? '(none)'}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    found('error not in the error format', 'not JSON');
    return;
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    found(
      'error not in the error format',
      checked.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`).join('; '),
    );
    return;
  }
  const { message, fields = [] } = checked.data.error;
  for (const part of [message, ...fields.map((field) => field.message)]) {
    const why = notSwedishBecause(part);
    if (why !== null) {
      found('message not Swedish', `${why}: ${shorten(part, 200)}`);
    }
    // What the input may not hold, a message shown to users may not either (it echoes a value sent).
    if (CONTROL_CHARACTER.test(part)) {
      found('message holds control characters', JSON.stringify(shorten(part, 200)));
    }
    // A message names the value it refuses, not a megabyte of it.
    if (part.length > MAX_MESSAGE_LENGTH) {
      found('message too long', `${part.length} characters: ${shorten(part, 200)}`);
    }
  }
}

function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Findings grouped by what went wrong (the same refusal from many routes and kinds is one group). */
function findingsText(list: readonly Finding[] = findings): string {
  const groups = new Map<string, Finding[]>();
  for (const finding of list) {
    const message = finding.problem.startsWith('message') ? ` | ${finding.detail.replace(/\d+/g, 'N')}` : '';
    const key = `${finding.problem} | ${finding.status} ${finding.code}${message}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const listed = (items: string[]) => {
    const unique = [...new Set(items)];
    return `${unique.slice(0, 8).join(', ')}${unique.length > 8 ? `, … (${unique.length})` : ''}`;
  };
  return [...groups.entries()]
    .map(([key, group]) => {
      const [example] = group as [Finding];
      return [
        `  ${key} × ${group.length}`,
        `    kinds: ${listed(group.map((finding) => finding.sent.kind))}`,
        `    routes: ${listed(group.map((finding) => finding.sent.route))}`,
        `    e.g. ${example.sent.request}`,
        ...(example.detail ? [`    ${example.detail}`] : []),
        `    → ${example.body}`,
      ].join('\n');
    })
    .join('\n');
}

function report(): void {
  const byClass = (name: string) => tally.byClass.get(name) ?? 0;
  const lines = [
    `fuzz: ${formatCount(tally.requests)} requests in ${tally.seconds} s, ${formatCount(byClass('5xx'))} × 5xx, ` +
      `${formatCount(byClass('4xx'))} × 4xx, ${formatCount(byClass('2xx'))} × 2xx` +
      (byClass('3xx') > 0 ? `, ${formatCount(byClass('3xx'))} × 3xx` : ''),
    `  by status: ${[...tally.byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status} × ${formatCount(count)}`)
      .join(', ')}`,
    `  by module: ${[...tally.byModule.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([module, count]) => {
        const seconds = (tally.moduleTime.get(module) ?? 0) / 1000;
        return `${module} × ${formatCount(count)}${seconds > 0 ? ` (${seconds.toFixed(0)} s)` : ''}`;
      })
      .join(', ')}`,
    '  by kind:',
    ...[...tally.byKind.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([kind, counts]) =>
          `    ${kind.padEnd(22)} ${[...counts.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, count]) => `${name} ${formatCount(count)}`)
            .join(', ')}`,
      ),
    '  accepted (2xx), allowed for some fields:',
    ...[...tally.accepted.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, where]) => `    ${kind.padEnd(22)} ${[...where].join(', ')}`),
    `  valid requests refused: ${tally.validRefused.join(', ') || 'none'}`,
    `  findings: ${findings.length}`,
    findingsText(),
  ];
  console.log(lines.join('\n'));
}

// Hostile values -----------------------------------------------------------------------------------------

/** JSON text written as is: -0, 1e308 and 1e400 do not survive JSON.stringify. */
class RawJson {
  constructor(readonly text: string) {}
}

function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      raws.push(item.text);
      return `@@raw${raws.length - 1}@@`;
    }
    return item;
  });
  return (text ?? 'null').replace(/"@@raw(\d+)@@"/g, (_, index: string) => raws[Number(index)] ?? 'null');
}

interface Hostile {
  readonly kind: string;
  readonly value: unknown;
  /** A value that no field of this type may accept. */
  readonly mustRefuse: boolean;
}

/** Rotates through a list, so that every entry is used across the run while each field gets a few. */
function rotation<T>(items: readonly T[]) {
  let next = 0;
  return (count: number): T[] =>
    Array.from({ length: count }, () => {
      const item = items[next % items.length] as T;
      next += 1;
      return item;
    });
}

/** C0 controls other than the line breaks and tab multi-line text may hold, and DEL. */
const CONTROLS = [
  ...Array.from({ length: 32 }, (_, code) => code).filter(
    (code) => code !== 0 && ![9, 10, 13].includes(code),
  ),
  0x7f,
].map((code) => String.fromCharCode(code));
const nextControls = rotation(CONTROLS);
const nextBreaks = rotation(['\t', '\n', '\r']);
const nextSurrogates = rotation(['\ud800', '\udfff', '\udc00x\ud83d']);

/** Decimals are strings in the API; these are the fields that hold one (outcomes' figures). */
const DECIMAL_FIELDS = new Set(['total', 'women', 'men']);

function inside(base: unknown, inserted: string): string {
  const text = typeof base === 'string' && base.length > 1 ? base : 'Fuzzvärde';
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}${inserted}${text.slice(middle)}`;
}

function textHostiles(base: unknown, decimal: boolean): Hostile[] {
  return [
    { kind: 'nul', value: inside(base, '\u0000'), mustRefuse: true },
    ...nextControls(2).map((control) => ({
      kind: control === '\u007f' ? 'del' : 'c0',
      value: inside(base, control),
      mustRefuse: true,
    })),
    // Multi-line text may hold these; a single line may not, which the schema does not tell apart.
    ...nextBreaks(1).map((control) => ({
      kind: 'c0-line-break',
      value: inside(base, control),
      mustRefuse: false,
    })),
    ...nextSurrogates(1).map((surrogate) => ({
      kind: 'lone-surrogate',
      value: inside(base, surrogate),
      mustRefuse: true,
    })),
    { kind: 'dec:100k-digits', value: '1'.repeat(100_000), mustRefuse: true },
    { kind: "dec:'1e3'", value: '1e3', mustRefuse: decimal },
    { kind: "dec:' '", value: ' ', mustRefuse: decimal },
    { kind: "dec:'1,2,3'", value: '1,2,3', mustRefuse: decimal },
    { kind: 'dec:arabic-digit', value: '٣', mustRefuse: decimal },
    { kind: 'wrong-type', value: 42, mustRefuse: true },
  ];
}

function integerHostiles(): Hostile[] {
  return [
    { kind: 'int:2^31', value: 2 ** 31, mustRefuse: true },
    { kind: 'int:-2^31-1', value: -(2 ** 31) - 1, mustRefuse: true },
    { kind: 'int:2^53', value: 2 ** 53, mustRefuse: true },
    { kind: 'int:1e308', value: new RawJson('1e308'), mustRefuse: true },
    { kind: 'int:1e400', value: new RawJson('1e400'), mustRefuse: true },
    // -0 is 0, a value some fields take.
    { kind: 'int:-0', value: new RawJson('-0'), mustRefuse: false },
    { kind: 'int:1.5', value: 1.5, mustRefuse: true },
    { kind: "int:'12'", value: '12', mustRefuse: true },
    { kind: "int:'NaN'", value: 'NaN', mustRefuse: true },
  ];
}

/** The same, as they arrive in a path or query string. */
function integerTextHostiles(): Hostile[] {
  return [
    { kind: 'int:2^31', value: String(2 ** 31), mustRefuse: true },
    { kind: 'int:-2^31-1', value: String(-(2 ** 31) - 1), mustRefuse: true },
    { kind: 'int:2^53', value: String(2 ** 53), mustRefuse: true },
    { kind: 'int:1e308', value: '1e308', mustRefuse: true },
    { kind: 'int:-0', value: '-0', mustRefuse: false },
    { kind: 'int:1.5', value: '1.5', mustRefuse: true },
    { kind: "int:'12'", value: '12', mustRefuse: false },
    { kind: "int:'NaN'", value: 'NaN', mustRefuse: true },
    // Number() reads these as 2023; noted in the counts, not required to fail.
    { kind: 'int:lenient-hex', value: '0x7e7', mustRefuse: false },
    { kind: 'int:lenient-exponent', value: '2.023e3', mustRefuse: false },
  ];
}

/**
 * Values a field takes, at the edge of what it takes: they pass validation and reach the database, where a
 * column narrower than the schema (or a sum, or the next sort order after the largest) would fail.
 */
function edgeValues(schema: JsonSchema, name: string): Hostile[] {
  const type = schema.type;
  if (type === 'integer' || type === 'number') {
    return [
      ...(schema.maximum !== undefined
        ? [{ kind: 'edge:int-max', value: schema.maximum, mustRefuse: false }]
        : []),
      ...(schema.minimum !== undefined
        ? [{ kind: 'edge:int-min', value: schema.minimum, mustRefuse: false }]
        : []),
    ];
  }
  if (type !== 'string' || schema.enum || schema.format) {
    return [];
  }
  if (DECIMAL_FIELDS.has(name)) {
    return [
      ...['999999999999999,9999999999', '-999999999999999.9999999999', '0,0000000001', '1 234,5'].map(
        (value) => ({ kind: 'edge:decimal', value, mustRefuse: false }),
      ),
      // One digit more than the limits.
      { kind: 'dec:too-precise', value: '1.00000000001', mustRefuse: true },
      { kind: 'dec:too-large', value: '1000000000000000', mustRefuse: true },
    ];
  }
  if (schema.maxLength === undefined) {
    return [];
  }
  // Letters of two and four UTF-8 bytes (the last one two UTF-16 units): lengths are counted three ways.
  return [
    { kind: 'edge:max-length', value: 'ö'.repeat(schema.maxLength), mustRefuse: false },
    { kind: 'edge:max-length', value: '𝄞'.repeat(Math.floor(schema.maxLength / 2)), mustRefuse: false },
    { kind: 'text:over-max-length', value: 'ö'.repeat(schema.maxLength + 1), mustRefuse: true },
  ];
}

function hostilesFor(schema: JsonSchema, name: string, base: unknown): Hostile[] {
  return [...typeHostiles(schema, name, base), ...edgeValues(schema, name)];
}

function typeHostiles(schema: JsonSchema, name: string, base: unknown): Hostile[] {
  const type = schema.type;
  if (type === 'integer' || type === 'number') {
    return integerHostiles();
  }
  if (type === 'boolean') {
    return [
      { kind: 'wrong-type', value: 'true', mustRefuse: true },
      { kind: 'wrong-type', value: 1, mustRefuse: true },
    ];
  }
  if (type === 'array') {
    return [
      { kind: 'wrong-type', value: 'lista', mustRefuse: true },
      ...(schema.maxItems !== undefined
        ? [
            {
              kind: 'long-array',
              value: Array.from({ length: schema.maxItems + 1 }, () => base ?? 'x'),
              mustRefuse: true,
            },
          ]
        : []),
    ];
  }
  if (type === 'object') {
    return [{ kind: 'wrong-type', value: ['objekt'], mustRefuse: true }];
  }
  return textHostiles(base, DECIMAL_FIELDS.has(name));
}

// Real records of the demo -------------------------------------------------------------------------------

/** The year the demo's synthetic ledger covers whole (src/demo/ledger.ts): the one year that can be closed. */
const WHOLE_LEDGER_YEAR = 2022;

/** A record the requests name; its version is kept up to date from the answers to writes. */
interface Ref {
  readonly id: string;
  version: number;
}

interface Fixtures {
  readonly unit: Ref & { readonly code: string };
  readonly year: number;
  readonly round: Ref;
  readonly goalAreaId: string;
  readonly municipalGoal: Ref;
  readonly goal: Ref;
  readonly goalSiblings: readonly string[];
  readonly indicator: Ref;
  readonly indicatorSiblings: readonly string[];
  readonly target: Ref;
  readonly outcome: Ref;
  readonly assessment: Ref & { readonly goalId: string; readonly roundId: string };
  readonly costCentre: Ref;
  readonly accountRange: Ref;
  readonly budgetLine: Ref;
  readonly forecast: Ref;
  readonly frame: Ref;
  readonly frameAdjustment: Ref;
  readonly budgetChange: Ref;
  readonly closing: Ref;
  readonly measure: Ref;
  readonly measureValue: Ref;
  readonly investmentProject: Ref;
  readonly investmentAmount: Ref;
  readonly investmentFrame: Ref;
  readonly investmentFrameChange: Ref;
  /** An assignment of the year that VSS received, VSS as its recipient, and VSS's status in the round. */
  readonly assignment: Ref;
  readonly recipient: Ref;
  readonly assignmentStatus: Ref;
  /** An activity in VSS's plan of the year and its status in the round. */
  readonly activity: Ref;
  readonly activityStatus: Ref;
  /** Internal control: Ekonomiservice's risk analysis and a risk, VSS's common control, its result and action. */
  readonly icAnalysis: Ref;
  readonly icRisk: Ref;
  readonly icControl: Ref;
  readonly icResult: Ref;
  readonly icAction: Ref;
  /** A draft version of VSS's annual report: one a delete takes, made again when it has. */
  readonly documentVersion: Ref;
  /** A reorganisation of the demo's (LK-data → LKDATA), and a year rollover of the demo's last year. */
  readonly succession: Ref;
  readonly rolloverRun: Ref;
  /** A user that the administrators' routes change (never the one the fuzzer calls as). */
  readonly user: Ref;
  readonly grant: Ref;
  readonly token: Ref;
  /** A message to the fuzzer's own user (a reminder), to mark read. */
  readonly notification: Ref;
  /** The key of a "fel" of the checks to acknowledge: VSS's budget 2023 (ACKNOWLEDGED_CHECK). */
  readonly findingKey: string;
}

/** The checks an acknowledgement names: VSS is funded by its own prices in 2023 (000:190). */
const ACKNOWLEDGED_CHECK = { year: 2023, round: 'budget' } as const;

/** A cost with no revenue in VSS's budget 2023 breaks its zero net: a "fel" (made once), and its key. */
async function findingKeyFixture(): Promise<string> {
  const url = `/api/v1/consistency/findings?org=VSS&year=${ACKNOWLEDGED_CHECK.year}&round=${ACKNOWLEDGED_CHECK.round}`;
  const errorIn = async () =>
    (await read<{ findings: { severity: string; key: string }[] }>(url)).findings.find(
      (finding) => finding.severity === 'fel',
    );
  const found = await errorIn();
  if (found) {
    return found.key;
  }
  await t.inject({
    method: 'POST',
    url: '/api/v1/economy/budget-lines',
    payload: { orgUnitId: 'VSS', year: ACKNOWLEDGED_CHECK.year, account: '4010', amount: '1000' },
  });
  const made = await errorIn();
  if (!made) {
    throw new Error('no fel to acknowledge in VSS’s budget 2023');
  }
  return made.key;
}

let t: TestApp;
let doc: OpenApi;
let fx: Fixtures;
/** A write went through since the fixtures were read: new siblings, other versions. */
let stale = false;
/** A stored file (the small package) and a job that reads it, where the API has them; else unknown ids. */
const uploads: { fileId: string; jobId: string; renderJobId: string } = {
  fileId: randomUUID(),
  jobId: randomUUID(),
  renderJobId: randomUUID(),
};
/** A small package of one record per list, taken from an export, for the import route. */
let smallPackage: Record<string, unknown>;

async function read<T>(url: string): Promise<T> {
  const response = await t.inject({ method: 'GET', url });
  if (response.statusCode !== 200) {
    throw new Error(`GET ${url} → ${response.statusCode} ${response.body.slice(0, 300)}`);
  }
  return JSON.parse(response.body) as T;
}

interface Listed {
  id: string;
  version: number;
}

/** The first record a list route gives, after creating one there if it gives none. */
/** The account whose year the fuzzing spreads over months and merges back (economy.spread/mergeBudget…). */
const SPREAD_ACCOUNT = '4019';

async function listedOrCreated(
  url: string,
  body: () => unknown,
  recordIn: (listed: Listed) => Listed = (listed) => listed,
): Promise<Ref> {
  const [listed] = await read<Listed[]>(url);
  if (listed) {
    const first = recordIn(listed);
    return { id: first.id, version: first.version };
  }
  const created = await t.inject({
    method: 'POST',
    url: url.replace(/\?.*$/, ''),
    payload: body() as object,
  });
  if (created.statusCode !== 201) {
    throw new Error(`POST ${url} → ${created.statusCode} ${created.body.slice(0, 300)}`);
  }
  const record = JSON.parse(created.body) as Listed;
  return { id: record.id, version: record.version };
}

/** Reads the records the requests use; again before a route after writes, and after a delete. */
async function loadFixtures(): Promise<Fixtures> {
  const unit = await read<Listed & { code: string }>('/api/v1/organisation/units/VSS');
  const year = 2019;
  const rounds = await read<(Listed & { kind: string })[]>(`/api/v1/planning/rounds?year=${year}`);
  const round = rounds.find((candidate) => candidate.kind === 'closing') ?? rounds[0];
  if (!round) {
    throw new Error('the demo has no round in 2019');
  }
  const assessments = await read<{ goalId: string; reportingRoundId: string; assessment: Listed | null }[]>(
    `/api/v1/assessments?orgUnit=VSS&year=${year}&round=${round.id}`,
  );
  const assessed = assessments.find((candidate) => candidate.assessment !== null);
  if (!assessed?.assessment) {
    throw new Error('the demo has no assessment for VSS in 2019');
  }
  const goals = await read<Listed[]>(`/api/v1/goals/goals?orgUnit=VSS&includeRetired=true`);
  const goal = goals.find((candidate) => candidate.id === assessed.goalId) ?? goals[0];
  const goalAreas = await read<Listed[]>('/api/v1/goals/goal-areas');
  const municipalGoals = await read<Listed[]>(`/api/v1/goals/municipal-goals?year=${year}`);
  // The first indicator, of any of the unit's goals, that has both a target and an outcome.
  let detail:
    | { indicator: Listed & { parentIndicatorId: string | null }; targets: Listed[]; outcomes: Listed[] }
    | undefined;
  let siblings: string[] = [];
  for (const candidate of [goal, ...goals.filter((other) => other !== goal)]) {
    if (!candidate) {
      continue;
    }
    const indicators = await read<(Listed & { parentIndicatorId: string | null })[]>(
      `/api/v1/goals/goals/${candidate.id}/indicators`,
    );
    for (const indicator of indicators) {
      const found = await read<NonNullable<typeof detail>>(`/api/v1/goals/indicators/${indicator.id}`);
      if (found.targets.length > 0 && found.outcomes.length > 0) {
        detail = found;
        siblings = indicators
          .filter((other) => other.parentIndicatorId === indicator.parentIndicatorId)
          .map((other) => other.id);
        break;
      }
    }
    if (detail) {
      break;
    }
  }
  const [goalArea] = goalAreas;
  const [municipalGoal] = municipalGoals;
  const [target] = detail?.targets ?? [];
  const [outcome] = detail?.outcomes ?? [];
  if (!goal || !goalArea || !municipalGoal || !detail || !target || !outcome) {
    throw new Error('the demo lacks a record the fuzzer needs');
  }
  // The demo maps no cost centres and keeps Kommun-BAS: one of each to change and delete, made again when
  // a delete has taken it.
  const costCentre = await listedOrCreated('/api/v1/economy/cost-centres', () => ({
    code: `FZ${nextSerial()}`,
    orgUnitId: unit.id,
  }));
  const accountRange = await listedOrCreated('/api/v1/economy/account-ranges', () => ({
    fromAccount: '4900',
    toAccount: '4909',
    category: 'revenue',
  }));
  const budgetLine = await listedOrCreated(`/api/v1/economy/budget-lines?org=VSS&year=${year}`, () => ({
    orgUnitId: unit.id,
    year,
    account: '4010',
    amount: '1000',
  }));
  // An account of its own for spreading a year over its months and merging them back.
  const spread = await t.inject({
    method: 'POST',
    url: '/api/v1/economy/budget-lines',
    payload: { orgUnitId: unit.id, year, account: SPREAD_ACCOUNT, amount: '1200' },
  });
  if (spread.statusCode !== 201 && spread.statusCode !== 409) {
    throw new Error(`the budget line to spread: ${spread.statusCode} ${spread.body.slice(0, 300)}`);
  }
  // A measure of VSS that is still measured (values of later years go in) and one of its values.
  const measures = await read<(Listed & { validToYear: number | null; values: Listed[] })[]>(
    '/api/v1/volumes/measures?org=VSS',
  );
  const measured = measures.find((candidate) => candidate.validToYear === null);
  if (!measured) {
    throw new Error('the demo has no measure for VSS');
  }
  const measureValue = measured.values[0] ?? (await createdValue(measured.id));
  const forecast = await listedOrCreated(`/api/v1/economy/forecasts?year=${year}&round=august`, () => ({
    orgUnitId: unit.id,
    year,
    round: 'august',
    costs: '1000',
    revenues: '1000',
  }));
  const frame = await listedOrCreated(
    `/api/v1/economy/frames?year=${year}`,
    () => ({ orgUnitId: unit.id, year, amount: '1000' }),
    (check) => (check as unknown as { frame: Listed }).frame,
  );
  const frameAdjustment = await listedOrCreated(`/api/v1/economy/frame-adjustments?year=${year}`, () => ({
    fromUnitId: 'KS',
    toUnitId: 'BUN',
    amount: '1000',
    fromYear: year,
    reason: 'Fuzz',
  }));
  const budgetChange = await listedOrCreated(`/api/v1/economy/budget-changes?year=${year}`, () => ({
    orgUnitId: unit.id,
    year,
    category: 'technical',
    amount: '1',
    description: 'Fuzz',
  }));
  // A closing to reopen, of the year the demo has a whole ledger for; closed again when a reopening took it.
  const closing = await listedOrCreated('/api/v1/economy/closings', () => ({ year: WHOLE_LEDGER_YEAR }));
  const investments = await investmentFixtures(unit.id, year);
  return {
    findingKey: await findingKeyFixture(),
    ...investments,
    ...(await assignmentFixtures(year, round.id)),
    ...(await activityFixtures(unit.id, year, round.id, goal.id)),
    ...(await internalControlFixtures(year, round.id)),
    documentVersion: await documentVersionFixture(year),
    ...(await rolloverFixtures()),
    ...(await accessFixtures()),
    ...(await notificationFixtures(unit.id)),
    closing,
    costCentre,
    accountRange,
    budgetLine,
    forecast,
    frame,
    frameAdjustment,
    budgetChange,
    measure: { id: measured.id, version: measured.version },
    measureValue: { id: measureValue.id, version: measureValue.version },
    unit: { id: unit.id, version: unit.version, code: unit.code },
    year,
    round: { id: round.id, version: round.version },
    goalAreaId: goalArea.id,
    municipalGoal: { id: municipalGoal.id, version: municipalGoal.version },
    goal: { id: goal.id, version: goal.version },
    goalSiblings: goals.map((sibling) => sibling.id),
    indicator: { id: detail.indicator.id, version: detail.indicator.version },
    indicatorSiblings: siblings,
    target: { id: target.id, version: target.version },
    outcome: { id: outcome.id, version: outcome.version },
    assessment: {
      id: assessed.assessment.id,
      version: assessed.assessment.version,
      goalId: assessed.goalId,
      roundId: assessed.reportingRoundId,
    },
  };
}

/** The password of the fuzzer's own user (the harness's) and of the users it creates. */
const HARNESS_PASSWORD = 'ett långt testlösenord';
const FUZZ_PASSWORD = 'ett långt fuzzlösenord';
const SIGN_IN_USER = 'fuzz-sign-in';

/** A user for the administrators' routes, one of their grants and one of their tokens; and one to sign in as. */
async function accessFixtures() {
  const users = await read<(Listed & { username: string; grants: Listed[] })[]>('/api/v1/access/users');
  const userNamed = async (username: string) =>
    users.find((candidate) => candidate.username === username) ??
    ({
      ...(
        (await posted('/api/v1/access/users', {
          username,
          name: 'Fuzz',
          password: FUZZ_PASSWORD,
        })) as unknown as {
          user: Listed;
        }
      ).user,
      grants: [],
    } as Listed & { grants: Listed[] });
  await userNamed(SIGN_IN_USER);
  const user = await userNamed('fuzz-target');
  const grant =
    user.grants[0] ?? (await posted('/api/v1/access/grants', { userId: user.id, role: 'reader' }));
  const tokens = await read<Listed[]>(`/api/v1/access/tokens?userId=${user.id}`);
  const token = tokens[0] ?? (await posted('/api/v1/access/tokens', { userId: user.id, name: 'Fuzz' }));
  return {
    user: { id: user.id, version: user.version },
    grant: { id: grant.id, version: grant.version },
    token: { id: token.id, version: 1 },
  };
}

/**
 * A message to the fuzzer's own user: made a reporter of VSS for 2023, it reminds VSS of the demo's open
 * round Delår 31 augusti 2023, and so itself.
 */
async function notificationFixtures(unitId: string) {
  const inbox = async () =>
    (await read<{ notifications: { id: string }[] }>('/api/v1/notifications')).notifications;
  if ((await inbox()).length === 0) {
    const users = await read<(Listed & { name: string })[]>('/api/v1/access/users');
    const self = users.find((candidate) => candidate.name === 'Testadministratör');
    await posted('/api/v1/access/grants', {
      userId: self?.id,
      role: 'reporter',
      orgUnitId: unitId,
      fromYear: 2023,
      toYear: 2023,
    });
    const rounds = await read<(Listed & { kind: string })[]>('/api/v1/planning/rounds?year=2023');
    const august = rounds.find((candidate) => candidate.kind === 'august');
    const url = `/api/v1/reporting/rounds/${august?.id}/reminders`;
    const reminded = await t.inject({ method: 'POST', url, payload: { units: ['VSS'] } });
    if (reminded.statusCode !== 200) {
      throw new Error(`POST ${url} → ${reminded.statusCode} ${reminded.body.slice(0, 300)}`);
    }
  }
  const [message] = await inbox();
  if (!message) {
    throw new Error('the reminder reached no one');
  }
  return { notification: { id: message.id, version: 1 } };
}

/** POSTs a record the fuzzer needs and returns it as stored; throws on anything but a 201. */
async function posted(url: string, payload: object): Promise<Listed> {
  const created = await t.inject({ method: 'POST', url, payload });
  if (created.statusCode !== 201) {
    throw new Error(`POST ${url} → ${created.statusCode} ${created.body.slice(0, 300)}`);
  }
  return JSON.parse(created.body) as Listed;
}

/**
 * A project of VSS that runs in the year (amounts of the year go in) with one of its amounts, a frame of
 * VSS and a change to it: from the demo where it has them, made when it has not or deletes have taken them.
 */
async function investmentFixtures(unitId: string, year: number) {
  type Project = Listed & { startYear: number; completedYear: number | null; amounts: Listed[] };
  const projects = await read<Project[]>('/api/v1/investments/projects?org=VSS');
  const project =
    projects.find(
      (candidate) =>
        candidate.startYear <= year && (candidate.completedYear === null || candidate.completedYear >= year),
    ) ??
    ({
      ...(await posted('/api/v1/investments/projects', {
        orgUnitId: unitId,
        name: `Fuzzprojekt ${nextSerial()}`,
        startYear: year,
      })),
      amounts: [],
    } as unknown as Project);
  const amount =
    project.amounts[0] ??
    (await posted('/api/v1/investments/amounts', {
      projectId: project.id,
      year,
      kind: 'budget',
      round: 'budget',
      expenditure: '1',
    }));
  type FrameYear = { frame: Listed | null; changes: { change: Listed }[] };
  const frames = await read<FrameYear[]>('/api/v1/investments/frames?org=VSS');
  const frame =
    frames.find((entry) => entry.frame !== null)?.frame ??
    (await posted('/api/v1/investments/frames', { orgUnitId: unitId, year: 2150, amount: '1' }));
  const change =
    frames.flatMap((entry) => entry.changes)[0]?.change ??
    (await posted('/api/v1/investments/frame-changes', {
      orgUnitId: unitId,
      kind: 'increase',
      year,
      amount: '1',
      reason: 'Fuzz',
    }));
  const ref = (record: Listed): Ref => ({ id: record.id, version: record.version });
  return {
    investmentProject: ref(project),
    investmentAmount: ref(amount),
    investmentFrame: ref(frame),
    investmentFrameChange: ref(change),
  };
}

/**
 * One of the council's assignments of the year that VSS received, with VSS's status in the round: the
 * demo's (VSS's 2019 statuses, 002:290-303), which no delete takes (an assignment or a recipient with a
 * status stays).
 */
async function assignmentFixtures(year: number, roundId: string) {
  type Recipient = Listed & { unit: { code: string }; statuses: (Listed & { reportingRoundId: string })[] };
  const list = await read<{ assignments: (Listed & { recipients: Recipient[] })[] }>(
    `/api/v1/assignments?year=${year}&org=VSS&round=${roundId}`,
  );
  for (const assignment of list.assignments) {
    const recipient = assignment.recipients.find((candidate) => candidate.unit.code === 'VSS');
    const status = recipient?.statuses.find((candidate) => candidate.reportingRoundId === roundId);
    if (recipient && status) {
      const ref = (record: Listed): Ref => ({ id: record.id, version: record.version });
      return { assignment: ref(assignment), recipient: ref(recipient), assignmentStatus: ref(status) };
    }
  }
  throw new Error(`the demo has no assignment with a status of VSS in ${year}`);
}

/**
 * A succession of the demo's, and a year rollover to undo: of 2023, where the demo's goals all go on and 2024
 * has its rounds, so it creates nothing – the rollover routes are fuzzed against it (a second start of the
 * year is refused with 409, and the undo is refused with 409 once it has been undone).
 */
async function rolloverFixtures() {
  const successions = await read<Listed[]>('/api/v1/organisation/successions');
  const succession = successions[0];
  if (!succession) {
    throw new Error('the demo has no succession');
  }
  let runs = await read<Listed[]>('/api/v1/rollover/runs');
  if (runs.length === 0) {
    const started = await t.request<Listed>('POST', '/api/v1/rollover/runs', { fromYear: ROLLOVER_YEAR });
    for (let job = started.body; ; ) {
      const status = (job as unknown as { status: string }).status;
      if (status === 'succeeded' || status === 'failed') {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await read<Listed>(`/api/v1/jobs/${started.body.id}`);
    }
    runs = await read<Listed[]>('/api/v1/rollover/runs');
  }
  const run = runs[0];
  if (!run) {
    throw new Error('the year rollover of the fixtures did not run');
  }
  return {
    succession: { id: succession.id, version: succession.version },
    rolloverRun: { id: run.id, version: run.version },
  };
}

/** The year the rollover routes start from: the demo's last, which has nothing to carry. */
const ROLLOVER_YEAR = 2023;

/**
 * An activity of VSS's plan for the year, under the goal, with a status in the round: the demo's activities
 * are of 2020 and have none, so one is planned and followed up here the first time (a delete cannot take
 * it: it has a status).
 */
async function activityFixtures(unitId: string, year: number, roundId: string, goalId: string) {
  type Planned = Listed & { status: Listed | null };
  const planned = await read<Planned[]>(`/api/v1/activities?org=VSS&year=${year}&round=${roundId}`);
  const found = planned.find((candidate) => candidate.status !== null);
  if (found?.status) {
    return {
      activity: { id: found.id, version: found.version },
      activityStatus: { id: found.status.id, version: found.status.version },
    };
  }
  const activity = await posted('/api/v1/activities', {
    orgUnitId: unitId,
    year,
    goalId,
    text: 'Fuzzaktivitet',
    completionKind: 'ongoing',
  });
  const saved = await t.inject({
    method: 'PUT',
    url: `/api/v1/activities/${activity.id}/rounds/${roundId}/status`,
    payload: { status: 'inProgress' },
  });
  if (saved.statusCode !== 200) {
    throw new Error(`PUT an activity's status → ${saved.statusCode} ${saved.body.slice(0, 300)}`);
  }
  const status = JSON.parse(saved.body) as Listed;
  return {
    activity: { id: activity.id, version: activity.version },
    activityStatus: { id: status.id, version: status.version },
  };
}

/**
 * Internal control's records of the demo (VSS 2019, 002:325-341): Ekonomiservice's risk analysis with a
 * risk, and VSS's common control with its result in the round and that result's action. None of them a
 * delete takes: an analysis with risks, a risk a control names and a control with results stay.
 */
async function internalControlFixtures(
  year: number,
  roundId: string,
): Promise<Record<'icAnalysis' | 'icRisk' | 'icControl' | 'icResult' | 'icAction', Ref>> {
  type Result = Listed & { reportingRoundId: string; actions: Listed[] };
  const eks = await read<{ analyses: (Listed & { risks: Listed[] })[] }>(
    `/api/v1/internal-control?org=VSS-EKS&year=${year}`,
  );
  const vss = await read<{ controls: (Listed & { inherited: boolean; results: Result[] })[] }>(
    `/api/v1/internal-control?org=VSS&year=${year}`,
  );
  const analysis = eks.analyses[0];
  const risk = analysis?.risks.find(
    (candidate) => (candidate as unknown as { process: string }).process === 'Beslutsattester',
  );
  for (const control of vss.controls) {
    const result = control.results.find(
      (candidate) => candidate.reportingRoundId === roundId && candidate.actions.length > 0,
    );
    const action = result?.actions[0];
    if (analysis && risk && result && action) {
      const ref = (record: Listed): Ref => ({ id: record.id, version: record.version });
      return {
        icAnalysis: ref(analysis),
        icRisk: ref(risk),
        icControl: ref(control),
        icResult: ref(result),
        icAction: ref(action),
      };
    }
  }
  // The fuzzer deleted the result with its action (a delete with the fixture's own version succeeds): record
  // another, with an action, on a control of VSS without a result in the round.
  const free = vss.controls.find((control) => !control.results.some((r) => r.reportingRoundId === roundId));
  if (!free || fuzzCreatedResult) {
    throw new Error(`the demo has no internal control of VSS with an action in ${year}`);
  }
  fuzzCreatedResult = true;
  await posted('/api/v1/internal-control/results', {
    controlId: free.id,
    reportingRoundId: roundId,
    orgUnitId: 'VSS',
    result: 'partlySatisfactory',
    actions: [{ what: 'Fuzz', owner: 'Fuzz', deadline: `${year}-12-31` }],
  });
  const found = await internalControlFixtures(year, roundId);
  fuzzCreatedResult = false;
  return found;
}

/** A draft version of VSS's annual report of the year: the first one not frozen, or a new one. */
async function documentVersionFixture(year: number): Promise<Ref> {
  const { versions } = await read<{ versions: (Listed & { state: string })[] }>(
    `/api/v1/documents/versions?unitId=VSS&year=${year}&type=annual`,
  );
  const draft = versions.find((version) => version.state === 'draft');
  return draft
    ? { id: draft.id, version: draft.version }
    : posted('/api/v1/documents/versions', { unitId: 'VSS', year, type: 'annual' });
}

/** Whether the fixtures are recording a result of their own now (once, not in a loop). */
let fuzzCreatedResult = false;

/** A value of a measure, made when deletes have taken all of them. */
async function createdValue(measureId: string): Promise<Listed> {
  const created = await t.inject({
    method: 'POST',
    url: '/api/v1/volumes/values',
    payload: { measureId, year: 2100 + (nextSerial() % 100), kind: 'outcome', total: '1' },
  });
  if (created.statusCode !== 201) {
    throw new Error(`POST a measure's value → ${created.statusCode} ${created.body.slice(0, 300)}`);
  }
  return JSON.parse(created.body) as Listed;
}

/**
 * An export of VSS cut to one record per list: the record with the most fields filled in (an outcome with
 * a figure, not one marked "ingen uppgift"), so that a hostile value meets the rules about the others.
 */
async function loadPackage(): Promise<Record<string, unknown>> {
  const exported = await read<Record<string, unknown>>(`/api/v1/data-package/export?org=VSS&year=${fx.year}`);
  const filled = (record: unknown) =>
    Object.values(record as Record<string, unknown>).filter(
      (value) => value !== null && !(Array.isArray(value) && value.length === 0),
    ).length;
  const fullest = (records: unknown[]) =>
    records.reduce<unknown[]>(
      (best, record) => (best.length === 0 || filled(record) > filled(best[0]) ? [record] : best),
      [],
    );
  return Object.fromEntries(
    Object.entries(exported).map(([key, value]) => [key, Array.isArray(value) ? fullest(value) : value]),
  );
}

/** Moves the fixtures' versions on to those a write answered with (a record, a list, or a record inside one). */
function followVersions(answer: unknown): void {
  const refs: Ref[] = [
    fx.unit,
    fx.round,
    fx.municipalGoal,
    fx.goal,
    fx.indicator,
    fx.target,
    fx.outcome,
    fx.assessment,
    fx.measure,
    fx.measureValue,
    fx.forecast,
    fx.frame,
    fx.frameAdjustment,
    fx.budgetChange,
    fx.investmentProject,
    fx.investmentAmount,
    fx.investmentFrame,
    fx.investmentFrameChange,
    fx.assignment,
    fx.recipient,
    fx.assignmentStatus,
    fx.activity,
    fx.activityStatus,
    fx.icAnalysis,
    fx.icRisk,
    fx.icControl,
    fx.icResult,
    fx.icAction,
    fx.succession,
    fx.rolloverRun,
  ];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.id === 'string' && typeof record.version === 'number') {
        for (const ref of refs) {
          if (ref.id === record.id) {
            ref.version = record.version;
          }
        }
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(answer);
}

// Valid requests, from the schema and the fixtures -----------------------------------------------------

let serial = 0;

/** A number for names and codes that must differ from every earlier one. */
function nextSerial(): number {
  serial += 1;
  return serial;
}

function resolve(schema: JsonSchema): JsonSchema {
  let current = schema;
  while (current.$ref) {
    const name = current.$ref.replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    if (!target) {
      throw new Error(`unknown schema ${current.$ref}`);
    }
    current = { ...target, ...(current.nullable ? { nullable: true } : {}) };
  }
  const alternatives = current.anyOf ?? current.oneOf ?? current.allOf;
  if (alternatives && !current.type) {
    const first = alternatives.find((alternative) => resolve(alternative).type !== undefined);
    return first
      ? { ...resolve(first), nullable: current.nullable || alternatives.some((a) => a.nullable) }
      : current;
  }
  return current;
}

/** The record a path is about: the segment before its `{id}`. */
function recordOf(route: Route): Ref | null {
  if (route.id.startsWith('investments.')) {
    return investmentRecordOf(route);
  }
  if (route.id.startsWith('assignments.') || route.id.startsWith('activities.')) {
    return planRecordOf(route);
  }
  if (route.id.startsWith('internalControl.')) {
    const segment = /\/([^/{}]+)\/\{id\}/.exec(route.path)?.[1];
    const records: Record<string, Ref> = {
      analyses: fx.icAnalysis,
      risks: fx.icRisk,
      controls: fx.icControl,
      results: fx.icResult,
      actions: fx.icAction,
    };
    return route.path.includes('{kind}') ? fx.icControl : (segment && records[segment]) || null;
  }
  if (route.id.startsWith('documents.')) {
    return route.path.includes('/render-jobs/')
      ? { id: uploads.renderJobId, version: 1 }
      : fx.documentVersion;
  }
  const match = /\/([^/{}]+|\{entity\})\/\{id\}/.exec(route.path);
  switch (match?.[1]) {
    case 'rounds':
      return fx.round;
    case 'municipal-goals':
      return fx.municipalGoal;
    case 'goals':
    case '{entity}':
      return fx.goal;
    case 'indicators':
      return fx.indicator;
    case 'targets':
      return fx.target;
    case 'outcomes':
      return fx.outcome;
    case 'assessments':
      return fx.assessment;
    case 'cost-centres':
      return fx.costCentre;
    case 'account-ranges':
      return fx.accountRange;
    case 'budget-lines':
      return fx.budgetLine;
    case 'forecasts':
      return fx.forecast;
    case 'frames':
      return fx.frame;
    case 'frame-adjustments':
      return fx.frameAdjustment;
    case 'budget-changes':
      return fx.budgetChange;
    case 'closings':
      return fx.closing;
    case 'users':
      return fx.user;
    case 'grants':
      return fx.grant;
    case 'tokens':
      return fx.token;
    case 'measures':
      return fx.measure;
    case 'values':
      return fx.measureValue;
    case 'files':
      return { id: uploads.fileId, version: 1 };
    case 'jobs':
      return { id: uploads.jobId, version: 1 };
    case 'successions':
      return fx.succession;
    case 'runs':
      return fx.rolloverRun;
    case 'notifications':
      return fx.notification;
    default:
      return route.path.includes('{goalId}') ? fx.assessment : route.path.includes('{ref}') ? fx.unit : null;
  }
}

/** The investments' records, by the segment before `{id}`: theirs, not the economy's frames. */
function investmentRecordOf(route: Route): Ref | null {
  switch (/\/([^/{}]+)\/\{id\}/.exec(route.path)?.[1]) {
    case 'projects':
      return fx.investmentProject;
    case 'amounts':
      return fx.investmentAmount;
    case 'frames':
      return fx.investmentFrame;
    case 'frame-changes':
      return fx.investmentFrameChange;
    default:
      return null;
  }
}

/**
 * The assignments' and activities' records, by the segment before `{id}`: both have statuses, and an
 * activity's status is also named by its activity and round (`/activities/{id}/rounds/{roundId}/status`).
 */
function planRecordOf(route: Route): Ref | null {
  const segment = /\/([^/{}]+)\/\{id\}/.exec(route.path)?.[1];
  if (route.id.startsWith('assignments.')) {
    return segment === 'assignments'
      ? fx.assignment
      : segment === 'recipients'
        ? fx.recipient
        : segment === 'statuses'
          ? fx.assignmentStatus
          : null;
  }
  return segment === 'activities' ? fx.activity : segment === 'statuses' ? fx.activityStatus : null;
}

const HISTORY_KIND: Readonly<Record<string, string>> = {
  economy: 'budget-lines',
  volumes: 'measures',
  investments: 'projects',
};

function pathValue(route: Route, name: string): string {
  switch (name) {
    case 'key':
      // A text the annual report asks for.
      return route.id.startsWith('narratives.') ? 'mission' : (recordOf(route)?.id ?? randomUUID());
    case 'ref':
    case 'orgUnit':
      return fx.unit.code;
    case 'entity':
      return 'goals';
    case 'goalId':
      return fx.assessment.goalId;
    case 'roundId':
      return fx.assessment.roundId;
    case 'unit':
      return fx.unit.code;
    case 'kind':
      // A module's history of a kind of record: the first kind it names (internal control's: the control's).
      return HISTORY_KIND[route.id.split('.')[0] ?? ''] ?? 'controls';
    case 'type':
      // A document type's template, and its shipped version (which every installation has).
      return 'annual';
    case 'number':
      return '3';
    default:
      return recordOf(route)?.id ?? randomUUID();
  }
}

function queryValue(route: Route, parameter: Parameter): string | undefined {
  switch (parameter.name) {
    case 'orgUnit':
    case 'org':
    case 'unitId':
      return fx.unit.code;
    case 'type':
      // A document's type: the annual report.
      return route.id.startsWith('documents.') ? 'annual' : parameter.required ? 'Fuzz' : undefined;
    case 'first':
    case 'second':
      // Two versions to compare: the draft with itself.
      return fx.documentVersion.id;
    case 'fromYear':
      return String(ROLLOVER_YEAR);
    case 'year':
      return String(fx.year);
    case 'round':
      // The economy, investments and consistency checks name a round by its kind; the goals by the round's id.
      return ['economy.', 'investments.', 'consistency.'].some((prefix) => route.id.startsWith(prefix))
        ? 'august'
        : fx.round.id;
    case 'version':
      return String(recordOf(route)?.version ?? 1);
    case 'dryRun':
      return 'true';
    case 'otherMunicipality':
    case 'includeRetired':
      return 'false';
    case 'format':
      // Ändringslogg's export: the Swedish Excel dialect.
      return route.id === 'audit.exportChanges' ? 'csv' : parameter.required ? 'Fuzz' : undefined;
    case 'unit':
      // Ändringslogg's changes of a unit and the units under it.
      return route.id.startsWith('audit.') ? fx.unit.code : parameter.required ? 'Fuzz' : undefined;
    default:
      return parameter.required ? 'Fuzz' : undefined;
  }
}

/** A valid value for a body field, by its name where the name says which record it refers to. */
function bodyValue(route: Route, name: string, raw: JsonSchema): unknown {
  const schema = resolve(raw);
  switch (name) {
    case 'version':
      // A unit's part of a round is not started in the demo: it has no version yet.
      if (route.id === 'reporting.actOnPart') {
        return null;
      }
      // A change to the activity's status in the round, not to the activity the path names.
      if (route.id === 'activities.saveStatus') {
        return fx.activityStatus.version;
      }
      return recordOf(route)?.version ?? 1;
    case 'unitId':
      return fx.unit.code;
    case 'type':
      if (route.id === 'documents.createVersion') {
        return 'annual';
      }
      break;
    case 'orgUnitId':
    case 'parentId':
    case 'responsibleUnitId':
    case 'org':
      return fx.unit.code;
    case 'recipientId':
      return fx.recipient.id;
    case 'key':
      if (route.id === 'consistency.acknowledge') {
        return fx.findingKey;
      }
      break;
    case 'sections':
      // The shipped annual template saved again (an array the schema's generator would leave empty): its
      // texts stay asked for, so the narratives' routes still take "mission" after it. A copy: the hostile
      // variants change the value in place, and the shipped template is the server's own.
      if (route.id === 'documents.saveTemplate') {
        return structuredClone(BUILTIN_TEMPLATES.annual.sections);
      }
      break;
    case 'basedOn':
      // The shipped annual template (a save after it is a newer version, refused with 409).
      return 3;
    case 'analysisId':
      return fx.icAnalysis.id;
    case 'controlId':
      return fx.icControl.id;
    case 'resultId':
      return fx.icResult.id;
    case 'result':
      // A level of the default result scale.
      if (route.id.startsWith('internalControl.')) {
        return 'satisfactory';
      }
      break;
    // Internal control's scales as the migration seeds them: a valid change that changes nothing.
    case 'probabilityMax':
    case 'consequenceMax':
      return 4;
    case 'bands':
      return [
        { min: 1, max: 3, label: 'Låg', colour: '#cfe8cf' },
        { min: 4, max: 8, label: 'Medel', colour: '#fde9a9' },
        { min: 9, max: 16, label: 'Hög', colour: '#f5b5b0' },
      ];
    case 'results':
      if (route.id.startsWith('internalControl.')) {
        return [
          { key: 'noDeficiencies', label: 'Inga brister', needsAction: false },
          { key: 'satisfactory', label: 'Tillfredsställande', needsAction: false },
          { key: 'partlySatisfactory', label: 'Delvis tillfredsställande', needsAction: true },
          { key: 'unsatisfactory', label: 'Otillfredsställande', needsAction: true },
        ];
      }
      break;
    case 'units':
      // The units to remind of a round.
      if (route.id === 'reporting.remind') {
        return [fx.unit.code];
      }
      break;
    case 'completionKind':
      // An activity's planned completion "löpande under året", which needs no other field.
      return 'ongoing';
    case 'code':
      return `FZ${nextSerial()}`;
    case 'goalId':
      return fx.goal.id;
    case 'indicatorId':
      return fx.indicator.id;
    case 'reportingRoundId':
      return fx.round.id;
    case 'measureId':
      return fx.measure.id;
    case 'projectId':
      return fx.investmentProject.id;
    case 'round':
      // An investment amount's kind is the last, a forecast: given at an interim round.
      if (route.id.startsWith('investments.')) {
        return 'august';
      }
      if (route.id === 'consistency.acknowledge') {
        return ACKNOWLEDGED_CHECK.round;
      }
      break;
    case 'fromYear':
      // The last kind of frame change, a rebudgeting, takes from another year than it gives to.
      if (route.id.startsWith('investments.')) {
        return fx.year - 1;
      }
      // Carrying the unfinished assignments and activities (and controls that får kvarstå) into the next year.
      if (['assignments.', 'activities.', 'internalControl.'].some((prefix) => route.id.startsWith(prefix))) {
        return fx.year;
      }
      if (route.id.startsWith('rollover.')) {
        return ROLLOVER_YEAR;
      }
      break;
    case 'predecessorId':
      // Stadsarkivet, whose successor the seeds do not name: free for a new succession (then a 409).
      return 'VSS-ARKIV';
    case 'successorId':
      return 'VSS-STAB';
    case 'effectiveFrom':
      return '2022-01-01';
    case 'toYear':
      if (['assignments.', 'activities.', 'internalControl.'].some((prefix) => route.id.startsWith(prefix))) {
        return fx.year + 1;
      }
      break;
    case 'goalAreaId':
      return fx.goalAreaId;
    case 'userId':
      return fx.user.id;
    case 'username':
      return route.id === 'access.signIn' ? SIGN_IN_USER : `fz${nextSerial()}`;
    case 'password':
      return FUZZ_PASSWORD;
    case 'currentPassword':
    case 'newPassword':
      // Changed to itself: the fuzzer's own password stays what the next request expects.
      return HARNESS_PASSWORD;
    case 'fileId':
      return uploads.fileId;
    case 'ids':
      return route.path.includes('/indicators/') ? [...fx.indicatorSiblings] : [...fx.goalSiblings];
    case 'year':
      if (route.id === 'consistency.acknowledge') {
        return ACKNOWLEDGED_CHECK.year;
      }
      // A target or a measure's value needs a year without one. A round needs a year and kind of its own:
      // one that is free the first time, so that later rounds the route takes meet it and the database's
      // refusal.
      if (route.path.endsWith('/economy/closings')) {
        return WHOLE_LEDGER_YEAR;
      }
      return route.path.endsWith('/targets') || route.path.endsWith('/volumes/values')
        ? 2100 + (nextSerial() % 100)
        : route.path.endsWith('/rounds')
          ? 2199
          : fx.year;
    case 'validFromYear':
      return fx.year;
    case 'validFrom':
      return `${fx.year}-01-01`;
    case 'deadline':
      return '2199-12-31';
    case 'name':
      return `Fuzzmål ${nextSerial()}`;
    case 'account':
      // Spreading and merging change the shape of an account that has lines: the one the fixtures gave a
      // year line, which is then a year or months, so a valid request gives 200 or a conflict, never 404.
      if (route.id === 'economy.spreadBudgetLine' || route.id === 'economy.mergeBudgetMonths') {
        return SPREAD_ACCOUNT;
      }
      // A line per account: a new one each time, so that a second create is not a duplicate.
      return String(400_000 + nextSerial());
    case 'amount':
      // Positive, as a frame adjustment wants; any amount suits a budget line.
      return '1 234,50';
    case 'costs':
    case 'revenues':
    case 'expenditure':
    case 'income':
      return '1000';
    case 'pricePercent':
      return '2,5';
    case 'wagePercent':
      return '3,0';
    case 'wageShare':
      return '0,2';
    case 'fromUnitId':
      return 'KS';
    case 'toUnitId':
      return 'BUN';
    case 'fromAccount':
      return '4000';
    case 'toAccount':
      return '4099';
    case 'notation':
      return '≥4,5';
    case 'total':
      return '4,5';
    case 'kind':
      // The last kind is the lowest unit, which fits under VSS, or the year's closing round.
      return schema.enum?.[schema.enum.length - 1];
  }
  if (schema.default !== undefined) {
    return schema.default;
  }
  if (schema.nullable) {
    return null;
  }
  if (schema.enum) {
    return schema.enum[0];
  }
  switch (schema.type) {
    case 'string':
      return schema.format === 'uuid'
        ? randomUUID()
        : schema.format === 'date'
          ? `${fx.year}-06-30`
          : schema.format === 'date-time'
            ? new Date().toISOString()
            : `Fuzztext ${nextSerial()}`;
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return objectValue(route, schema);
    default:
      return null;
  }
}

/**
 * A valid object: a new record gets every field (so that an optional figure such as an outcome's total is
 * there); a change to an existing record gets only the required fields and the version read, so that the
 * record keeps the code and ids the other requests name it by.
 */
function objectValue(route: Route, schema: JsonSchema): Record<string, unknown> {
  const changes = recordOf(route) !== null;
  const names = changes
    ? [...(schema.required ?? []), ...(schema.properties?.version ? ['version'] : [])]
    : Object.keys(schema.properties ?? {});
  return Object.fromEntries(
    [...new Set(names)].map((name) => [name, bodyValue(route, name, schema.properties?.[name] ?? {})]),
  );
}

/** The import route takes any JSON, to list every problem of a package itself; its form is the DataPackage. */
function bodySchemaOf(route: Route): JsonSchema | null {
  if (!route.body) {
    return null;
  }
  const schema = resolve(route.body);
  if (schema.type === undefined && route.id === dataPackageApi.import.id) {
    return resolve({ $ref: '#/components/schemas/DataPackage' });
  }
  return schema;
}

function baselineBody(route: Route): unknown {
  const schema = bodySchemaOf(route);
  if (!schema) {
    // A POST without a described body takes its content as it is (a file): a small package, as JSON.
    return route.method === 'POST' ? structuredClone(smallPackage) : undefined;
  }
  if (route.id === dataPackageApi.import.id) {
    return structuredClone(smallPackage);
  }
  return objectValue(route, schema);
}

// Building and sending requests --------------------------------------------------------------------------

/** Percent-encodes a value; a lone surrogate becomes the bytes a careless encoder writes for it. */
function encode(value: string): string {
  let text = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      text += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      text += encodeURIComponent(char);
    }
  }
  return text;
}

interface Attempt {
  /** The operation id, or what stands in for one. */
  readonly route: string;
  readonly kind: string;
  readonly mustRefuse: boolean;
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly payload?: string | Buffer;
  /** The parameter, field or header that holds the hostile value ("body targets.0.notation"). */
  readonly where: string;
  /** The hostile value, shortened, for a finding. */
  readonly value?: string;
}

interface Parts {
  /** Path parameters, percent-encoded already. */
  params: Record<string, string>;
  /** Query pairs, percent-encoded already. */
  query: [string, string][];
  body: unknown;
}

function baseline(route: Route): Parts {
  return {
    params: Object.fromEntries(route.pathParams.map((p) => [p.name, encode(pathValue(route, p.name))])),
    query: route.queryParams.flatMap((p) => {
      const value = queryValue(route, p);
      return value === undefined ? [] : [[p.name, encode(value)] as [string, string]];
    }),
    body: baselineBody(route),
  };
}

function urlOf(route: Route, parts: Parts): string {
  const path = route.path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => parts.params[name] ?? '');
  const query = parts.query.map(([key, value]) => `${key}=${value}`).join('&');
  return query === '' ? path : `${path}?${query}`;
}

interface Extra {
  readonly value?: string;
  readonly headers?: Record<string, string>;
  readonly payload?: string | Buffer;
}

function attempt(
  route: Route,
  parts: Parts,
  kind: string,
  mustRefuse: boolean,
  where: string,
  extra: Extra = {},
): Attempt {
  const payload = extra.payload ?? (parts.body === undefined ? undefined : toJson(parts.body));
  return {
    route: route.id,
    kind,
    mustRefuse,
    method: route.method,
    url: urlOf(route, parts),
    headers: {
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...extra.headers,
    },
    ...(payload === undefined ? {} : { payload }),
    where,
    ...(extra.value === undefined ? {} : { value: extra.value }),
  };
}

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1] as string | number] = value;
}

interface Leaf {
  readonly path: readonly (string | number)[];
  readonly name: string;
  readonly schema: JsonSchema;
  readonly base: unknown;
}

/**
 * Every field of a body, with its value in the valid body: nested objects and the first item of each list
 * are walked too. A field the valid body leaves out is given a valid value first, so that an optional field
 * is fuzzed as well.
 */
function leaves(route: Route, schema: JsonSchema, body: unknown, path: (string | number)[] = []): Leaf[] {
  const found: Leaf[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const field = resolve(raw);
    const current = (body as Record<string, unknown>)[name];
    const base = current === undefined ? bodyValue(route, name, raw) : current;
    found.push({ path: [...path, name], name, schema: field, base });
    if (field.type === 'object' && base !== null && typeof base === 'object' && !Array.isArray(base)) {
      found.push(...leaves(route, field, base, [...path, name]));
    }
    if (field.type === 'array' && field.items && Array.isArray(base) && base.length > 0) {
      const items = resolve(field.items);
      if (items.type === 'object') {
        found.push(...leaves(route, items, base[0], [...path, name, 0]));
      } else {
        found.push({ path: [...path, name, 0], name, schema: items, base: base[0] });
      }
    }
  }
  return found;
}

/**
 * A data package has a hundred fields and each import reads the installation, so each of its fields gets
 * a few of its kinds, in rotation: every kind still meets the import several times, in a few seconds.
 */
const IMPORT_KINDS_PER_FIELD = 2;
let sampleCursor = 0;

function sample<T>(items: readonly T[], count: number): T[] {
  const picked = Array.from(
    { length: Math.min(count, items.length) },
    (_, index) => items[(sampleCursor + index) % items.length] as T,
  );
  sampleCursor += count;
  return picked;
}

const invalidUtf8 = rotation([
  { name: 'byte 0xff', bytes: [0xff, 0xfe] },
  { name: 'overlong /', bytes: [0xc0, 0xaf] },
  { name: 'surrogate as UTF-8', bytes: [0xed, 0xa0, 0x80] },
  { name: 'cut-off sequence', bytes: [0xe2, 0x82] },
  { name: 'latin-1 ä', bytes: [0xe4] },
]);
const charsets = rotation(['latin1', 'iso-8859-1', 'windows-1252', 'utf-16', 'us-ascii']);
const deepJson = rotation([
  () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
]);
const BAD_PERCENT = '%E0%A4%A';

/** The requests for one route: the valid one, then one hostile thing at a time. */
function* attemptsFor(route: Route): Generator<Attempt> {
  yield attempt(route, baseline(route), 'baseline', false, 'the valid request');
  yield* pathAttempts(route);
  yield* queryAttempts(route);
  const schema = bodySchemaOf(route);
  if (schema) {
    const sampled = route.id === dataPackageApi.import.id;
    for (const leaf of leaves(route, schema, baseline(route).body)) {
      const all = hostilesFor(leaf.schema, leaf.name, leaf.base);
      for (const hostile of sampled ? sample(all, IMPORT_KINDS_PER_FIELD) : all) {
        const parts = baseline(route);
        setAt(parts.body, leaf.path, hostile.value);
        yield attempt(route, parts, hostile.kind, hostile.mustRefuse, `body ${leaf.path.join('.')}`, {
          value: toJson(hostile.value),
        });
      }
    }
    yield* bodyAttempts(route);
    yield afterFuzz(route, schema);
  } else if (route.method !== 'GET') {
    // A route without a JSON body still meets one; it may ignore it.
    yield attempt(route, baseline(route), 'unexpected-body', false, 'a JSON body', { payload: '{"a":1}' });
  }
  yield { ...attempt(route, baseline(route), 'unknown-method', true, 'the method PATCH'), method: 'PATCH' };
}

/**
 * The valid request once more, after everything the route took: a value at its edge must not break the
 * next plain request (a new record without a sort order goes after the largest one, 2^31 − 1). A new
 * record leaves out the optional fields that cannot be null: those the server fills in or defaults.
 */
function afterFuzz(route: Route, schema: JsonSchema): Attempt {
  const parts = baseline(route);
  const body = parts.body;
  if (recordOf(route) === null && body !== null && typeof body === 'object' && !Array.isArray(body)) {
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      if (!schema.required?.includes(name) && !resolve(field).nullable) {
        delete (body as Record<string, unknown>)[name];
      }
    }
  }
  return attempt(route, parts, 'after-fuzz', false, 'the valid request again');
}

function* pathAttempts(route: Route): Generator<Attempt> {
  for (const parameter of route.pathParams) {
    const where = `path ${parameter.name}`;
    const hostiles: Hostile[] = [
      ...textHostiles(pathValue(route, parameter.name), false).filter(
        (hostile) => typeof hostile.value === 'string',
      ),
      { kind: 'long-param', value: 'a'.repeat(10_000), mustRefuse: true },
    ];
    for (const hostile of hostiles) {
      const parts = baseline(route);
      parts.params[parameter.name] = encode(String(hostile.value));
      yield attempt(route, parts, hostile.kind, hostile.mustRefuse, where, {
        value: JSON.stringify(hostile.value),
      });
    }
    const parts = baseline(route);
    parts.params[parameter.name] = BAD_PERCENT;
    yield attempt(route, parts, 'bad-percent', true, where, { value: BAD_PERCENT });
  }
}

function* queryAttempts(route: Route): Generator<Attempt> {
  for (const parameter of route.queryParams) {
    const where = `query ${parameter.name}`;
    const schema = resolve(parameter.schema);
    const base = queryValue(route, parameter) ?? 'Fuzz';
    const hostiles: Hostile[] =
      schema.type === 'number' || schema.type === 'integer'
        ? integerTextHostiles()
        : textHostiles(base, false).filter((hostile) => typeof hostile.value === 'string');
    const replaced = (value: string) => {
      const parts = baseline(route);
      parts.query = [...parts.query.filter(([key]) => key !== parameter.name), [parameter.name, value]];
      return parts;
    };
    for (const hostile of hostiles) {
      yield attempt(route, replaced(encode(String(hostile.value))), hostile.kind, hostile.mustRefuse, where, {
        value: JSON.stringify(hostile.value),
      });
    }
    yield attempt(route, replaced(BAD_PERCENT), 'bad-percent', true, where, { value: BAD_PERCENT });
    const twice = replaced(encode(base));
    twice.query.push([parameter.name, encode(base)]);
    yield attempt(route, twice, 'repeated-query', true, where, { value: `${base} twice` });
  }
  // Routes with query parameters take only those; a route without any has no schema to refuse others with.
  const parts = baseline(route);
  parts.query.push([encode('okänd\u0000'), 'x']);
  yield attempt(route, parts, 'unknown-query', route.queryParams.length > 0, 'query okänd\\u0000');
}

/** Whole-body kinds: size, depth, encoding, content type, and the Idempotency-Key of POSTs. */
function* bodyAttempts(route: Route): Generator<Attempt> {
  const valid = () => toJson(baseline(route).body);
  // 1 MB over the route's limit: 2 MB for most routes, 51 MB (once) for the import.
  const over = route.bodyLimit + 1024 * 1024;
  yield attempt(route, baseline(route), 'too-large', true, 'the body', {
    value: `${over} bytes`,
    payload: `{"name":"${'a'.repeat(over)}"}`,
  });
  const [deep] = deepJson(1);
  yield attempt(route, baseline(route), 'deep-json', true, 'the body', {
    value: 'nested 10 000 deep',
    payload: (deep as () => string)(),
  });
  const [utf8] = invalidUtf8(1);
  if (utf8) {
    // The bytes go inside the first string value, where a decoder that replaces them would hide them.
    const text = valid();
    const at = text.indexOf('"', text.indexOf(':')) + 1;
    yield attempt(route, baseline(route), 'invalid-utf8', true, 'the body', {
      value: utf8.name,
      payload: Buffer.concat([
        Buffer.from(text.slice(0, at)),
        Buffer.from(utf8.bytes),
        Buffer.from(text.slice(at)),
      ]),
    });
  }
  const [charset] = charsets(1);
  yield attempt(route, baseline(route), 'charset', true, 'header content-type', {
    value: `application/json; charset=${charset}`,
    headers: { 'content-type': `application/json; charset=${charset}` },
  });
  yield attempt(route, baseline(route), 'text-plain', true, 'header content-type', {
    value: 'text/plain',
    headers: { 'content-type': 'text/plain' },
  });
  yield attempt(route, baseline(route), 'other-content-type', true, 'header content-type', {
    value: 'application/x-www-form-urlencoded',
    payload: 'name=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  yield attempt(route, baseline(route), 'empty-body', true, 'the body', { value: '(empty)', payload: '' });
  yield attempt(route, baseline(route), 'invalid-json', true, 'the body', {
    value: 'JSON cut short',
    payload: valid().slice(0, -1),
  });
  for (const root of ['null', '[]', '"text"', '42']) {
    yield attempt(route, baseline(route), 'wrong-root', true, 'the body', { value: root, payload: root });
  }
  // The import takes any JSON and reads what it knows; everything else is a strict object.
  const strict = route.id !== dataPackageApi.import.id;
  yield attempt(route, baseline(route), 'proto-key', strict, 'body __proto__', {
    payload: valid().replace(/^\{/, '{"__proto__":{"isAdmin":true},'),
  });
  const unknown = baseline(route);
  // An English key, as a client's typo or an old field name would be: the refusal names it, and must still
  // read as Swedish (a name the caller chose belongs in quotes, like every other value echoed).
  (unknown.body as Record<string, unknown>).unknown = 'x';
  yield attempt(route, unknown, 'unknown-property', true, 'body unknown');
  if (route.method === 'POST') {
    const keys = [
      { name: 'too short', key: 'kort' },
      { name: 'with a control character', key: 'nyckel\u0001123456' },
      { name: 'with a tab', key: 'nyckel\t123456' },
      { name: 'with a space', key: 'nyckel 123456' },
      { name: 'too long', key: 'k'.repeat(201) },
    ];
    for (const { name, key } of keys) {
      yield attempt(route, baseline(route), 'idempotency-key', true, 'header idempotency-key', {
        value: name,
        headers: { 'idempotency-key': key },
      });
    }
  }
}

function describeAttempt(request: Attempt): string {
  const value = request.value === undefined ? '' : ` = ${shorten(request.value, 60)}`;
  return `${request.method} ${shorten(request.url, 140)} [${request.where}${value}]`;
}

async function send(request: Attempt): Promise<void> {
  const sent: Sent = {
    route: request.route,
    kind: request.kind,
    mustRefuse: request.mustRefuse,
    request: describeAttempt(request),
    where: request.where,
  };
  const response = await t.inject({
    method: request.method as 'GET',
    url: request.url,
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  });
  judge(sent, {
    status: response.statusCode,
    contentType: response.headers['content-type'] as string | undefined,
    text: response.body,
  });
  if (request.method === 'DELETE' && response.statusCode < 300) {
    // The target or outcome the requests name is gone: name another.
    fx = await loadFixtures();
  } else if (request.method !== 'GET' && response.statusCode < 300) {
    // A write went through (the valid request, or a value some field may take): versions have moved on
    // now, and the next route reads the fixtures again (a new goal is one more sibling to reorder).
    stale = true;
    if (response.body !== '' && response.headers['content-type']?.toString().includes('json')) {
      followVersions(JSON.parse(response.body));
    }
  }
}

/** Fastify's own refusals, outside any one route. */
const OUTSIDE_ROUTES: readonly Attempt[] = [
  { url: '/api/v1/goals/goals/%E0%A4%A', kind: 'bad-percent', where: 'the issue’s URL' },
  { url: `/api/v1/${BAD_PERCENT}/x?y=${BAD_PERCENT}`, kind: 'bad-percent', where: 'an unknown path' },
  { url: `/api/v1/goals/goals/${'a'.repeat(10_000)}`, kind: 'long-param', where: 'a 10 000-character id' },
  { url: '/api/v1/finns%00inte', kind: 'nul', where: 'an unknown path' },
  { url: '/api/v2/goals/goals', kind: 'unknown-route', where: 'an unknown API version' },
].map((request) => ({ ...request, route: '(no route)', mustRefuse: true, method: 'GET' }));

// The run ------------------------------------------------------------------------------------------------

/** The operations' declared body limits; a route's limit is not in the OpenAPI document. */
const ALL_OPERATIONS: readonly Operation[] = [
  organisationApi,
  planningApi,
  goalsApi,
  assessmentsApi,
  economyApi,
  volumesApi,
  dataPackageApi,
].flatMap((operations) => Object.values(operations) as Operation[]);

function routes(): Route[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const spec = ALL_OPERATIONS.find((candidate) => candidate.id === operation.operationId)?.spec;
      return {
        id: operation.operationId,
        method: method.toUpperCase() as Method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body: operation.requestBody?.content['application/json']?.schema ?? null,
        bodyLimit: spec?.bodyLimit ?? DEFAULT_BODY_LIMIT,
      };
    }),
  );
}

/**
 * Stores the small package as a file and starts a dry-run import job on it, where the API has these
 * routes, so that the routes about files and jobs reach real ones.
 */
async function upload(): Promise<void> {
  const has = (method: string, path: string) => doc.paths[path]?.[method] !== undefined;
  if (!has('post', '/api/v1/files')) {
    return;
  }
  const file = await t.inject({
    method: 'POST',
    url: '/api/v1/files?name=fuzz.json',
    headers: { 'content-type': 'application/json' },
    payload: toJson(smallPackage),
  });
  expect(file.statusCode, file.body).toBeLessThan(300);
  uploads.fileId = (JSON.parse(file.body) as { id: string }).id;
  if (!has('post', '/api/v1/data-package/import-jobs')) {
    return;
  }
  const job = await t.inject({
    method: 'POST',
    url: '/api/v1/data-package/import-jobs',
    payload: { fileId: uploads.fileId, dryRun: true },
  });
  expect(job.statusCode, job.body).toBeLessThan(300);
  uploads.jobId = (JSON.parse(job.body) as { id: string }).id;
  if (!has('post', '/api/v1/documents/render-jobs')) {
    return;
  }
  // A document rendered in the background, whose file the render job's route serves.
  const render = await t.inject({
    method: 'POST',
    url: '/api/v1/documents/render-jobs',
    payload: { unitId: 'VSS', year: 2019, type: 'annual', format: 'html' },
  });
  expect(render.statusCode, render.body).toBeLessThan(300);
  uploads.renderJobId = (JSON.parse(render.body) as { id: string }).id;
}

interface RawAnswer extends Answer {
  readonly head: string;
}

/** Sends bytes over a socket of its own and reads the answer until the server closes it. */
function sendRaw(port: number, bytes: string | Buffer): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    socket.on('end', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      done({
        head,
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
        contentType: /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim(),
        text: body,
      });
    });
    socket.on('error', fail);
    // A server that neither answers nor closes would otherwise hold the test until its timeout.
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.write(bytes);
  });
}

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoIfEmpty(t.database.db);
  doc = await read<OpenApi>('/api/openapi.json');
  fx = await loadFixtures();
  smallPackage = await loadPackage();
  await upload();
});

afterAll(async () => {
  report();
  await t?.close();
});

/** Operations anyone may call, signed in or not: signing in (also through the IdP), and what the sign-in page needs. */
const PUBLIC = [
  'access.signInInfo',
  'access.session',
  'access.signIn',
  'access.signOut',
  'access.oidcStart',
  'access.oidcCallback',
];
/**
 * Writes anyone signed in may make: their own password and sessions, an upload (a file of their own),
 * marking their own messages read, and a document rendered in the background (a read, as the render is).
 */
const ANY_SIGNED_IN_WRITE = [
  'access.changePassword',
  'access.signOutEverywhere',
  'documents.startRenderJob',
  'jobs.uploadFile',
  'notifications.markRead',
  'notifications.markAllRead',
];

describe('the permission matrix, for every route of the OpenAPI document', () => {
  it('gives an anonymous client nothing, lets a reader change nothing, and refuses a reporter the sibling unit', async () => {
    // KLF is VSS's sibling under the executive board; the requests name VSS's records.
    const reporter = await t.as('reporter', 'KLF');
    const reader = await t.as('reader');
    const wrong: string[] = [];
    const all = routes();
    for (const route of all) {
      let valid: Attempt | undefined;
      for (const attempt of attemptsFor(route)) {
        if (attempt.kind === 'baseline') {
          valid = attempt;
          break;
        }
      }
      if (!valid) {
        throw new Error(`no valid request for ${route.id}`);
      }
      const sendAs = async (caller: Caller) =>
        (
          await caller.inject({
            method: valid.method as 'GET',
            url: valid.url,
            ...(valid.headers ? { headers: valid.headers } : {}),
            ...(valid.payload === undefined ? {} : { payload: valid.payload }),
          })
        ).statusCode;
      const check = async (who: string, caller: Caller, status: number) => {
        const answered = await sendAs(caller);
        if (answered !== status) {
          wrong.push(`${route.id} as ${who}: ${answered}, not ${status}`);
        }
      };
      if (PUBLIC.includes(route.id)) {
        continue;
      }
      await check('anonymous', t.anonymous, 401);
      if (route.method !== 'GET' && !ANY_SIGNED_IN_WRITE.includes(route.id)) {
        await check('reader', reader, 403);
        await check('reporter of KLF', reporter, 403);
      }
    }
    expect(wrong).toEqual([]);
    expect(
      routes()
        .filter((route) => PUBLIC.includes(route.id))
        .map((route) => route.id)
        .sort(),
    ).toEqual([...PUBLIC].sort());
  }, 120_000);
});

describe('fuzzing every route of the OpenAPI document', () => {
  it('answers every hostile request below 500, and every refusal in the one Swedish error format', async () => {
    const started = Date.now();
    const all = routes();
    expect(all.length).toBeGreaterThan(30);
    const covered = new Set<string>();
    for (const route of all) {
      if (stale) {
        fx = await loadFixtures();
        stale = false;
      }
      const routeStarted = Date.now();
      for (const request of attemptsFor(route)) {
        await send(request);
      }
      const module = route.id.split('.')[0] ?? route.id;
      tally.moduleTime.set(module, (tally.moduleTime.get(module) ?? 0) + Date.now() - routeStarted);
      covered.add(route.id);
    }
    for (const request of OUTSIDE_ROUTES) {
      await send(request);
    }
    tally.seconds = Math.round((Date.now() - started) / 1000);
    expect([...covered].sort()).toEqual(all.map((route) => route.id).sort());
    expect(findings.length, `findings:\n${findingsText()}`).toBe(0);
    // About 15–30 s alone; the margin is for a machine busy with other test files. Raised from 180 s when
    // the assignments and activities (1 360 of 9 700 requests, but 3 s) and the successions and rollover
    // came: most of the time is the data package's imports (80 of 150 s under load), which now run more
    // sections, and reading the fixtures again after writes. The report prints the time by module. Raised
    // to 360 s when internal control came: its routes are few and fast, but the suite hit 240 s under load.
    // Raised to 600 s when documents and subsets came: a clean CI run took 282 s (data package 55 s,
    // economy 33 s) with the other test files beside it; 90 minutes is CI's limit, not this test's. Raised
    // to 900 s when versions and texts came (12 500 requests, 278 s alone on a machine busy with a build).
  }, 900_000);

  it('answers Node’s own refusals over a real socket in Swedish: a header too large, a malformed request', async () => {
    const earlier = findings.length;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const socket = (kind: string, request: string): Sent => ({
      route: '(socket)',
      kind,
      mustRefuse: true,
      request,
      where: request,
    });
    /** Node's parser answers before there is a request id; the app's own answers carry one. */
    const schemaOf = (answer: Answer) => (/"requestId":null/.test(answer.text) ? socketErrorBody : errorBody);

    const large = await new Promise<Answer>((done, fail) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/goals/goal-areas',
          headers: { 'x-fuzz': 'a'.repeat(20_000) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () =>
            done({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], text }),
          );
        },
      );
      request.on('error', fail);
      request.end();
    });
    judge(socket('large-header', 'GET with a 20 kB header'), large, socketErrorBody);
    expect(large.status).toBe(431);

    const cases: { kind: string; name: string; bytes: string | Buffer; status: number }[] = [
      { kind: 'malformed-request', name: 'a malformed request line', bytes: 'GARBAGE\r\n\r\n', status: 400 },
      {
        kind: 'malformed-request',
        name: 'a control character in a header',
        bytes:
          'GET /api/v1/goals/goal-areas HTTP/1.1\r\nHost: x\r\nX-Fuzz: a\u0001b\r\nConnection: close\r\n\r\n',
        status: 400,
      },
      {
        kind: 'idempotency-key',
        name: 'an Idempotency-Key with a control character',
        bytes:
          'POST /api/v1/goals/goal-areas HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
          'Idempotency-Key: nyckel\u0001123456\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
        status: 400,
      },
      {
        kind: 'malformed-request',
        name: 'a Content-Length that is not a number',
        bytes:
          'POST /api/v1/goals/goal-areas HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}',
        status: 400,
      },
      {
        kind: 'bad-percent',
        name: 'a bad percent-encoding',
        bytes: `GET /api/v1/goals/goals/${BAD_PERCENT} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        status: 400,
      },
      {
        kind: 'invalid-utf8',
        name: 'invalid UTF-8 in the URL',
        bytes: Buffer.concat([
          Buffer.from('GET /api/v1/organisation/units/'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
        ]),
        status: 400,
      },
    ];
    for (const { kind, name, bytes, status } of cases) {
      const answer = await sendRaw(port, bytes);
      judge(socket(kind, name), answer, schemaOf(answer));
      expect.soft(answer.status, `${name}: ${answer.head.split('\r\n')[0]}`).toBe(status);
    }
    const mine = findings.slice(earlier);
    expect(mine.length, `findings:\n${findingsText(mine)}`).toBe(0);
  });
});
