/**
 * The change log as the API and the pages show it, shared by every module's history route and the audit
 * module: the entry's schema (contract language: zod only), and the Swedish words for what changed – the
 * kinds of record, the actions, the fields and their values – so that a record's "Historik" and the
 * auditor's Ändringslogg say the same thing the same way.
 */
import { z } from 'zod';
import type { DecimalString } from './decimal.ts';
import { formatDate, formatDateTime, formatDecimal } from './format.ts';
import { looksLikeHtml, richTextToPlain } from './rich-text.ts';
import { labelPath } from './validation.ts';

export const CHANGE_ACTIONS = [
  'create',
  'update',
  'delete',
  'retire',
  'reinstate',
  'reorder',
  'import',
] as const;
export type ChangeActionName = (typeof CHANGE_ACTIONS)[number];

export const changeEntrySchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    actorId: z.string(),
    actorName: z.string(),
    action: z.enum(CHANGE_ACTIONS),
    entityType: z.string(),
    entityId: z.string(),
    oldValue: z.unknown(),
    newValue: z.unknown(),
  })
  .meta({ id: 'ChangeEntry', description: 'En ändring: vem, när, gammalt och nytt värde.' });

/** What was done, as a person says it after the name: "Ändrade (av Cecilia Ek)". */
export const CHANGE_ACTION_LABELS: Readonly<Record<ChangeActionName, string>> = {
  create: 'Skapade',
  update: 'Ändrade',
  delete: 'Tog bort',
  retire: 'Avvecklade',
  reinstate: 'Återinförde',
  reorder: 'Ändrade ordningen',
  import: 'Importerade',
};

/**
 * The kinds of record the change log holds (its entity types: the tables, and the access module's own
 * traces), in Swedish. A kind not listed is shown as "Post (table)" rather than hidden.
 */
export const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  org_unit: 'Organisationsenhet',
  reporting_round: 'Uppföljningstillfälle',
  round_part: 'Enhetens del av uppföljningen',
  round_reminder: 'Påminnelse',
  round_subset_item: 'Mål eller indikator som tillfället frågar efter',
  notification: 'Meddelande',
  goal_area: 'Målområde',
  municipal_goal: 'Kommunövergripande mål',
  goal: 'Mål',
  indicator: 'Indikator',
  indicator_target: 'Målvärde',
  indicator_outcome: 'Utfall',
  assessment: 'Bedömning',
  cost_centre: 'Kostnadsställe',
  account_range: 'Kontointervall',
  budget_line: 'Budgetrad',
  budget_change: 'Budgetförändring',
  budget_frame: 'Ram',
  frame_adjustment: 'Ramjustering',
  forecast: 'Prognos',
  ledger_closing: 'Bokslut',
  volume_measure: 'Volym- eller personalmått',
  volume_value: 'Värde för volym- eller personalmått',
  investment_project: 'Investeringsprojekt',
  investment_amount: 'Investeringsbelopp',
  investment_frame: 'Investeringsram',
  investment_frame_change: 'Förändring av investeringsramen',
  org_unit_succession: 'Omorganisation',
  strategic_assignment: 'Strategiskt utvecklingsuppdrag',
  assignment_recipient: 'Mottagare av uppdrag',
  assignment_status: 'Status för uppdrag',
  activity: 'Aktivitet',
  activity_status: 'Status för aktivitet',
  internal_control_settings: 'Internkontrollens skalor',
  risk_analysis: 'Riskanalys',
  risk: 'Risk',
  control: 'Kontrollmoment',
  control_result: 'Resultat av kontrollmoment',
  control_action: 'Åtgärd i internkontrollen',
  year_rollover: 'Nytt år',
  finding_acknowledgement: 'Kvittering av fel i kontrollerna',
  document_version: 'Dokumentversion',
  narrative_text: 'Text i dokument',
  app_user: 'Användare',
  role_grant: 'Behörighet',
  user_credential: 'Lösenord',
  api_token: 'API-nyckel',
};

export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? `Post (${entityType})`;
}

/**
 * Field names the messages of the API do not need but a record's history does; the rest come from the
 * validation messages' own labels (validation.ts), so a field has one Swedish name everywhere.
 */
const HISTORY_FIELD_LABELS: Readonly<Record<string, string>> = {
  retiredAt: 'avvecklad',
  // An indicator's or a measure's unit of measurement, not an organisational unit.
  unit: 'måttenhet',
  fromYear: 'från år',
  toYear: 'till år',
  fromAccount: 'från konto',
  toAccount: 'till konto',
  account: 'konto',
  category: 'kategori',
  amount: 'belopp',
  month: 'månad',
  comment: 'kommentar',
  dimension: 'dimension',
  round: 'uppföljningstillfälle',
  costs: 'kostnader',
  revenues: 'intäkter',
  netCost: 'nettokostnad',
  fromUnitId: 'från enhet',
  findingKey: 'fyndets nyckel',
  ruleId: 'regel',
  roundKind: 'tillfällets typ',
  acknowledgedById: 'kvitterat av (id)',
  acknowledgedByName: 'kvitterat av',
  toUnitId: 'till enhet',
  reason: 'orsak',
  decision: 'beslut',
  computation: 'beräkning',
  notApplicable: 'ej tillämplig',
  projectId: 'projekt',
  expenditure: 'utgifter',
  income: 'inkomster',
  effectiveRound: 'gäller från tillfälle',
  placement: 'placering',
  conditional: 'villkorat',
  condition: 'villkor',
  startYear: 'startår',
  completedYear: 'färdigställt år',
  decidedBudget: 'beslutad budget',
  closed: 'stängt',
  measureId: 'mått',
  period: 'period',
  state: 'status',
  revoked: 'återkallad',
};

/** A field's Swedish name, capitalised: "Målvärde". An unknown field keeps its own name. */
export function fieldLabel(field: string): string {
  const label = HISTORY_FIELD_LABELS[field] ?? labelPath([field]);
  return label.startsWith('fältet ') ? field : label.charAt(0).toUpperCase() + label.slice(1);
}

/** Whether a field has a Swedish name (the tests check every field the change log holds). */
export function hasFieldLabel(field: string): boolean {
  return HISTORY_FIELD_LABELS[field] !== undefined || !labelPath([field]).startsWith('fältet ');
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored value as a person reads it: "–" for nothing, ja/nej, times in Swedish local time, lists joined. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '–';
  }
  if (typeof value === 'boolean') {
    return value ? 'ja' : 'nej';
  }
  if (typeof value === 'string') {
    return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)) ? formatDateTime(value) : value;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '–' : value.map(showValue).join('; ');
  }
  return JSON.stringify(value);
}

/** Fields that are bookkeeping, not content. */
const IGNORED_FIELDS = new Set(['id', 'version']);

export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

function fieldsOf(value: unknown): ReadonlyMap<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? new Map(Object.entries(value))
    : null;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * What a change did, field by field: for an update, the fields that differ; for a record created (or
 * imported), its values; for one removed, the values it had. Bookkeeping (id, version) is left out.
 */
export function fieldChanges(oldValue: unknown, newValue: unknown): FieldChange[] {
  const before = fieldsOf(oldValue);
  const after = fieldsOf(newValue);
  const keys = [...new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])])];
  return keys
    .filter((key) => !IGNORED_FIELDS.has(key))
    .map((key) => ({
      field: key,
      label: fieldLabel(key),
      oldValue: before?.get(key),
      newValue: after?.get(key),
    }))
    .filter((change) =>
      before && after
        ? JSON.stringify(change.oldValue ?? null) !== JSON.stringify(change.newValue ?? null)
        : !isEmpty(change.oldValue) || !isEmpty(change.newValue),
    );
}

/** A field's value as text: `showValue`, or better where the reader knows more (a unit's name for its id). */
export type ValueText = (field: string, value: unknown) => string;

/** Fields that hold an exact decimal (as text: "99.5"), shown the Swedish way ("99,5"). */
const DECIMAL_FIELDS = new Set([
  'total',
  'women',
  'men',
  'amount',
  'costs',
  'revenues',
  'expenditure',
  'income',
  'decidedBudget',
]);
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Fields that hold rich text (ADR 0023: an assessment's basis, an outcome's note, a review comment): shown
 * as the text they say – paragraphs, "• " list items, a link's address after its text – never as markup.
 */
const RICH_TEXT_FIELDS = new Set(['basis', 'note', 'comment']);

export const plainValue: ValueText = (field, value) => {
  if (DECIMAL_FIELDS.has(field) && typeof value === 'string' && DECIMAL.test(value)) {
    return formatDecimal(value as DecimalString);
  }
  if (RICH_TEXT_FIELDS.has(field) && typeof value === 'string' && looksLikeHtml(value)) {
    return showValue(richTextToPlain(value));
  }
  return showValue(value);
};

/** The fields that hold a unit's id. */
const UNIT_FIELDS = new Set(['orgUnitId', 'parentId', 'fromUnitId', 'toUnitId']);

/** Values with the units' names for their ids: "Verksamhetsstöd och service (VSS)". */
export function withUnitNames(
  units: ReadonlyMap<string, { readonly code: string; readonly name: string }>,
): ValueText {
  return (field, value) => {
    const unit = UNIT_FIELDS.has(field) && typeof value === 'string' ? units.get(value) : undefined;
    return unit ? `${unit.name} (${unit.code})` : plainValue(field, value);
  };
}

/** A change's fields as one line each: "Målvärde: ≥4,5 → ≥5". */
export function describeFieldChanges(
  oldValue: unknown,
  newValue: unknown,
  text: ValueText = plainValue,
): string[] {
  return fieldChanges(oldValue, newValue).map(
    (change) =>
      `${change.label}: ${text(change.field, change.oldValue)} → ${text(change.field, change.newValue)}`,
  );
}

/** What a person would call the record: its name, code, notation or username, where it has one. */
export function recordTitle(oldValue: unknown, newValue: unknown): string | null {
  for (const value of [newValue, oldValue]) {
    const fields = fieldsOf(value);
    for (const key of ['name', 'code', 'notation', 'username']) {
      const found = fields?.get(key);
      if (typeof found === 'string' && found !== '') {
        return found;
      }
    }
  }
  return null;
}

const ZONE = 'Europe/Stockholm';
const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
const dayAndMonth = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, day: 'numeric', month: 'long' });
const dayMonthAndYear = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function dayBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
}

/**
 * When something happened, as one says it in Swedish: "i dag kl. 14.32", "i går kl. 09.05",
 * "den 30 november kl. 14.32", "den 30 november 2025 kl. 14.32" – in Swedish local time.
 */
export function describeWhen(at: Date, now: Date = new Date()): string {
  const time = clock.format(at).replace(':', '.');
  const day = formatDate(at);
  const today = formatDate(now);
  if (day === today) {
    return `i dag kl. ${time}`;
  }
  if (day === dayBefore(today)) {
    return `i går kl. ${time}`;
  }
  const date = (day.slice(0, 4) === today.slice(0, 4) ? dayAndMonth : dayMonthAndYear).format(at);
  return `den ${date} kl. ${time}`;
}
