import type { TableOf } from '#platform/db/entity-store.ts';
import type { documentTemplateEntity, documentVersionEntity } from '../model.ts';

/** The version row's snapshot columns, which are not fields of the record (model.ts). */
interface SnapshotColumns {
  model_json: string | null;
  html: string | null;
  pdf: Uint8Array | null;
}

export interface DocumentsTables {
  document_version: TableOf<typeof documentVersionEntity> & SnapshotColumns;
  document_template: TableOf<typeof documentTemplateEntity>;
}
