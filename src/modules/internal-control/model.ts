/**
 * What the internal-control module stores: the municipality's scales (internal_control_settings), each
 * unit's risk analyses of a year with their risks, the controls (kontrollmoment) of the internal control
 * plan – a unit's own, or common ones that every unit of its subtree reports –, each unit's result of a
 * control in a reporting round, and the actions a result needing them has (docs/adr/0025-internal-control.md).
 * Each definition is the one place its fields are written; row types, API schemas and package records are
 * derived from it.
 */
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import {
  dateField,
  idField,
  intField,
  optionalLine,
  optionalText,
  requiredText,
  richText,
  sortOrderField,
  yearField,
} from '#core/validation.ts';
import { ACTION_STATUSES, CONTROL_FREQUENCIES } from './domain/control.ts';
import { ANALYSIS_SOURCES, RISK_RESPONSES } from './domain/risk.ts';

/** Where a record comes from: a seed document and line ("002:327"), a decision, a system. Not shown to readers. */
const sourceField = optionalLine(500).default(null);

/**
 * The municipality's scales, one row: the probability and consequence scales, the bands of risk values
 * (parallel lists: band i runs bandMin[i]–bandMax[i], is called bandLabel[i] and drawn in bandColour[i])
 * and the result scale (resultKey[i] is called resultLabel[i] and needs action when resultNeedsAction[i]).
 * The API speaks of bands and levels; lists of scalars are what both engines store alike.
 */
export const settingsEntity = defineEntity({
  table: 'internal_control_settings',
  name: 'InternalControlSettings',
  label: 'Internkontrollens inställningar',
  fields: {
    probabilityMax: intField(2, 10),
    consequenceMax: intField(2, 10),
    bandMin: z.array(intField(1, 100)).max(10),
    bandMax: z.array(intField(1, 100)).max(10),
    bandLabel: z.array(requiredText(40)).max(10),
    bandColour: z.array(requiredText(7)).max(10),
    resultKey: z.array(requiredText(40)).max(10),
    resultLabel: z.array(requiredText(80)).max(10),
    resultNeedsAction: z.array(z.boolean()).max(10),
  },
});

export const analysisEntity = defineEntity({
  table: 'risk_analysis',
  name: 'RiskAnalysis',
  label: 'Riskanalysen',
  fields: {
    orgUnitId: idField,
    year: yearField,
    date: dateField,
    participants: optionalText(2000).default(null),
    /** What was considered: mål, uppdrag, lagar, styrdokument, processer (001:1231). */
    considered: z.array(z.enum(ANALYSIS_SOURCES)).max(ANALYSIS_SOURCES.length).default([]),
    consideredOther: optionalText(2000).default(null),
    source: sourceField,
  },
  immutable: ['orgUnitId', 'year'],
});

export const riskEntity = defineEntity({
  table: 'risk',
  name: 'Risk',
  label: 'Risken',
  fields: {
    analysisId: idField,
    process: requiredText(300),
    description: requiredText(4000),
    probability: intField(1, 10),
    consequence: intField(1, 10),
    response: z.enum(RISK_RESPONSES),
    /** The unit above that an escalated risk is reported to; it sees the risk in its own matrix. */
    escalatedToUnitId: idField.nullable().default(null),
    source: sourceField,
  },
  immutable: ['analysisId'],
});

export const controlEntity = defineEntity({
  table: 'control',
  name: 'Control',
  label: 'Kontrollmomentet',
  fields: {
    orgUnitId: idField,
    year: yearField,
    /** The kontrollmoment: "Beslutsattester". */
    title: requiredText(300),
    /** What is checked. */
    checked: optionalText(4000).default(null),
    method: optionalText(2000).default(null),
    sample: optionalLine(300).default(null),
    frequency: z.enum(CONTROL_FREQUENCIES).nullable().default(null),
    /** Who is responsible, as the plan writes it ("Enhetschef Ekonomiservice"). */
    responsible: optionalLine(200).default(null),
    /** The rounds it reports in; none listed: every follow-up round of the year. */
    reportingRoundIds: z.array(idField).max(10).default([]),
    riskId: idField.nullable().default(null),
    /** Kommungemensamt: every unit of the subtree valid that year reports its own result. */
    common: z.boolean().default(false),
    /** "Får kvarstå": the control continues into next year. */
    carryForward: z.boolean().default(false),
    /** The control of the year before that this one continues. */
    previousControlId: idField.nullable().default(null),
    sortOrder: sortOrderField.default(0),
    source: sourceField,
  },
  autoFilled: ['sortOrder'],
  immutable: ['orgUnitId', 'year', 'previousControlId'],
});

export const resultEntity = defineEntity({
  table: 'control_result',
  name: 'ControlResult',
  label: 'Kontrollens resultat',
  fields: {
    controlId: idField,
    reportingRoundId: idField,
    /** The unit whose result it is: for a common control, each unit of the subtree reports its own. */
    orgUnitId: idField,
    /** A key of the municipality's result scale ("partlySatisfactory"). */
    result: requiredText(40),
    findings: richText(8000).default(null),
    sampleSize: intField(0, 1_000_000).nullable().default(null),
    deviations: intField(0, 1_000_000).nullable().default(null),
    /** The unit above that the result is escalated to; it sees the result in its overview and follow-up. */
    escalatedToUnitId: idField.nullable().default(null),
    source: sourceField,
  },
  immutable: ['controlId', 'reportingRoundId', 'orgUnitId'],
});

export const actionEntity = defineEntity({
  table: 'control_action',
  name: 'ControlAction',
  label: 'Åtgärden',
  fields: {
    resultId: idField,
    what: requiredText(2000),
    owner: requiredText(200),
    deadline: dateField,
    status: z.enum(ACTION_STATUSES).default('open'),
    closedDate: dateField.nullable().default(null),
    source: sourceField,
  },
  immutable: ['resultId'],
});
