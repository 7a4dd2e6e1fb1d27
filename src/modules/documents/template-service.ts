/**
 * The templates documents are made from (docs/adr/0029-stored-templates.md): per document type the newest
 * saved version, or the one Verksam ships while none is saved. Central staff save a new version from the
 * page Dokumentmallar; a version is never changed or removed, so every document can say which template made
 * it and an older version can be brought back by saving it again as the newest.
 */
import { write } from '#platform/context.ts';
import type { Ctx, Tx } from '../context.ts';
import { mayRun } from '../module-policy.ts';
import { ORG_UNIT_KIND_LABELS } from '../organisation/domain/index.ts';
import type { TemplateDetail } from './contract.ts';
import {
  DOCUMENT_TYPE_NAMES,
  DOCUMENT_TYPES,
  type DocumentType,
  TEXT_SECTION_GENERATOR,
} from './domain/index.ts';
import { type TemplateCatalogue, templateProblems, templateTextKeys } from './domain/template-rules.ts';
import { BUILTIN_TEMPLATES, type DocumentTemplate, type SectionSpec } from './domain/templates.ts';
import { documentsErrors as errors } from './messages.sv.ts';
import { documentTemplateEntity } from './model.ts';
import { listSectionGenerators } from './section-generators.ts';

/** A version of a type's template as the editor lists it. */
export interface TemplateVersion {
  readonly number: number;
  readonly title: string;
  readonly sections: readonly SectionSpec[];
  readonly note: string | null;
  /** Null for the template Verksam ships. */
  readonly savedAt: string | null;
  readonly savedByName: string | null;
}

interface TemplateRow {
  document_type: DocumentType;
  number: number;
  title: string;
  sections: unknown;
  note: string | null;
  created_by_name: string;
  created_at: Date | string;
}

const isoOf = (moment: Date | string) => new Date(moment).toISOString();

function versionOfRow(row: TemplateRow): TemplateVersion {
  return {
    number: row.number,
    title: row.title,
    // jsonb: parsed by both engines' drivers; a text column would hand over a string.
    sections: (typeof row.sections === 'string' ? JSON.parse(row.sections) : row.sections) as SectionSpec[],
    note: row.note,
    savedAt: isoOf(row.created_at),
    savedByName: row.created_by_name,
  };
}

function builtinVersion(type: DocumentType): TemplateVersion {
  const template = BUILTIN_TEMPLATES[type];
  return {
    number: template.version,
    title: template.title,
    sections: template.sections,
    note: null,
    savedAt: null,
    savedByName: null,
  };
}

async function storedRows(ctx: Pick<Ctx, 'db'>, type?: DocumentType): Promise<TemplateRow[]> {
  let query = ctx.db
    .selectFrom('document_template')
    .select(['document_type', 'number', 'title', 'sections', 'note', 'created_by_name', 'created_at'])
    .orderBy('document_type')
    .orderBy('number', 'desc');
  if (type) {
    query = query.where('document_type', '=', type);
  }
  return (await query.execute()) as TemplateRow[];
}

const asTemplate = (type: DocumentType, version: TemplateVersion): DocumentTemplate => ({
  type,
  version: version.number,
  title: version.title,
  roundKind: BUILTIN_TEMPLATES[type].roundKind,
  sections: version.sections,
});

/** Every type's template as documents are made from it now: the newest saved version, else the shipped one. */
export async function currentTemplates(
  ctx: Pick<Ctx, 'db'>,
): Promise<Readonly<Record<DocumentType, DocumentTemplate>>> {
  const rows = await storedRows(ctx);
  const entries = DOCUMENT_TYPES.map((type) => {
    const newest = rows.find((row) => row.document_type === type);
    return [type, asTemplate(type, newest ? versionOfRow(newest) : builtinVersion(type))] as const;
  });
  return Object.fromEntries(entries) as Record<DocumentType, DocumentTemplate>;
}

export async function currentTemplate(ctx: Pick<Ctx, 'db'>, type: DocumentType): Promise<DocumentTemplate> {
  return (await currentTemplates(ctx))[type];
}

/** A type's versions, newest first, the shipped one last. */
export async function templateVersions(ctx: Pick<Ctx, 'db'>, type: DocumentType): Promise<TemplateVersion[]> {
  return [...(await storedRows(ctx, type)).map(versionOfRow), builtinVersion(type)];
}

export async function templateVersion(
  ctx: Pick<Ctx, 'db'>,
  type: DocumentType,
  number: number,
): Promise<TemplateVersion> {
  const found = (await templateVersions(ctx, type)).find((version) => version.number === number);
  if (!found) {
    throw errors.template_version_not_found(DOCUMENT_TYPE_NAMES[type].toLowerCase(), number);
  }
  return found;
}

/** What a template may name: the generators the modules offer (the texts' own one aside) and the unit kinds. */
export function templateCatalogue(): TemplateCatalogue {
  return {
    generators: listSectionGenerators()
      .filter((generator) => generator.name !== TEXT_SECTION_GENERATOR)
      .map(({ name, label, options }) => ({ name, label, options: options ?? {} })),
    unitKinds: ORG_UNIT_KIND_LABELS,
  };
}

export interface TemplateInput {
  /** The version the change starts from: a save on top of a newer one is refused rather than lost. */
  readonly basedOn: number;
  readonly title: string;
  readonly sections: readonly SectionSpec[];
  readonly note: string | null;
}

/** Checks a template and saves it as the type's newest version; answers the version saved. */
export async function saveTemplate(
  ctx: Ctx,
  type: DocumentType,
  input: TemplateInput,
): Promise<TemplateVersion> {
  const problems = templateProblems(input, templateCatalogue());
  if (problems.length > 0) {
    throw errors.template_invalid(problems);
  }
  const number = await write(ctx, async (tx) => {
    const [newest] = await templateVersions(tx, type);
    if (newest && newest.number !== input.basedOn) {
      throw errors.template_changed(newest.number, newest.savedByName ?? 'Verksam');
    }
    const next = (newest?.number ?? 0) + 1;
    await insertTemplateVersion(tx, type, { ...input, number: next, savedByName: ctx.actor.name });
    return next;
  });
  return templateVersion(ctx, type, number);
}

/** The one way a template version is stored: a save, or a data package's version. */
export async function insertTemplateVersion(
  tx: Tx,
  type: DocumentType,
  version: Pick<TemplateVersion, 'number' | 'title' | 'sections' | 'note' | 'savedByName'>,
): Promise<void> {
  await tx.insert(documentTemplateEntity, {
    documentType: type,
    number: version.number,
    title: version.title,
    sections: version.sections as never,
    note: version.note,
    createdByName: version.savedByName ?? 'Verksam',
  });
}

/** Every saved version of every type, oldest first: what a data package carries. */
export async function savedTemplateVersions(
  ctx: Pick<Ctx, 'db'>,
): Promise<Map<DocumentType, TemplateVersion[]>> {
  const saved = new Map<DocumentType, TemplateVersion[]>();
  for (const row of (await storedRows(ctx)).reverse()) {
    saved.set(row.document_type, [...(saved.get(row.document_type) ?? []), versionOfRow(row)]);
  }
  return saved;
}

/** Whether the signed-in user may save templates: asked of the policy as the save asks it. */
const mayEdit = (ctx: Ctx) => mayRun(ctx, 'documents.saveTemplate');

/** Every type's template as it stands, for the page Dokumentmallar. */
export async function listTemplates(ctx: Ctx) {
  const rows = await storedRows(ctx);
  return {
    templates: DOCUMENT_TYPES.map((type) => {
      const newest = rows.find((row) => row.document_type === type);
      const version = newest ? versionOfRow(newest) : builtinVersion(type);
      const { sections, note: _note, ...shown } = version;
      return { type, name: DOCUMENT_TYPE_NAMES[type], ...shown, sections: sections.length };
    }),
    mayEdit: await mayEdit(ctx),
  };
}

/** A type's template for the editor: the current one, its versions and what a template may name. */
export async function templateDetail(ctx: Ctx, type: DocumentType): Promise<TemplateDetail> {
  const versions = await templateVersions(ctx, type);
  const current = versions[0] ?? builtinVersion(type);
  const catalogue = templateCatalogue();
  return {
    type,
    name: DOCUMENT_TYPE_NAMES[type],
    current,
    versions: versions.map(({ sections: _sections, ...version }) => version),
    generators: catalogue.generators.map((generator) => ({
      ...generator,
      options: { ...generator.options },
    })),
    unitKinds: { ...catalogue.unitKinds },
    mayEdit: await mayEdit(ctx),
  } as TemplateDetail;
}

/**
 * Every text key a type's templates have ever had, the shipped one's included: a text written for a
 * section an edit later removed still belongs to its round (and travels with it in a data package).
 */
export async function knownTextKeys(ctx: Pick<Ctx, 'db'>): Promise<Record<DocumentType, readonly string[]>> {
  const saved = await savedTemplateVersions(ctx);
  const keysOf = (type: DocumentType) => [
    ...new Set(
      [BUILTIN_TEMPLATES[type], ...(saved.get(type) ?? [])].flatMap((version) =>
        templateTextKeys(version.sections),
      ),
    ),
  ];
  const known = {} as Record<DocumentType, readonly string[]>;
  for (const type of DOCUMENT_TYPES) {
    known[type] = keysOf(type);
  }
  return known;
}
