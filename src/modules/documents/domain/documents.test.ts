import { describe, expect, it } from 'vitest';
import { heading, notice, paragraph, tableBlock } from '#core/document.ts';
import { cell, type TableModel } from '#core/table.ts';
import { assembleDocument, sectionBlocks, shiftHeadings } from './assemble.ts';
import { type DocumentMeta, slug, tableOfContents, withAnchors } from './document.ts';
import { escapeHtml, renderDocumentHtml, renderTable } from './render-html.ts';
import { BUILTIN_TEMPLATES, type DocumentTemplate, fillIn } from './templates.ts';

const META: DocumentMeta = {
  title: 'Verksamhetsberättelse 2019',
  type: 'annual',
  unit: { id: 'u1', code: 'VSS', name: 'Verksamhetsstöd och service' },
  year: 2019,
  period: 'Bokslut 2019',
  roundId: 'r1',
  lang: 'sv',
  draft: true,
  generatedAt: '2026-12-02T10:00:00.000Z',
};

const VALUES = { year: 2019, unit: 'Verksamhetsstöd och service', period: 'Bokslut 2019' };

const TABLE: TableModel = {
  key: 't',
  caption: 'Investeringar 2019, belopp i tkr',
  groupLabel: null,
  columns: [
    { key: 'name', label: 'Investeringar', align: 'start' },
    { key: 'actual', label: 'Bokslut 2019', align: 'end' },
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
          cells: [cell('45\u00a0333', { markers: [1] })],
          ref: null,
        },
      ],
    },
  ],
  footnotes: [{ marker: 1, text: 'Inkl utökad ram med 10,1 mnkr.' }],
};

describe('the document model', () => {
  it('gives headings unique ASCII anchors and lists them as the contents', () => {
    expect(slug('Förvaltningens uppdrag')).toBe('forvaltningens-uppdrag');
    expect(slug('???')).toBe('avsnitt');
    const blocks = withAnchors([
      heading(1, 'Ekonomi'),
      heading(2, 'Analys och kommentar'),
      paragraph('…'),
      heading(2, 'Analys och kommentar'),
      heading(3, 'Djupt ner'),
    ]);
    const toc = tableOfContents({ meta: META, blocks });
    expect(toc).toEqual([
      { level: 1, text: 'Ekonomi', id: 'ekonomi' },
      { level: 2, text: 'Analys och kommentar', id: 'analys-och-kommentar' },
      { level: 2, text: 'Analys och kommentar', id: 'analys-och-kommentar-2' },
    ]);
  });
});

describe('templates', () => {
  it('are plain data: every built-in template survives a JSON round trip unchanged', () => {
    for (const template of Object.values(BUILTIN_TEMPLATES)) {
      expect(JSON.parse(JSON.stringify(template))).toEqual(template);
    }
  });

  it('follow 002’s chapter order for the annual report', () => {
    const chapters = BUILTIN_TEMPLATES.annual.sections
      .filter((section) => section.level === 1)
      .map((section) => section.heading);
    expect(chapters).toEqual([
      'Förvaltningschefens bedömning och analys',
      'Viktiga beslut och händelser',
      'Framåtblick',
      'Ekonomi',
      'Uppföljning av mål och inriktning',
      'Uppföljning av förvaltningens verksamhet',
      'Uppföljning av förvaltningsindikatorer',
    ]);
  });

  it('fill in year, unit and period and leave other braces alone', () => {
    expect(fillIn('{unit}: {period} ({year}) {other}', VALUES)).toBe(
      'Verksamhetsstöd och service: Bokslut 2019 (2019) {other}',
    );
  });
});

describe('assembly', () => {
  const investments = {
    kind: 'generated',
    generator: 'investments.table',
    level: 2,
    heading: 'Investeringar',
    emptyText: 'Inga investeringar är registrerade för {year}.',
  } as const;

  it('says when a section has no data, instead of leaving it out', () => {
    expect(sectionBlocks(investments, [], VALUES, false)).toEqual([
      heading(2, 'Investeringar'),
      notice('Inga investeringar är registrerade för 2019.'),
    ]);
  });

  it('says when no module offers a section’s generator', () => {
    expect(sectionBlocks(investments, undefined, VALUES, false)[1]).toEqual(
      notice('Avsnittet kan inte skapas: ingen modul ger ”investments.table”.'),
    );
  });

  it('puts a generator’s headings under its section', () => {
    expect(shiftHeadings([heading(1, 'Målområde: Ekonomi'), heading(3, 'Djup')], 2)).toEqual([
      heading(3, 'Målområde: Ekonomi'),
      heading(4, 'Djup'),
    ]);
    const blocks = sectionBlocks(investments, [heading(1, 'LK-data'), tableBlock(TABLE)], VALUES, true);
    expect(blocks.map((block) => (block.kind === 'heading' ? block.level : block.kind))).toEqual([
      2,
      3,
      'table',
    ]);
  });

  it('shows a missing text only in a draft', () => {
    const text = { kind: 'text', key: 'outlook', level: 1, heading: 'Framåtblick' } as const;
    expect(sectionBlocks(text, undefined, VALUES, true)).toEqual([
      heading(1, 'Framåtblick'),
      notice('Text saknas: Framåtblick', true),
    ]);
    expect(sectionBlocks(text, undefined, VALUES, false)).toEqual([]);
  });

  it('lays the template out in order with anchors', () => {
    const template: DocumentTemplate = {
      type: 'annual',
      version: 1,
      title: 'Verksamhetsberättelse {year}',
      roundKind: 'closing',
      sections: [{ kind: 'heading', level: 1, heading: 'Ekonomi' }, investments],
    };
    const model = assembleDocument(META, template, [undefined, [tableBlock(TABLE)]]);
    expect(model.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Ekonomi', id: 'ekonomi' },
      { kind: 'heading', level: 2, text: 'Investeringar', id: 'investeringar' },
      tableBlock(TABLE),
    ]);
  });
});

describe('the HTML renderer', () => {
  it('escapes every text', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
    const html = renderDocumentHtml({
      meta: { ...META, unit: { ...META.unit, name: '<img src=x onerror=alert(1)>' } },
      blocks: withAnchors([heading(1, 'Ekonomi <b>'), paragraph('1 < 2 & "tre"', 'Not')]),
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<p><strong>Not:</strong> 1 &lt; 2 &amp; &quot;tre&quot;</p>');
  });

  it('marks the language and gives one h1, chapters as h2 with a page break, and linked contents', () => {
    const html = renderDocumentHtml({
      meta: META,
      blocks: withAnchors([
        heading(1, 'Ekonomi'),
        heading(2, 'Driftsammandrag'),
        notice('Text saknas: X', true),
      ]),
    });
    expect(html).toContain('<html lang="sv">');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="ekonomi" class="chapter">Ekonomi</h2>');
    expect(html).toContain('<h3 id="driftsammandrag">Driftsammandrag</h3>');
    expect(html).toContain(
      '<ol><li><a href="#ekonomi">Ekonomi</a><ol><li><a href="#driftsammandrag">Driftsammandrag</a></li></ol></li></ol>',
    );
    expect(html).toContain('h2.chapter { break-before: page; }');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<p class="placeholder" role="note">Text saknas: X</p>');
  });

  it('renders a table with caption, note, scoped headers, group rows, footnote links and notes', () => {
    const html = renderTable(TABLE, 'tabell-1', { note: 'Belopp i tkr.' });
    expect(html).toContain(
      '<caption>Investeringar 2019, belopp i tkr<span class="table-note">Belopp i tkr.</span></caption>',
    );
    expect(html).toContain('<th scope="col">Investeringar</th><th scope="col" class="num">Bokslut 2019</th>');
    expect(html).toContain('<tr class="group-row"><th scope="colgroup" colspan="2">');
    expect(html).toContain('<th scope="row" class="depth-1">Investeringar IT-utrustning</th>');
    expect(html).toContain(
      '45\u00a0333<sup class="markers"><a href="#tabell-1-fn-1" aria-label="fotnot 1">1</a></sup>',
    );
    expect(html).toContain('<li id="tabell-1-fn-1">');
    expect(html).toContain('aria-describedby="tabell-1-notes"');
  });

  it('says a verdict in words and shows a group without rows', () => {
    const verdicts: TableModel = {
      ...TABLE,
      groupLabel: 'Mål',
      groups: [
        { key: 'g1', heading: 'Effektiva inköp', description: null, note: null, ref: null, rows: [] },
        {
          key: 'g2',
          heading: 'Goda arbetsplatser',
          description: null,
          note: null,
          ref: null,
          rows: [
            {
              key: 'r2',
              depth: 0,
              role: 'row',
              header: cell('Total sjukfrånvaro'),
              cells: [cell('Ej uppfyllt', { kind: 'status', tone: 'bad' })],
              ref: null,
            },
          ],
        },
      ],
    };
    const html = renderTable(verdicts, 't', { emptyGroupText: 'Inga förvaltningsindikatorer för 2019.' });
    expect(html).toContain('<td class="num tone-bad">Ej uppfyllt</td>');
    expect(html).toContain('<th scope="rowgroup" rowspan="1" class="group-cell">');
    expect(html).toContain('<td colspan="2" class="empty">Inga förvaltningsindikatorer för 2019.</td>');
  });
});
