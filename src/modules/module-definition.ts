/**
 * A module's manifest: everything it adds to Verksam, declared in one place – its migrations, routes, the
 * messages of its database constraints, and (later) its data-package sections. The registry lists the
 * manifests in dependency order; removing a feature means deleting its folder and its line there.
 */

import type { DocumentBlock, DraftFindings } from '#core/document.ts';
import type { AnyEntity } from '#core/entity.ts';
import type { RoundKind } from '#core/period.ts';
import type { MigrationDefinition } from '#platform/db/migrations.ts';
import type { ConstraintError } from '#platform/db/sql-errors.ts';
import type { HousekeepingTask } from '#platform/housekeeping.ts';
import type { ApiApp } from '#platform/http/create-app.ts';
import type { HttpPlatform } from '#platform/http/operations.ts';
import type { JobRun } from '#platform/jobs.ts';
import type { Ctx, Tx } from './context.ts';
import type { Database } from './database.ts';
import type { IndicatorComputation } from './goals/index.ts';
import type { ModulePolicy } from './module-policy.ts';
import type { AnySection } from './package-section.ts';
import type { ApprovalCheck } from './reporting/index.ts';

/** Does a job's work as the user who started it; returns its result (JSON). */
export type ModuleJobHandler = (ctx: Ctx, run: JobRun) => Promise<unknown>;

/** Registers a module's operations on the API. */
export type RouteRegistrar = (app: ApiApp, platform: HttpPlatform<Database>) => void;

/** The year a rollover starts from and the year it starts (always the next). */
export interface RolloverYears {
  readonly fromYear: number;
  readonly toYear: number;
}

/** What a rollover step wrote: enough to undo it exactly (docs/adr/0024-year-rollover-and-successions.md). */
export interface RolloverStepResult {
  /** New records, in the order created (an undo deletes them in the reverse order: children first). */
  readonly created: Array<{ readonly table: string; readonly id: string }>;
  /** Changed records, with the fields the step changed as they were before (an undo writes them back). */
  readonly changed: Array<{
    readonly table: string;
    readonly id: string;
    readonly before: Record<string, unknown>;
  }>;
}

/** A module's part of starting the next year ("Nytt år"): the rollover module runs them in module order. */
export interface YearRolloverStep {
  readonly name: string;
  /** Swedish, shown as the step's progress: "Uppföljningstillfällen". */
  readonly label: string;
  /** The entities of every table the step creates or changes records in, so that an undo can reach them. */
  readonly entities: readonly AnyEntity[];
  /** What the step would do, written nowhere: a count and a Swedish summary. */
  preview(ctx: Ctx, years: RolloverYears): Promise<{ count: number; summary: string }>;
  /** Does it, in the rollover's one transaction, through the write path. */
  run(tx: Tx, years: RolloverYears): Promise<RolloverStepResult>;
}

/** What one section of a document is generated for (docs/adr/0027-documents.md). */
export interface DocumentSectionRequest {
  readonly unitId: string;
  /**
   * The unit the whole document is for: `unitId` (when not given) or a unit above it (a compilation's board
   * parts). A section may read its data for this unit's subtree at once, so that its sections share one read.
   */
  readonly documentUnitId?: string;
  readonly year: number;
  /** The round the document reports (Delår augusti, Bokslut); null for a year without rounds. */
  readonly roundId: string | null;
  /** The template's options for the section ("unit": "tkr"), as data. */
  readonly options: Readonly<Record<string, string | number | boolean>>;
}

/** One option of a generated section: what the editor shows and the values a template may give it. */
export interface SectionOptionSpec {
  /** Swedish: "Enhet". */
  readonly label: string;
  readonly choices: readonly { readonly value: string | number | boolean; readonly label: string }[];
  /** What the generator uses when a template leaves the option out. */
  readonly default: string | number | boolean;
}

/** The unit of a generated table of amounts, as every economy and investment table offers it. */
export const AMOUNT_UNIT_OPTION: SectionOptionSpec = {
  label: 'Enhet',
  choices: [
    { value: 'kr', label: 'kr' },
    { value: 'tkr', label: 'tkr' },
    { value: 'mnkr', label: 'mnkr' },
  ],
  default: 'tkr',
};

/** How many plan years after the budget year a budget table prints (000:302-319 prints five). */
export const PLAN_YEARS_OPTION: SectionOptionSpec = {
  label: 'Planår efter budgetåret',
  choices: [0, 1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })),
  default: 5,
};

/**
 * A module's generated section of a document ("economy.operatingStatement"): its blocks, with headings
 * relative to the section's own (1 = just under it). Nothing (an empty list) when there is no data: the
 * template then says so in the document.
 */
export interface DocumentSectionGenerator {
  readonly name: string;
  /** Swedish, for the template editor: "Driftsammandrag". */
  readonly label: string;
  /** The options a template may set, by name ("unit"); the editor offers them and a template is checked against them. */
  readonly options?: Readonly<Record<string, SectionOptionSpec>>;
  generate(ctx: Ctx, request: DocumentSectionRequest): Promise<DocumentBlock[]>;
}

/** Whose findings a draft document shows: its unit's, in its year, of the kind of round it reports. */
export interface DraftFindingsRequest {
  readonly unitId: string;
  readonly year: number;
  /** The document's round; a finding about another round's record is not placed beside this one's. */
  readonly roundId: string | null;
  readonly roundKind: RoundKind;
  /**
   * The document as assembled – its type ("annual") and blocks – for the rules over a document's own content
   * (its tables, its sections); their findings are keyed by the type, so an acknowledgement finds them again.
   */
  readonly content?: { readonly type: string; readonly blocks: readonly DocumentBlock[] };
}

/**
 * What the checks found that a draft document shows, beside the places it prints and in a list (consistency,
 * issue 9). Handed to the documents module by the registry: documents come before consistency.
 */
export type DraftFindingsProvider = (ctx: Ctx, request: DraftFindingsRequest) => Promise<DraftFindings>;

export interface ModuleDefinition {
  readonly name: string;
  /** The modules whose public surfaces (index.ts, contract.ts, domain/index.ts, ui/index.ts) this one may import. */
  readonly dependsOn: readonly string[];
  readonly migrations: readonly MigrationDefinition[];
  readonly routes?: RouteRegistrar;
  /** Swedish messages for the unique and other constraints of the module's tables, by constraint name. */
  readonly constraintErrors?: Readonly<Record<string, ConstraintError>>;
  /** The module's lists in the data package, each after the lists it refers to. */
  readonly packageSections?: readonly AnySection[];
  /** The kinds of job the module runs ("dataPackage.import"), with their work. */
  readonly jobHandlers?: Readonly<Record<string, ModuleJobHandler>>;
  /** Who may do what: operations that ask more than the default, and who may write each of its tables. */
  readonly policy?: ModulePolicy;
  /** Indicators the module's data computes ("economy.budgetVariance"), offered to the goal tables. */
  readonly indicatorComputations?: readonly IndicatorComputation[];
  /** The module's part of starting the next year, when it has records that carry over. */
  readonly yearRollover?: YearRolloverStep;
  /**
   * What must hold before a unit's part of a round is approved (consistency: no open "fel"): each check
   * gives the Swedish refusal, or null. Handed to the reporting module by the registry.
   */
  readonly approvalChecks?: readonly ApprovalCheck[];
  /** The sections of documents the module's data generates, handed to the documents module by the registry. */
  readonly documentSections?: readonly DocumentSectionGenerator[];
  /** The findings a draft document shows, handed to the documents module by the registry. */
  readonly draftFindings?: DraftFindingsProvider;
  /** What the server clears away every hour: records of the module's past their time (platform/housekeeping.ts). */
  readonly housekeeping?: readonly HousekeepingTask[];
}
