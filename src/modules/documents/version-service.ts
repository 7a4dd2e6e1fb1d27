/**
 * Use cases of document versions (docs/adr/0027-documents.md, "Versions"): a draft is the document generated now,
 * stored with its model and HTML; it goes for review, is approved – frozen, with its HTML and PDF rendered
 * from the reviewed model and their checksums – then the board's decision is recorded on it and it is
 * published. A stored version is always served from its snapshot, never rendered again, and its checksums are
 * checked whenever it is opened or compared.
 */
import { sql } from 'kysely';
import type { Capability } from '#core/actor.ts';
import type { DocumentBlock } from '#core/document.ts';
import { snakeCase } from '#core/entity.ts';
import { coreErrors, type DomainError } from '#core/errors.ts';
import type { RoundKind } from '#core/period.ts';
import { chartRenderer } from '#platform/charts/render-svg.ts';
import { write } from '#platform/context.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import { type PdfRenderer, pdfAvailable } from '#platform/pdf.ts';
import { sha256 } from '#platform/secrets.ts';
import { permits } from '../access/domain/index.ts';
import type { Ctx, Tx } from '../context.ts';
import { unitPath } from '../organisation/domain/index.ts';
import { getOrgUnit, listOrgUnits } from '../organisation/index.ts';
import { listRounds, type ReportingRound } from '../planning/index.ts';
import { buildDocument } from './document-service.ts';
import { openErrorCount } from './domain/approval-findings.ts';
import { compareModels, type VersionComparison } from './domain/compare.ts';
import type { DocumentModel, DocumentType } from './domain/document.ts';
import { DOCUMENT_TYPE_NAMES, renderDocumentHtml } from './domain/render-html.ts';
import { BUILTIN_TEMPLATES } from './domain/templates.ts';
import {
  approvedModel,
  canonicalJson,
  type Decision,
  decisionText,
  integrityWarning,
  isFrozen,
  missingSections,
  PREPARE_CAPABILITY,
  type SnapshotHashes,
  snapshotProblems,
  VERSION_STATES,
  type VersionAction,
  type VersionState,
  versionActionsFrom,
  versionTransition,
} from './domain/versions.ts';
import { draftFindingsFor } from './draft-findings.ts';
import { documentsErrors as errors } from './messages.sv.ts';
import { documentVersionEntity } from './model.ts';

type StoredVersion = ReturnType<typeof fromRow<typeof documentVersionEntity>>;

export interface VersionView {
  readonly id: string;
  readonly version: number;
  readonly number: number;
  readonly state: VersionState;
  /** "Verksamhetsberättelse 2019". */
  readonly title: string;
  readonly unit: { readonly id: string; readonly code: string; readonly name: string };
  readonly year: number;
  readonly documentType: DocumentType;
  readonly reportingRoundId: string | null;
  readonly period: string;
  readonly contentHash: string;
  readonly frozen: boolean;
  readonly hasPdf: boolean;
  readonly pdfMissing: string | null;
  readonly createdAt: string;
  readonly createdByName: string;
  readonly approvedAt: string | null;
  readonly approvedByName: string | null;
  readonly decision: (Decision & { readonly text: string }) | null;
  readonly publishedAt: string | null;
  /** What the signed-in user may do with it now. */
  readonly actions: VersionAction[];
  readonly mayDelete: boolean;
}

/** A version as opened: with the loud warning when its snapshot no longer matches its checksums. */
export type VersionDetail = VersionView & { readonly integrity: string | null };

export interface VersionList {
  readonly versions: VersionView[];
  /** Whether the signed-in user may create a draft version of this document. */
  readonly mayCreate: boolean;
}

/** The record's columns and its creation time: everything but the snapshot, for lists and moves. */
const RECORD_COLUMNS = [
  'id',
  'version',
  'created_at',
  ...documentVersionEntity.fieldNames.map((name) => snakeCase(name)),
] as const;

type Row = Record<string, unknown>;

async function findVersion(ctx: Pick<Ctx, 'db'>, id: string): Promise<{ record: StoredVersion; row: Row }> {
  const row = (await ctx.db
    .selectFrom('document_version')
    .select(RECORD_COLUMNS as unknown as 'id'[])
    .where('id', '=', id)
    .executeTakeFirst()) as Row | undefined;
  if (!row) {
    throw errors.version_not_found(id);
  }
  return { record: fromRow(documentVersionEntity, row), row };
}

interface Snapshot {
  readonly modelJson: string;
  readonly html: string;
  readonly pdf: Buffer | null;
}

async function readSnapshot(ctx: Pick<Ctx, 'db'>, id: string, withPdf: boolean): Promise<Snapshot> {
  const row = await ctx.db
    .selectFrom('document_version')
    .select(['model_json', 'html', withPdf ? 'pdf' : sql<null>`null`.as('pdf')])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    modelJson: row.model_json ?? 'null',
    html: row.html ?? '',
    pdf: row.pdf === null ? null : Buffer.from(row.pdf),
  };
}

/** What may be done on a unit in a year, by the actor's grants (a grant on a unit covers its subtree). */
async function mayOnUnit(
  ctx: Ctx,
  unitId: string,
  year: number,
): Promise<(capability: Capability) => boolean> {
  const path = unitPath(await listOrgUnits(ctx.db), unitId);
  return (capability) => permits(ctx.actor.grants, { capability, unitId, year }, path);
}

/** "Verksamhetsberättelse 2019". */
function versionTitle(record: StoredVersion): string {
  return `${DOCUMENT_TYPE_NAMES[record.documentType]} ${record.year}`;
}

function toView(
  record: StoredVersion,
  row: Row,
  unit: VersionView['unit'],
  may: (capability: Capability) => boolean,
): VersionView {
  const decision =
    record.decisionBody !== null && record.decisionParagraph !== null && record.decisionDate !== null
      ? { body: record.decisionBody, paragraph: record.decisionParagraph, date: record.decisionDate }
      : null;
  const createdAt = row.created_at instanceof Date ? row.created_at.toISOString() : String(row.created_at);
  return {
    id: record.id,
    version: record.version,
    number: record.number,
    state: record.state,
    title: versionTitle(record),
    unit,
    year: record.year,
    documentType: record.documentType,
    reportingRoundId: record.reportingRoundId,
    period: record.period,
    contentHash: record.contentHash,
    frozen: isFrozen(record.state),
    hasPdf: record.pdfHash !== null,
    pdfMissing: record.pdfMissing,
    createdAt,
    createdByName: record.createdByName,
    approvedAt: record.approvedAt,
    approvedByName: record.approvedByName,
    decision: decision && { ...decision, text: decisionText(decision) },
    publishedAt: record.publishedAt,
    actions: versionActionsFrom(record.state, may),
    mayDelete: !isFrozen(record.state) && may(PREPARE_CAPABILITY),
  };
}

async function viewOf(ctx: Ctx, record: StoredVersion, row: Row): Promise<VersionView> {
  const unit = await getOrgUnit(ctx, record.orgUnitId);
  const may = await mayOnUnit(ctx, unit.id, record.year);
  return toView(record, row, { id: unit.id, code: unit.code, name: unit.name }, may);
}

/** The versions of a unit's document of a type for a year (every round), newest first. */
export async function listVersions(
  ctx: Ctx,
  query: { unitId: string; year: number; type: DocumentType },
): Promise<VersionList> {
  const unit = await getOrgUnit(ctx, query.unitId);
  const may = await mayOnUnit(ctx, unit.id, query.year);
  const rows = (await ctx.db
    .selectFrom('document_version')
    .select(RECORD_COLUMNS as unknown as 'id'[])
    .where('org_unit_id', '=', unit.id)
    .where('year', '=', query.year)
    .where('document_type', '=', query.type)
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .execute()) as Row[];
  const summary = { id: unit.id, code: unit.code, name: unit.name };
  return {
    versions: rows.map((row) => toView(fromRow(documentVersionEntity, row), row, summary, may)),
    mayCreate: may(PREPARE_CAPABILITY),
  };
}

export async function getVersion(ctx: Ctx, id: string): Promise<VersionDetail> {
  const { record, row } = await findVersion(ctx, id);
  return { ...(await viewOf(ctx, record, row)), integrity: await checkSnapshot(ctx, record) };
}

/** The HTML of a version: its model rendered with its number and checksum printed in it. */
async function versionHtml(model: DocumentModel, number: number, checksum: string): Promise<string> {
  return renderDocumentHtml(model, {
    chartSvg: await chartRenderer(),
    version: { number, checksum },
  });
}

function storedHashes(record: StoredVersion): SnapshotHashes {
  return { model: record.contentHash, html: record.htmlHash, pdf: record.pdfHash };
}

/** The checksums of a snapshot as it is stored now. */
function hashesOf(snapshot: Snapshot): SnapshotHashes {
  let model: string;
  try {
    model = sha256(canonicalJson(JSON.parse(snapshot.modelJson)));
  } catch {
    // Not even JSON any more: certainly not what was stored.
    model = sha256(snapshot.modelJson);
  }
  return {
    model,
    html: sha256(snapshot.html),
    pdf: snapshot.pdf === null ? null : sha256(snapshot.pdf),
  };
}

/** The loud warning when the snapshot no longer matches its checksums, or null when it does. */
async function checkSnapshot(ctx: Pick<Ctx, 'db'>, record: StoredVersion): Promise<string | null> {
  const snapshot = await readSnapshot(ctx, record.id, record.pdfHash !== null);
  return integrityWarning(record.number, snapshotProblems(storedHashes(record), hashesOf(snapshot)));
}

/**
 * Stores a model as a new draft version of its document: the next number, its checksum, and its HTML. The
 * route's draft is the document generated now; tests and later slices may hand in a model of their own.
 */
export async function saveDraftVersion(ctx: Ctx, model: DocumentModel): Promise<VersionDetail> {
  const { meta } = model;
  const may = await mayOnUnit(ctx, meta.unit.id, meta.year);
  if (!may(PREPARE_CAPABILITY)) {
    throw coreErrors.forbidden();
  }
  const id = await write(ctx, async (tx) => {
    const last = await tx.db
      .selectFrom('document_version')
      .select((eb) => eb.fn.max('number').as('max'))
      .where('org_unit_id', '=', meta.unit.id)
      .where('year', '=', meta.year)
      .where('document_type', '=', meta.type)
      .where((eb) =>
        meta.roundId === null
          ? eb('reporting_round_id', 'is', null)
          : eb('reporting_round_id', '=', meta.roundId),
      )
      .executeTakeFirst();
    const number = Number(last?.max ?? 0) + 1;
    const modelJson = canonicalJson(model);
    const contentHash = sha256(modelJson);
    const html = await versionHtml(model, number, contentHash);
    const created = await tx.insert(documentVersionEntity, {
      orgUnitId: meta.unit.id,
      year: meta.year,
      documentType: meta.type,
      reportingRoundId: meta.roundId,
      number,
      period: meta.period,
      state: 'draft',
      contentHash,
      htmlHash: sha256(html),
      pdfHash: null,
      pdfMissing: null,
      createdByName: ctx.actor.name,
      approvedAt: null,
      approvedByName: null,
      decisionBody: null,
      decisionParagraph: null,
      decisionDate: null,
      publishedAt: null,
    });
    await storeSnapshot(tx, created.id, { modelJson, html, pdf: null });
    return created.id;
  });
  return getVersion(ctx, id);
}

/** Writes a snapshot into its row: only while the version is not frozen (the trigger refuses it after). */
async function storeSnapshot(tx: Tx, id: string, snapshot: Snapshot): Promise<void> {
  await tx.db
    .updateTable('document_version')
    .set({ model_json: snapshot.modelJson, html: snapshot.html, pdf: snapshot.pdf })
    .where('id', '=', id)
    .execute();
}

/** A draft of the unit's document as it is generated now (the route's "Skapa ny version"). */
export async function createDraftVersion(
  ctx: Ctx,
  request: { unitId: string; year: number; type: DocumentType; roundId?: string | undefined },
): Promise<VersionDetail> {
  const unit = await getOrgUnit(ctx, request.unitId);
  if (!(await mayOnUnit(ctx, unit.id, request.year))(PREPARE_CAPABILITY)) {
    throw coreErrors.forbidden();
  }
  return saveDraftVersion(ctx, await buildDocument(ctx, { ...request, unitId: unit.id }));
}

/** The frozen files of an approved version: HTML always, a PDF when Chromium is there and prints it. */
async function freeze(
  model: DocumentModel,
  number: number,
  pdf: PdfRenderer,
): Promise<Snapshot & { contentHash: string; pdfMissing: string | null }> {
  const frozen = approvedModel(model);
  const modelJson = canonicalJson(frozen);
  const contentHash = sha256(modelJson);
  const html = await versionHtml(frozen, number, contentHash);
  if (!pdfAvailable(pdf)) {
    return {
      modelJson,
      html,
      pdf: null,
      contentHash,
      pdfMissing: `Chromium finns inte på servern (${pdf.executablePath}); versionen sparades som HTML`,
    };
  }
  try {
    return { modelJson, html, pdf: await pdf.render(html), contentHash, pdfMissing: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      modelJson,
      html,
      pdf: null,
      contentHash,
      pdfMissing: `utskriften till PDF misslyckades: ${reason}; versionen sparades som HTML`,
    };
  }
}

export interface VersionActionInput {
  readonly action: VersionAction;
  readonly version: number;
  readonly decisionBody: string | null;
  readonly decisionParagraph: string | null;
  readonly decisionDate: string | null;
}

/** The decision given with "decide" (all three parts), or null with any other action (none of them). */
function decisionOf(input: VersionActionInput): Decision | null {
  const given = {
    decisionBody: input.decisionBody,
    decisionParagraph: input.decisionParagraph,
    decisionDate: input.decisionDate,
  };
  const missing = (Object.keys(given) as (keyof typeof given)[]).filter((key) => given[key] === null);
  if (input.action !== 'decide') {
    if (missing.length < 3) {
      throw errors.decision_unexpected(input.action);
    }
    return null;
  }
  if (missing.length > 0) {
    throw errors.decision_required(missing);
  }
  return {
    body: input.decisionBody as string,
    paragraph: (input.decisionParagraph as string).replace(/^§\s*/, ''),
    date: input.decisionDate as string,
  };
}

/**
 * The refusal of an approval while the consistency checks hold a "fel" neither resolved nor acknowledged
 * (issue 9 item 3, docs/adr/0017-consistency-checks.md), or null: asked as a draft asks for its findings –
 * the unit's check of the version's year and round kind, and the rules over the content to be frozen. Null
 * too when no module provides findings (documents without consistency). Only when something is open is the
 * unit's check asked again alone, to say which errors are on Kontroller and which are the document's own.
 */
async function openErrorsRefusal(
  ctx: Ctx,
  record: StoredVersion,
  model: DocumentModel,
): Promise<DomainError | null> {
  const request = {
    unitId: record.orgUnitId,
    year: record.year,
    roundId: record.reportingRoundId,
    roundKind: roundKindOf(record, await listRounds(ctx.db)),
  };
  const found = await draftFindingsFor(ctx, {
    ...request,
    content: { type: record.documentType, blocks: model.blocks },
  });
  const open = found === null ? 0 : openErrorCount(found.findings);
  if (open === 0) {
    return null;
  }
  const ofUnitCheck = await draftFindingsFor(ctx, request);
  const ofUnit = Math.min(open, ofUnitCheck === null ? 0 : openErrorCount(ofUnitCheck.findings));
  const unit = await getOrgUnit(ctx, record.orgUnitId);
  return errors.approval_blocked(
    record.number,
    { ofUnit, ofDocument: open - ofUnit },
    unit.name,
    record.period,
  );
}

/** The kind of round a version reports: its round's, or its type's (a budget has no round). */
function roundKindOf(record: StoredVersion, rounds: readonly ReportingRound[]): RoundKind {
  const round = rounds.find((candidate) => candidate.id === record.reportingRoundId);
  return round?.kind ?? BUILTIN_TEMPLATES[record.documentType].roundKind;
}

/** A version not yet frozen as the consistency checks read it: what its approval would freeze. */
export interface VersionContent {
  readonly id: string;
  readonly number: number;
  readonly state: VersionState;
  /** "Verksamhetsberättelse 2019". */
  readonly title: string;
  readonly documentType: DocumentType;
  readonly unitId: string;
  readonly year: number;
  readonly roundKind: RoundKind;
  readonly period: string;
  /** The snapshot's blocks with the draft's findings taken out, as approval reads them. */
  readonly blocks: readonly DocumentBlock[];
}

/**
 * The versions of a unit's documents for a year that are not yet frozen – drafts and those in review, the
 * ones an approval may still be refused – oldest first, with their content as their approval would read it;
 * or only the one with `id`. Read by the consistency checks, which list and acknowledge their own errors.
 */
export async function unfrozenVersionContents(
  ctx: Pick<Ctx, 'db'>,
  query: { unitId: string; year: number; id?: string },
): Promise<VersionContent[]> {
  let select = ctx.db
    .selectFrom('document_version')
    .select(RECORD_COLUMNS as unknown as 'id'[])
    .where('org_unit_id', '=', query.unitId)
    .where('year', '=', query.year)
    .where(
      'state',
      'in',
      VERSION_STATES.filter((state) => !isFrozen(state)),
    );
  if (query.id !== undefined) {
    select = select.where('id', '=', query.id);
  }
  const rows = (await select.orderBy('created_at').orderBy('number').execute()) as Row[];
  const rounds = await listRounds(ctx.db);
  const contents: VersionContent[] = [];
  for (const row of rows) {
    const record = fromRow(documentVersionEntity, row);
    const model = parsedModel((await readSnapshot(ctx, record.id, false)).modelJson);
    if (model === null) {
      // Not even JSON any more: its approval is refused for its checksum, and nothing in it can be read.
      continue;
    }
    contents.push({
      id: record.id,
      number: record.number,
      state: record.state,
      title: versionTitle(record),
      documentType: record.documentType,
      unitId: record.orgUnitId,
      year: record.year,
      roundKind: roundKindOf(record, rounds),
      period: record.period,
      blocks: approvedModel(model).blocks,
    });
  }
  return contents;
}

function parsedModel(json: string): DocumentModel | null {
  try {
    return JSON.parse(json) as DocumentModel;
  } catch {
    return null;
  }
}

/**
 * Moves a version on: the action must lead somewhere from its state, the actor must hold the action's
 * capability on the unit in the year, and `version` is the record's as read, so two people cannot both move
 * it. Approval freezes the reviewed model, refused while it holds a draft's placeholders, when its snapshot
 * no longer matches its checksum, or while the checks of its unit, year and round – or of its own content –
 * hold a "fel" neither resolved nor acknowledged; the decision is recorded with "decide".
 */
export async function actOnVersion(
  ctx: Ctx,
  pdf: PdfRenderer,
  id: string,
  input: VersionActionInput,
): Promise<VersionDetail> {
  const { record } = await findVersion(ctx, id);
  const transition = versionTransition(input.action);
  if (record.state !== transition.from) {
    throw isFrozen(record.state) && !isFrozen(transition.to)
      ? errors.version_frozen(record.number, record.state)
      : errors.action_not_allowed(input.action, record.state);
  }
  const may = await mayOnUnit(ctx, record.orgUnitId, record.year);
  if (!may(transition.capability)) {
    throw coreErrors.forbidden();
  }
  const decision = decisionOf(input);
  if (input.version !== record.version) {
    // The write path names who changed it and when.
    await write(ctx, (tx) => tx.update(documentVersionEntity, record, input.version, {}));
  }
  const now = new Date().toISOString();
  if (input.action === 'approve') {
    const snapshot = await readSnapshot(ctx, record.id, false);
    const warning = integrityWarning(
      record.number,
      snapshotProblems(storedHashes(record), hashesOf(snapshot)),
    );
    if (warning !== null) {
      throw errors.snapshot_mismatch(warning);
    }
    const model = JSON.parse(snapshot.modelJson) as DocumentModel;
    const missing = missingSections(model);
    if (missing.length > 0) {
      throw errors.placeholders(record.number, missing);
    }
    // The content to be frozen is what the document's own rules read: the draft's findings taken out.
    const refusal = await openErrorsRefusal(ctx, record, approvedModel(model));
    if (refusal !== null) {
      throw refusal;
    }
    // Printed before the transaction: Chromium takes a second or two, the transaction none of it.
    const frozen = await freeze(model, record.number, pdf);
    await write(ctx, async (tx) => {
      await storeSnapshot(tx, record.id, frozen);
      await tx.update(documentVersionEntity, record, input.version, {
        state: transition.to,
        contentHash: frozen.contentHash,
        htmlHash: sha256(frozen.html),
        pdfHash: frozen.pdf === null ? null : sha256(frozen.pdf),
        pdfMissing: frozen.pdfMissing,
        approvedAt: now,
        approvedByName: ctx.actor.name,
      });
    });
  } else {
    await write(ctx, (tx) =>
      tx.update(documentVersionEntity, record, input.version, {
        state: transition.to,
        ...(decision
          ? {
              decisionBody: decision.body,
              decisionParagraph: decision.paragraph,
              decisionDate: decision.date,
            }
          : {}),
        ...(input.action === 'publish' ? { publishedAt: now } : {}),
      }),
    );
  }
  return getVersion(ctx, id);
}

/** Deletes a draft or a version in review; a frozen version never (nor does the database let it go). */
export async function deleteVersion(ctx: Ctx, id: string, version: number): Promise<void> {
  const { record } = await findVersion(ctx, id);
  if (isFrozen(record.state)) {
    throw errors.version_frozen(record.number, record.state);
  }
  const may = await mayOnUnit(ctx, record.orgUnitId, record.year);
  if (!may(PREPARE_CAPABILITY)) {
    throw coreErrors.forbidden();
  }
  await write(ctx, (tx) => tx.remove(documentVersionEntity, record, version));
}

export interface VersionFile {
  readonly name: string;
  readonly asciiName: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
  /** The loud warning when the snapshot does not match its checksums. */
  readonly integrity: string | null;
}

const ASCII_TYPE: Readonly<Record<DocumentType, string>> = {
  annual: 'verksamhetsberattelse',
  interim: 'delarsrapport',
  budget: 'forvaltningsbudget',
  internalControlPlan: 'internkontrollplan',
  municipal: 'kommunovergripande-sammanstallning',
};

/** The alert a version that fails its check opens with, before anything else on the page. */
function withWarning(html: string, warning: string): string {
  const escaped = warning.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const alert =
    '<div role="alert" class="integrity-alert" style="border:4px solid #b00020;padding:1em;margin:1em 0;' +
    `font-size:1.2em;background:#fff4f4"><strong>${escaped}</strong></div>`;
  return html.replace('<body>', `<body>\n${alert}`);
}

/**
 * A version's file as stored – never rendered again. The HTML of a version that fails its check opens with
 * the warning; its PDF is refused, since a PDF cannot carry the warning.
 */
export async function versionFile(ctx: Ctx, id: string, format: 'html' | 'pdf'): Promise<VersionFile> {
  const { record } = await findVersion(ctx, id);
  const snapshot = await readSnapshot(ctx, id, record.pdfHash !== null || format === 'pdf');
  const warning = integrityWarning(record.number, snapshotProblems(storedHashes(record), hashesOf(snapshot)));
  const unit = await getOrgUnit(ctx, record.orgUnitId);
  const base = `${DOCUMENT_TYPE_NAMES[record.documentType]} ${record.year} ${unit.code} version ${record.number}`;
  const asciiBase = `${ASCII_TYPE[record.documentType]}-${record.year}-${unit.code.replace(/[^A-Za-z0-9-]+/g, '-')}-version-${record.number}`;
  if (format === 'pdf') {
    if (snapshot.pdf === null) {
      throw errors.pdf_missing(record.number, record.pdfMissing);
    }
    if (warning !== null) {
      throw errors.snapshot_mismatch(warning);
    }
    return {
      name: `${base}.pdf`,
      asciiName: `${asciiBase}.pdf`,
      mediaType: 'application/pdf',
      bytes: snapshot.pdf,
      integrity: null,
    };
  }
  return {
    name: `${base}.html`,
    asciiName: `${asciiBase}.html`,
    mediaType: 'text/html; charset=utf-8',
    bytes: Buffer.from(warning === null ? snapshot.html : withWarning(snapshot.html, warning)),
    integrity: warning,
  };
}

export interface VersionComparisonView extends VersionComparison {
  readonly before: VersionDetail;
  readonly after: VersionDetail;
}

/** Two versions compared from their stored models (the earlier one first, whichever order they were asked in). */
export async function compareVersions(
  ctx: Ctx,
  first: string,
  second: string,
): Promise<VersionComparisonView> {
  const [a, b] = await Promise.all([getVersion(ctx, first), getVersion(ctx, second)]);
  const [before, after] =
    a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.number <= b.number) ? [a, b] : [b, a];
  const [modelBefore, modelAfter] = await Promise.all(
    [before, after].map(async (view) => {
      const snapshot = await readSnapshot(ctx, view.id, false);
      return JSON.parse(snapshot.modelJson) as DocumentModel;
    }),
  );
  return { ...compareModels(modelBefore as DocumentModel, modelAfter as DocumentModel), before, after };
}
