/** The documents module's pure domain: the document model, templates, assembly and the HTML renderer. */
export * from './assemble.ts';
export * from './compare.ts';
export * from './document.ts';
export * from './draft-findings.ts';
export * from './render-html.ts';
export * from './template-rules.ts';
export * from './templates.ts';
export * from './versions.ts';
