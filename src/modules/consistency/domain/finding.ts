/**
 * A finding of the consistency checks (PRODUCT.md capability 12, docs/adr/0017-consistency-checks.md): a
 * rule, how serious it is, a Swedish message that states the figures and the arithmetic, the place it
 * concerns (a typed reference and the app's address of it) and the seed lines the records came from.
 *
 * Severity says how sure the contradiction is, not how large:
 * - `fel` – the figures cannot all be right (parts that exceed their total, a budget over its frame);
 * - `varning` – they can all be right, but a reader will take them to contradict each other unless the
 *   document explains why (a verdict its indicators speak against, parts short of their total);
 * - `notering` – worth knowing, kept on purpose (a figure restated in a later round, ADR 0003).
 */
import { compareSwedish } from '#core/format.ts';
import { ROUND_KINDS, type RoundKind } from '#core/period.ts';
import type { PlaceRecord } from '#core/place.ts';

export const SEVERITIES = ['fel', 'varning', 'notering'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  fel: 'Fel',
  varning: 'Varning',
  notering: 'Notering',
};

/** Plural headings, as the page and the command line group findings. */
export const SEVERITY_GROUP_LABELS: Readonly<Record<Severity, string>> = {
  fel: 'Fel',
  varning: 'Varningar',
  notering: 'Noteringar',
};

/** The rules over the facts of a unit, a year and a round: what a check (API, command line, page) runs. */
export const CHECK_RULE_IDS = [
  'verdict-contradicts-indicators',
  'verdict-unsupported',
  'gender-parts-sum',
  'budget-over-frame',
  'self-cost-not-zero',
  'bridge-unreconciled',
  'economy-indicator-not-reproduced',
  'figure-differs-between-rounds',
  'text-count-denied',
  'text-period-mismatch',
  'text-comparison-denied',
] as const;
export type CheckRuleId = (typeof CHECK_RULE_IDS)[number];

/**
 * The rules over a generated document's own content (`document-rules.ts`): run on a draft when it is built,
 * and shown in it; they point at the document's blocks, not at records, so a unit's check does not run them.
 */
export const DOCUMENT_RULE_IDS = [
  'document-total-not-sum',
  'document-varav-exceeds',
  'document-net-not-parts',
  'document-sign-convention-changes',
  'document-verdict-differs',
  'document-footnote-missing',
  'document-section-empty',
  'document-variance-convention',
  'document-sign-convention-between-tables',
  'document-variance-uncommented',
] as const;
export type DocumentRuleId = (typeof DOCUMENT_RULE_IDS)[number];

/** One rule per kind of contradiction; the id is stable, for scripts that read the list. */
export const RULE_IDS = [...CHECK_RULE_IDS, ...DOCUMENT_RULE_IDS] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const RULE_NAMES: Readonly<Record<RuleId, string>> = {
  'verdict-contradicts-indicators': 'Bedömningen avviker från indikatorerna',
  'verdict-unsupported': 'Uppfyllt mål utan beräkningsbar indikator',
  'gender-parts-sum': 'Kvinnor och män summerar inte till totalen',
  'budget-over-frame': 'Budgeten överskrider ramen',
  'self-cost-not-zero': 'Självkostnadsenhet utan nollresultat',
  'bridge-unreconciled': 'Budgetbryggan går inte ihop',
  'economy-indicator-not-reproduced': 'Ekonomiindikatorn stämmer inte med ekonomin',
  'figure-differs-between-rounds': 'Samma uppgift olika vid två tillfällen',
  'text-count-denied': 'Antal i texten stämmer inte med uppgifterna',
  'text-period-mismatch': 'Texten nämner en annan period än tillfällets',
  'text-comparison-denied': 'Jämförelsen i texten stämmer inte med utfallet',
  'document-total-not-sum': 'Summan är inte summan av raderna',
  'document-varav-exceeds': 'Varav-raden stämmer inte med raden den ingår i',
  'document-net-not-parts': 'Nettot är inte intäkter och kostnader enligt tabellens teckenregel',
  'document-sign-convention-changes': 'Teckenregeln byts inom tabellen',
  'document-verdict-differs': 'Samma mål bedöms olika i dokumentet',
  'document-footnote-missing': 'Fotnotsmarkering utan fotnot',
  'document-section-empty': 'Avsnitt utan text',
  'document-variance-convention': 'Avvikelsen är räknad på annat sätt än tabellen anger',
  'document-sign-convention-between-tables': 'Teckenregeln skiljer sig mellan dokumentets tabeller',
  'document-variance-uncommented': 'Stor avvikelse utan kommentar',
};

export type { PlaceRecord };

export interface PlaceRound {
  readonly kind: RoundKind;
  readonly year: number;
  /** "Bokslut 2019". */
  readonly name: string;
}

export interface Place {
  /** The organisation unit's code ("VSS"). */
  readonly unit: string;
  /** The year the figure or verdict is for (an outcome for 2017 reported in 2019 says 2017). */
  readonly year: number;
  /** The round whose document shows it; null for what belongs to no round (a frame). */
  readonly round: PlaceRound | null;
  readonly record: PlaceRecord;
  /** What it is, in Swedish: "Total sjukfrånvaro, utfall 2017 (kvinnor)". */
  readonly label: string;
  /** The app's address of it: "/indikatorer/…". */
  readonly path: string;
}

export interface Finding {
  readonly ruleId: CheckRuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly place: Place;
  /** Where the records came from, as stored ("002:401-403"): the place's own first. */
  readonly provenance: readonly string[];
}

const severityRank = (severity: Severity) => SEVERITIES.indexOf(severity);
const roundRank = (round: PlaceRound | null) =>
  round === null ? '' : `${round.year}|${ROUND_KINDS.indexOf(round.kind)}`;

/** By severity, then place: unit, round, year, what it is; then rule, so the order never depends on loading. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareSwedish(a.place.unit, b.place.unit) ||
    roundRank(a.place.round).localeCompare(roundRank(b.place.round)) ||
    a.place.year - b.place.year ||
    compareSwedish(a.place.label, b.place.label) ||
    RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export interface RuleCount {
  readonly ruleId: RuleId;
  readonly name: string;
  readonly count: number;
}

/**
 * How many findings each rule of a check made, every such rule listed (a zero says the rule ran and found
 * nothing); the document rules do not run in a check and are not listed.
 */
export function countByRule(findings: readonly Finding[]): RuleCount[] {
  return CHECK_RULE_IDS.map((ruleId) => ({
    ruleId,
    name: RULE_NAMES[ruleId],
    count: findings.filter((finding) => finding.ruleId === ruleId).length,
  }));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return {
    fel: findings.filter((finding) => finding.severity === 'fel').length,
    varning: findings.filter((finding) => finding.severity === 'varning').length,
    notering: findings.filter((finding) => finding.severity === 'notering').length,
  };
}
