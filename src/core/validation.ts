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
import { richTextToPlain } from './rich-text.ts';

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
      // Quoted, and without control characters: the key is what the caller sent, not our words.
      return `okänt fält: ${issue.keys.map((key) => `”${key.replace(new RegExp(CONTROL_IN_LINE, 'g'), '�')}”`).join(', ')}`;
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
  // Why: a frame adjustment, a rebudgeting, an acknowledged error of the checks.
  reason: 'skäl',
  deadline: 'sista dag',
  // A strategic assignment's number as printed ("2").
  number: 'nummer',
  text: 'text',
  status: 'status',
  response: 'hur uppdraget omhändertas',
  assignmentId: 'uppdrag',
  recipientId: 'mottagare',
  reportBackDate: 'återrapportering senast',
  reportBackText: 'återrapportering',
  carriedFromId: 'fört över från',
  responsibleUnitId: 'ansvarig enhet',
  // A document's text (docs/adr/0028-narrative-texts.md).
  responsibleUserId: 'ansvarig person',
  key: 'nyckel',
  completionKind: 'slutfört (slag)',
  completionYear: 'slutfört (år)',
  completionNumber: 'slutfört (nummer)',
  completionDate: 'slutfört (datum)',
  // Internal control (docs/adr/0025-internal-control.md).
  date: 'datum',
  participants: 'deltagare',
  considered: 'underlag som beaktats',
  consideredOther: 'annat underlag',
  analysisId: 'riskanalys',
  process: 'process',
  probability: 'sannolikhet',
  consequence: 'konsekvens',
  escalatedToUnitId: 'eskalerad till',
  title: 'kontrollmoment',
  checked: 'vad som kontrolleras',
  method: 'kontrollmetod',
  sample: 'urval',
  frequency: 'frekvens',
  responsible: 'ansvarig',
  reportingRoundIds: 'rapporteras vid',
  riskId: 'risk',
  common: 'gemensamt kontrollmoment',
  carryForward: 'får kvarstå',
  previousControlId: 'föregående års kontrollmoment',
  controlId: 'kontrollmoment',
  result: 'resultat',
  findings: 'iakttagelser',
  sampleSize: 'antal kontrollerade',
  deviations: 'avvikelser',
  resultId: 'resultat',
  actions: 'åtgärder',
  what: 'åtgärd',
  owner: 'ansvarig för åtgärden',
  closedDate: 'stängd',
  probabilityMax: 'sannolikhetsskala',
  consequenceMax: 'konsekvensskala',
  bands: 'riskklasser',
  predecessorId: 'föregångare',
  successorId: 'efterföljare',
  effectiveFrom: 'gäller från',
  decisionRef: 'beslut',
  // The year rollover's years.
  fromYear: 'från år',
  toYear: 'till år',
  // Ändringslogg's selection.
  person: 'person',
  from: 'från och med',
  to: 'till och med',
  entityType: 'sorts post',
  before: 'före ändring',
  limit: 'antal',
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
  username: 'användarnamn',
  email: 'e-post',
  active: 'aktiv',
  password: 'lösenord',
  currentPassword: 'nuvarande lösenord',
  newPassword: 'nytt lösenord',
  role: 'roll',
  userId: 'användare',
  // Messages and reminders (docs/adr/0026-reminders.md).
  units: 'enheter',
  read: 'läst',
  subject: 'ämne',
  body: 'text',
  link: 'länk',
  senderId: 'avsändare (id)',
  senderName: 'avsändare',
  recipientCount: 'antal mottagare',
  sentById: 'skickad av (id)',
  sentByName: 'skickad av',
  mailJobId: 'e-postjobb',
  // Document versions (docs/adr/0027-documents.md, "Versions").
  documentType: 'dokumenttyp',
  action: 'åtgärd',
  contentHash: 'kontrollsumma',
  htmlHash: 'kontrollsumma för HTML',
  pdfHash: 'kontrollsumma för PDF',
  pdfMissing: 'varför PDF saknas',
  createdByName: 'skapad av',
  approvedAt: 'godkänd',
  approvedByName: 'godkänd av',
  decisionBody: 'beslutande organ',
  decisionParagraph: 'paragraf',
  decisionDate: 'beslutsdatum',
  publishedAt: 'publicerad',
  first: 'första versionen',
  second: 'andra versionen',
  // The identity provider's answer (OpenID Connect's own parameter names).
  error: 'felkod',
  error_description: 'felbeskrivning',
  error_uri: 'feladress',
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

/** PostgreSQL's `integer`: every whole number the API accepts must fit the column it lands in. */
export const INT32_MAX = 2_147_483_647;

/** A whole number within the range of PostgreSQL's `integer`. */
export function intField(min = -INT32_MAX - 1, max = INT32_MAX) {
  return z.int().min(min).max(max);
}

/** A record's version, as read; optimistic locking compares it on every change. */
export const versionField = intField(1);

/** The last position among siblings: far more room than any list needs. */
export const SORT_ORDER_MAX = 1_000_000;

/** A position among siblings. */
export const sortOrderField = intField(0, SORT_ORDER_MAX);

/** An id: a UUID. */
export const idField = z.uuid();

/** A year of the yearly cycle. */
export const yearField = intField(1900, 2200);

/**
 * A year in a query string or path: four digits ("2023"), not "0x7e7" or "2.023e3". A caller in code may
 * pass the number; on the wire it is always text.
 */
export const yearParam = z
  .union([
    z.int(),
    z
      .string()
      .regex(/^\d{4}$/, { message: 'ska vara ett årtal med fyra siffror, t.ex. 2023' })
      .transform(Number),
  ])
  .pipe(yearField);

/** A calendar date, YYYY-MM-DD. */
export const dateField = z.iso.date();

/**
 * Characters no text may hold: NUL (PostgreSQL cannot store it) and the other C0 controls, DEL. Line
 * breaks and tabs are allowed only in multi-line text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function safeString(max: number, multiline: boolean) {
  const control = multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE;
  return z
    .string()
    .max(max, { abort: true })
    .refine((text) => !control.test(text), {
      message: multiline
        ? 'får inte innehålla styrtecken (t.ex. NUL)'
        : 'får inte innehålla radbrytningar eller styrtecken',
      abort: true,
    })
    .refine((text) => text.isWellFormed(), { message: 'innehåller ogiltiga tecken (trasig UTF-16)' });
}

/** Free text from outside in a path or query value: a code, a reference, a search word. */
export function lineText(max = 200) {
  return safeString(max, false).trim();
}

/** A secret as typed (a password): never trimmed, but no line breaks or control characters. */
export function secretText(max = 500) {
  return safeString(max, false);
}

/** A required line of text, trimmed. */
export function requiredText(max = 500) {
  return safeString(max, false).trim().min(1);
}

/** An optional line of text (a unit, a source reference): empty strings become null. */
export function optionalLine(max = 500) {
  return z.codec(safeString(max, false).trim().nullable(), z.string().nullable(), {
    decode: (text) => (text === '' ? null : text),
    encode: (text) => text,
  });
}

/**
 * Optional longer text; empty strings become null so "no text" has one form. A codec rather than a
 * transform, so that responses can be encoded with the same schema.
 */
export function optionalText(max = 20_000) {
  return z.codec(safeString(max, true).trim().nullable(), z.string().nullable(), {
    decode: (text) => (text === '' ? null : text),
    encode: (text) => text,
  });
}

/** How the API document marks a rich-text field, and how the write path finds one (isRichTextField). */
const RICH_TEXT_MARK = 'x-rich-text';

/**
 * Optional formatted text (docs/adr/0023-rich-text.md): the HTML subset of core/rich-text.ts – paragraphs,
 * lists, bold, italic, links – or plain text. `max` counts the text a reader sees, not the markup. The
 * server sanitises every value of such a field as it is stored (the write path, platform/rich-text.ts);
 * here, text with nothing to show ("<p></p>") becomes null, so that a rule that wants a text sees none.
 */
export function richText(max = 20_000) {
  return z
    .codec(
      safeString(max * 4 + 1000, true)
        .trim()
        .refine((text) => richTextToPlain(text).length <= max, { message: `får ha högst ${max} tecken` })
        .nullable(),
      z.string().nullable(),
      {
        decode: (text) => (text === null || richTextToPlain(text).trim() === '' ? null : text),
        encode: (text) => text,
      },
    )
    .meta({
      [RICH_TEXT_MARK]: true,
      description:
        'Formaterad text: HTML med p, ul, ol, li, strong, em, br och a href (http, https, mailto), ' +
        'eller vanlig text (tom rad mellan stycken). Allt annat tas bort när texten sparas.',
    });
}

/** Whether a field was declared `richText()` (also under `.default()`, `.optional()` and `.nullable()`). */
export function isRichTextField(schema: z.ZodType): boolean {
  let current: z.ZodType = schema;
  for (;;) {
    if (z.globalRegistry.get(current)?.[RICH_TEXT_MARK] === true) {
      return true;
    }
    if (
      current instanceof z.ZodDefault ||
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable
    ) {
      current = current.unwrap() as z.ZodType;
    } else {
      return false;
    }
  }
}

/** Digits a decimal may have before and after its point: more than any budget or indicator needs. */
export const DECIMAL_LIMITS = { integerDigits: 15, fractionDigits: 10, length: 40 } as const;

function withinDecimalLimits(canonical: string): boolean {
  const [whole = '', fraction = ''] = canonical.replace('-', '').split('.');
  return whole.length <= DECIMAL_LIMITS.integerDigits && fraction.length <= DECIMAL_LIMITS.fractionDigits;
}

/**
 * An exact decimal as a string. Accepts "4.5" and the Swedish "4,5" or "1 234,5"; never a JSON number,
 * so no value passes through binary floating point on its way in. The length is checked before anything
 * else reads the text, so a megabyte of digits costs nothing.
 */
export const decimalField = z.codec(
  z
    .string()
    .max(DECIMAL_LIMITS.length, { abort: true })
    .trim()
    .refine((text) => isDecimal(text) || parseSwedishDecimal(text) !== null, {
      message: 'ska vara ett tal, t.ex. 4,5 eller 1 234,5',
      abort: true,
    })
    .refine((text) => withinDecimalLimits(isDecimal(text) ? text : (parseSwedishDecimal(text) ?? '')), {
      message: `får ha högst ${DECIMAL_LIMITS.integerDigits} siffror före och ${DECIMAL_LIMITS.fractionDigits} efter decimaltecknet`,
    }),
  z.string(),
  {
    decode: (text) => (isDecimal(text) ? canonicalDecimal(text) : (parseSwedishDecimal(text) ?? text)),
    encode: (text) => text,
  },
);

/** A problem with one field of the input (errors.ts FieldProblem), as it travels in a response. */
export const fieldProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  record: z.string().optional(),
  value: z.unknown().optional(),
});
