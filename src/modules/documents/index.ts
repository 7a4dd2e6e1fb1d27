/** The public server surface of the documents module, for the command line and other modules. */
export type { DocumentFormat, RenderQuery } from './contract.ts';
export {
  buildDocument,
  checkPdfAvailable,
  documentBytes,
  documentHtml,
  documentTables,
  type RenderedDocument,
  renderDocument,
} from './document-service.ts';
export type { DocumentType } from './domain/document.ts';
export type { TemplateFacts } from './package.ts';
export { currentTemplates, knownTextKeys } from './template-service.ts';
export {
  listVersions,
  unfrozenVersionContents,
  type VersionContent,
  type VersionList,
  type VersionView,
} from './version-service.ts';
