/**
 * The documents module's part of the data package: the saved versions of the templates, one record per
 * document type with its versions oldest first (docs/adr/0029-stored-templates.md). Versions are only ever
 * added: an import stores the versions the installation lacks, leaves the ones it has, and refuses a
 * version whose number the installation holds with other content – a saved version never changes. The
 * templates Verksam ships travel in no package: every installation has them.
 */
import type { PackageSection, RecordProblem } from '../package-section.ts';
import { type TemplatePackageRecord, templatePackageRecord } from './contract.ts';
import { canonicalJson, DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES, type DocumentType } from './domain/index.ts';
import { templateProblems, templateTextKeys } from './domain/template-rules.ts';
import { BUILTIN_TEMPLATES } from './domain/templates.ts';
import {
  insertTemplateVersion,
  savedTemplateVersions,
  type TemplateVersion,
  templateCatalogue,
} from './template-service.ts';

type TemplateVersionRecord = TemplatePackageRecord['versions'][number];

/** What the narratives' checker asks of a type's template record: every text key any of its versions has. */
export interface TemplateFacts {
  readonly textKeys: readonly string[];
}

const versionRecord = (version: TemplateVersion): TemplateVersionRecord => ({
  number: version.number,
  title: version.title,
  sections: version.sections as TemplateVersionRecord['sections'],
  note: version.note,
  savedByName: version.savedByName ?? 'Verksam',
});

async function records(
  ctx: Parameters<PackageSection['select']>[0],
  types?: readonly string[],
): Promise<TemplatePackageRecord[]> {
  const saved = await savedTemplateVersions(ctx);
  return DOCUMENT_TYPES.filter((type) => (types ? types.includes(type) : true)).flatMap((type) => {
    const versions = saved.get(type) ?? [];
    return versions.length === 0 ? [] : [{ id: type, versions: versions.map(versionRecord) }];
  });
}

/** The same version: compared as canonical JSON, as jsonb keeps an object's keys in an order of its own. */
const sameVersion = (a: TemplateVersionRecord, b: TemplateVersionRecord) =>
  canonicalJson(a) === canonicalJson(b);

function versionProblems(
  type: DocumentType,
  version: TemplateVersionRecord,
  index: number,
  stored: readonly TemplateVersionRecord[],
): RecordProblem[] {
  const name = `${DOCUMENT_TYPE_NAMES[type].toLowerCase()} version ${version.number}`;
  const builtin = BUILTIN_TEMPLATES[type].version;
  if (version.number <= builtin) {
    return [
      {
        field: `versions.${index}.number`,
        message: `Mallen för ${name}: version 1–${builtin} är mallen som följer med Verksam; sparade versioner har nummer från ${builtin + 1}.`,
        value: version.number,
      },
    ];
  }
  const same = stored.find((candidate) => candidate.number === version.number);
  if (same && !sameVersion(version, same)) {
    return [
      {
        field: `versions.${index}`,
        message: `Mallen för ${name} finns redan med annat innehåll; en sparad mallversion ändras aldrig. Ge versionen ett nytt nummer.`,
        value: version.number,
      },
    ];
  }
  return templateProblems(version, templateCatalogue()).map((problem) => ({
    field: `versions.${index}.${problem.field}`,
    message: `Mallen för ${name}: ${problem.message}`,
    value: problem.value,
  }));
}

export const templatesSection: PackageSection<TemplatePackageRecord> = {
  list: 'documentTemplates',
  label: 'Dokumentmallen',
  plural: 'dokumentmallar',
  record: templatePackageRecord,
  references: [],
  key: (record) => record.id,
  title: (record) => DOCUMENT_TYPE_NAMES[record.id],
  naturalKey: (record) => record.id,
  order: (list) => [...list].sort((a, b) => DOCUMENT_TYPES.indexOf(a.id) - DOCUMENT_TYPES.indexOf(b.id)),
  // The municipality's templates go with every package, as a unit's documents are made from them.
  select: (ctx) => records(ctx),
  byKeys: (ctx, keys) => records(ctx, keys),
  findExisting: (ctx, batch) =>
    records(
      ctx,
      batch.map((record) => record.id),
    ),
  facts: (record): TemplateFacts => ({
    textKeys: [...new Set(record.versions.flatMap((version) => templateTextKeys(version.sections)))],
  }),
  configuration: async (ctx) => await savedTemplateVersions(ctx),
  check(record, _lookup, context) {
    const saved = (context.configuration as Map<DocumentType, TemplateVersion[]> | undefined)?.get(record.id);
    const stored = (saved ?? []).map(versionRecord);
    const seen = new Set<number>();
    return record.versions.flatMap((version, index): RecordProblem[] => {
      if (seen.has(version.number)) {
        return [
          {
            field: `versions.${index}.number`,
            message: `Mallen för ${DOCUMENT_TYPE_NAMES[record.id].toLowerCase()} har version ${version.number} två gånger.`,
            value: version.number,
          },
        ];
      }
      seen.add(version.number);
      return versionProblems(record.id, version, index, stored);
    });
  },
  async write(tx, created, updated) {
    const saved = await savedTemplateVersions(tx);
    for (const record of [...created, ...updated.map(({ after }) => after)]) {
      const have = new Set((saved.get(record.id) ?? []).map((version) => version.number));
      for (const version of record.versions.filter((candidate) => !have.has(candidate.number))) {
        await insertTemplateVersion(tx, record.id, version);
      }
    }
  },
};
