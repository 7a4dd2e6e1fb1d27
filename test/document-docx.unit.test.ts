/**
 * The Word file of a document (src/modules/documents/render-docx.ts): unzipped, its document.xml holds the
 * cover, the headings in Word's heading styles, a real table with a repeating header row, right-aligned
 * figures, a group heading spanning the table and the footnotes, in Swedish; the footer counts the pages.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { heading, notice, paragraph, tableBlock } from '#core/document.ts';
import { richTextToBlocks } from '#core/rich-text.ts';
import { cell, type TableModel } from '#core/table.ts';
import type { DocumentModel } from '../src/modules/documents/domain/document.ts';
import { renderDocumentDocx } from '../src/modules/documents/render-docx.ts';

const TABLE: TableModel = {
  key: 't',
  caption: 'Investeringar 2019, belopp i tkr',
  groupLabel: null,
  columns: [
    { key: 'name', label: 'Investeringar', align: 'start' },
    { key: 'actual', label: 'Bokslut 2019', align: 'end' },
    { key: 'verdict', label: 'Bedömning', align: 'start' },
  ],
  groups: [
    {
      key: 'g',
      heading: 'LK-data',
      description: null,
      note: null,
      ref: null,
      rows: [
        {
          key: 'r',
          depth: 1,
          role: 'row',
          header: cell('Investeringar IT-utrustning'),
          cells: [
            cell('45\u00a0333', { markers: [1], value: '45333' }),
            cell('Ej uppfyllt', { tone: 'bad' }),
          ],
          ref: null,
        },
      ],
    },
  ],
  footnotes: [{ marker: 1, text: 'Inkl utökad ram med 10,1 mnkr.' }],
};

const MODEL: DocumentModel = {
  meta: {
    title: 'Verksamhetsberättelse 2019',
    type: 'annual',
    unit: { id: 'u1', code: 'VSS', name: 'Verksamhetsstöd och service' },
    year: 2019,
    period: 'Bokslut 2019',
    roundId: 'r1',
    lang: 'sv',
    draft: true,
    generatedAt: '2026-12-02T10:00:00.000Z',
  },
  blocks: [
    heading(1, 'Ekonomi'),
    heading(2, 'Investeringar'),
    paragraph('Delvis uppfyllt', 'Bedömning'),
    {
      kind: 'richText',
      blocks: richTextToBlocks(
        '<p>Året <strong>gick</strong> <a href="https://example.se/">bra</a>.</p><ul><li>Fler datorer</li></ul>',
      ),
    },
    tableBlock(TABLE, { note: 'Belopp i tkr.' }),
    heading(3, 'Analys'),
    notice('Text saknas: Framåtblick', true),
  ],
};

async function unzip(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** The visible text of some WordprocessingML, runs joined. */
function texts(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

describe('the Word file of a document', () => {
  it('has a cover, heading styles, lists, a real table with a repeating header and the footnotes', async () => {
    const zip = await unzip(await renderDocumentDocx(MODEL));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = texts(xml);
    // The cover, a draft.
    expect(text).toContain('Verksamhetsberättelse 2019');
    expect(text).toContain('Verksamhetsstöd och service');
    expect(text).toContain('Utkast – inte fastställt');
    // The contents as a field over the heading styles.
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(xml).toMatch(/<w:pStyle w:val="TOC1"\/>.*?Ekonomi/);
    expect(text).toContain('Innehåll');
    // Headings in Word's styles, one level per block level.
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>Ekonomi<\/w:t>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?<w:t[^>]*>Investeringar<\/w:t>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>.*?<w:t[^>]*>Analys<\/w:t>/);
    expect(text).toContain('Bedömning: Delvis uppfyllt');
    expect(xml).toContain('<w:numPr>');
    expect(text).toContain('Året gick bra.');
    expect(xml).toContain('<w:hyperlink');
    // The table: a real one, its header row repeated on each page, the group spanning its three columns.
    const table = xml.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    expect(texts(table)).toContain('InvesteringarBokslut 2019Bedömning');
    expect(table).toMatch(/<w:gridSpan w:val="3"\/>.*?LK-data/);
    expect(table).toMatch(/<w:jc w:val="right"\/>.*?45\u00a0333/);
    expect(texts(table)).toContain('Ej uppfyllt');
    expect(table).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t[^>]*>1<\/w:t>/);
    // The footnote under the table, the placeholder said in words.
    expect(text).toContain('1 Inkl utökad ram med 10,1 mnkr.');
    expect(text).toContain('Text saknas: Framåtblick');
  });

  it('says a draft’s findings as text: the list first, then a note beside its place, set apart by a border', async () => {
    const note = {
      severity: 'varning' as const,
      severityLabel: 'Varning',
      rule: 'Bedömningen avviker från indikatorerna',
      place: 'Bedömningen av målet ”Goda arbetsplatser”',
      message: 'Bedömningen ”uppfyllt” avviker från indikatorerna.',
      acknowledgement: null,
    };
    const model: DocumentModel = {
      ...MODEL,
      blocks: [
        {
          kind: 'findings',
          list: { title: 'Kontroller före godkännande', summary: '0 fel, 1 varning, 0 noteringar.' },
          notes: [],
        },
        ...MODEL.blocks.slice(0, 3),
        {
          kind: 'findings',
          notes: [{ ...note, acknowledgement: 'Kvitterat av Cecilia Ek den 10 september 2023: Rättas.' }],
        },
      ],
    };
    const xml =
      (await (await unzip(await renderDocumentDocx(model))).file('word/document.xml')?.async('string')) ?? '';
    const text = texts(xml);
    expect(text).toContain(
      'Kontroller före godkännandeUtkast – inte en del av dokumentet0 fel, 1 varning, 0 noteringar.',
    );
    expect(text).toContain(
      'Bedömning: Delvis uppfylltKontroll i utkastetVarning: Bedömningen avviker från indikatorerna ' +
        '(Bedömningen av målet ”Goda arbetsplatser”)Bedömningen ”uppfyllt” avviker från indikatorerna.' +
        'Kvitterat av Cecilia Ek den 10 september 2023: Rättas.',
    );
    expect(xml).toContain('<w:left w:val="dashed"');
    // Not a heading: the list is no part of the contents.
    expect(xml).not.toMatch(/<w:pStyle w:val="Heading\d"\/>(?:(?!<\/w:p>).)*Kontroller före godkännande/);
  });

  it('is in Swedish and counts its pages in the footer', async () => {
    const zip = await unzip(await renderDocumentDocx(MODEL));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    const footer = (await Promise.all(footers.map((name) => zip.file(name)?.async('string')))).join('');
    expect(texts(footer)).toContain('Sida ');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });
});
