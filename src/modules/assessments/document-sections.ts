/**
 * The assessments module's sections of a document (docs/adr/0027-documents.md): the goal-fulfilment summary
 * (002:71-82, a row per goal with its verdict in words) and the målredovisning (002:193-290, per goal its
 * verdict, the basis and the results), in goal-area order, for the document's round.
 */
import { about, type DocumentBlock, heading, paragraph, tableBlock } from '#core/document.ts';
import { type RichTextBlock, richTextToBlocks } from '#core/rich-text.ts';
import { cell, type TableModel } from '#core/table.ts';
import type { Ctx } from '../context.ts';
import { type Goal, listGoalAreas, listMunicipalGoals, loadUnitRound } from '../goals/index.ts';
import type { DocumentSectionGenerator, DocumentSectionRequest } from '../module-definition.ts';
import { type GoalAssessment, listUnitAssessments } from './assessment-service.ts';
import { VERDICT_LABELS } from './domain/verdict.ts';

interface AssessedGoal {
  readonly goal: Goal;
  readonly area: string | null;
  readonly assessed: GoalAssessment;
}

/**
 * The goal areas and municipal goals that order the goals, kept until the next save: the municipality-wide
 * compilation asks for them twice for each of its fifty-odd units.
 */
const goalOrder = (ctx: Ctx) =>
  ctx.cache.get('assessments.documentGoalOrder', async () => {
    const [areas, municipalGoals] = await Promise.all([
      listGoalAreas(ctx.db),
      listMunicipalGoals(ctx.db, { includeRetired: true }),
    ]);
    return { areas, municipalGoals };
  });

/**
 * The unit's current goals with their assessments in the round, by goal area, municipal goal and goal; kept
 * until the next save, since a document's summary and its målredovisning both print them. Read, never
 * changed, by those who share them.
 */
function assessedGoals(ctx: Ctx, request: DocumentSectionRequest): Promise<AssessedGoal[]> {
  const { roundId } = request;
  if (roundId === null) {
    return Promise.resolve([]);
  }
  return ctx.cache.get(`assessments.assessedGoals|${request.unitId}|${request.year}|${roundId}`, () =>
    loadAssessedGoals(ctx, { orgUnit: request.unitId, year: request.year, round: roundId }),
  );
}

async function loadAssessedGoals(
  ctx: Ctx,
  query: { orgUnit: string; year: number; round: string },
): Promise<AssessedGoal[]> {
  const assessments = await listUnitAssessments(ctx, query);
  const { goals } = await loadUnitRound(ctx, query);
  const { areas, municipalGoals } = await goalOrder(ctx);
  const placed = assessments.flatMap((assessed) => {
    const goal = goals.find((candidate) => candidate.id === assessed.goalId);
    const municipal = municipalGoals.find((candidate) => candidate.id === goal?.municipalGoalId);
    const area = areas.find((candidate) => candidate.id === municipal?.goalAreaId);
    const order: [number, number, number] = [
      area?.sortOrder ?? Number.MAX_SAFE_INTEGER,
      municipal?.sortOrder ?? 0,
      goal?.sortOrder ?? 0,
    ];
    return goal ? [{ goal, area: area?.name ?? null, assessed, order }] : [];
  });
  return placed
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2])
    .map(({ goal, area, assessed }) => ({ goal, area, assessed }));
}

const verdictText = (assessed: GoalAssessment) =>
  VERDICT_LABELS[assessed.assessment?.verdict ?? 'notAssessed'];

function summaryTable(goals: readonly AssessedGoal[]): TableModel {
  const areas = [...new Set(goals.map((goal) => goal.area))];
  return {
    key: 'goal-fulfilment',
    caption: 'Måluppfyllelse: Förvaltningsmål',
    groupLabel: 'Målområde',
    columns: [
      { key: 'goal', label: 'Förvaltningsmål', align: 'start' },
      { key: 'verdict', label: 'Bedömning', align: 'start' },
    ],
    groups: areas.map((area) => ({
      key: area ?? 'none',
      heading: area ?? 'Utan målområde',
      description: null,
      note: null,
      ref: null,
      rows: goals
        .filter((goal) => goal.area === area)
        .map(({ goal, assessed }) => ({
          key: goal.id,
          depth: 0,
          role: 'row' as const,
          header: cell(goal.name, { ref: { kind: 'goal', id: goal.id } }),
          cells: [cell(verdictText(assessed), { kind: 'status' })],
          ref: { kind: 'goal', id: goal.id },
        })),
    })),
    footnotes: [],
  };
}

export const goalSummarySection: DocumentSectionGenerator = {
  name: 'assessments.goalSummary',
  label: 'Måluppfyllelse per förvaltningsmål',
  async generate(ctx, request) {
    const goals = await assessedGoals(ctx, request);
    // Each goal's verdict is printed in a row: a draft may say beside the table what the checks found.
    const subjects = goals.map(({ goal }) => ({ kind: 'goal' as const, id: goal.id }));
    return goals.length === 0 ? [] : [about(tableBlock(summaryTable(goals)), subjects)];
  },
};

/** The results as a bulleted list, as 002 prints them under each goal. */
function resultList(results: readonly string[]): RichTextBlock[] {
  if (results.length === 0) {
    return [];
  }
  const run = (text: string) => ({ text, bold: false, italic: false, href: null });
  return [{ type: 'bulletList', items: results.map((text) => ({ runs: [run(text)], lists: [] })) }];
}

function goalBlocks({ goal, assessed }: AssessedGoal): DocumentBlock[] {
  const basis = richTextToBlocks(assessed.assessment?.basis ?? null);
  const results = resultList(assessed.assessment?.results ?? []);
  // The goal's heading, verdict, basis and results are all its assessment: a draft's findings follow them.
  const subjects = [{ kind: 'goal' as const, id: goal.id }];
  return [
    about(heading(1, goal.name), subjects),
    about(paragraph(verdictText(assessed), 'Bedömning'), subjects),
    ...(basis.length > 0 ? [about({ kind: 'richText' as const, blocks: basis }, subjects)] : []),
    ...(results.length > 0 ? [about({ kind: 'richText' as const, blocks: results }, subjects)] : []),
  ];
}

export const goalAssessmentsSection: DocumentSectionGenerator = {
  name: 'assessments.goalAssessments',
  label: 'Målredovisning: bedömning per förvaltningsmål',
  async generate(ctx, request) {
    return (await assessedGoals(ctx, request)).flatMap(goalBlocks);
  },
};
