/**
 * The document's own style sheet, inlined in every HTML document so that it opens, prints and turns into
 * a PDF without the app: A4 pages, a page break before each chapter, tables that keep their header on
 * every page, and a draft's placeholders and findings marked by a border and a word, not by colour alone.
 */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 20mm 18mm 22mm; }
:root { color: #1a1a1a; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; }
body { margin: 0 auto; max-width: 190mm; padding: 0 4mm; }
h1, h2, h3, h4, h5 { line-height: 1.2; break-after: avoid; }
h2.chapter { border-bottom: 2px solid #1f5c99; padding-bottom: 2mm; }
a { color: #174a7c; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 26pt; margin: 2mm 0; }
.cover-type { text-transform: uppercase; letter-spacing: 0.08em; margin: 0; }
.cover-unit { font-size: 16pt; margin: 0; }
.cover-draft { border: 2px dashed #8a4b00; padding: 2mm 3mm; width: fit-content; }
.toc ol { list-style: none; padding-left: 5mm; }
.toc > ol { padding-left: 0; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
.table-note { display: block; font-weight: normal; font-style: italic; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border-bottom: 1px solid #8c8c8c; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid #1a1a1a; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
th.depth-1 { padding-left: 5mm; font-weight: normal; }
th.depth-2 { padding-left: 9mm; font-weight: normal; font-style: italic; }
tr.detail th { font-weight: normal; font-style: italic; }
.group-cell, .group-row th { background: #eef2f6; }
.group-name { display: block; font-weight: bold; }
.group-description { display: block; font-weight: normal; font-style: italic; }
.tone-good { background: #e3f1e4; }
.tone-mid { background: #fdf1d8; }
.tone-bad { background: #f9e1e1; }
.footnotes { font-size: 8.5pt; list-style: none; padding-left: 0; }
.footnotes .marker { vertical-align: super; font-size: 7pt; }
.legend { border: 1px solid #8c8c8c; padding: 2mm 3mm; margin: 3mm 0; break-inside: avoid; }
.legend-title { font-weight: bold; margin: 0 0 1mm; }
.legend dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0; }
.legend dt { font-weight: bold; }
.legend dd { margin: 0; }
.notice { font-style: italic; }
.placeholder { border: 1px dashed #8a4b00; padding: 2mm 3mm; }
.placeholder::before { content: 'Utkast: '; font-weight: bold; }
.draft-findings, .draft-finding { border: 2px dashed #8a4b00; border-left-width: 6px; background: #fffaf3; padding: 2mm 3mm; margin: 3mm 0; }
.draft-findings h2 { margin-top: 0; }
.draft-mark { margin: 0 0 1mm; color: #6b3a00; break-after: avoid; }
.findings { margin: 0; padding-left: 5mm; }
.finding { break-inside: avoid; }
.finding p { margin: 0.5mm 0; }
.finding + .finding { margin-top: 2mm; }
.finding-place, .finding-ack { font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
figure.chart { margin: 3mm 0; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; }
@media print {
  body { max-width: none; padding: 0; }
  .cover { min-height: 240mm; break-after: page; }
  .toc { break-after: page; }
  h2.chapter { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`;
