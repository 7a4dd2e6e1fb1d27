import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEntity } from '#core/entity.ts';
import { isRichTextField, optionalText, richText } from '#core/validation.ts';
import { cleanRichText, richTextToBlocks, richTextToPlain, sanitizeRichText } from '#platform/rich-text.ts';

describe('sanitizeRichText', () => {
  it('keeps the subset and drops a script and a javascript: link, keeping the link text', () => {
    expect(sanitizeRichText('<p>ok</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>')).toBe(
      '<p>ok</p><p>x</p>',
    );
  });

  it.each([
    ['an event handler', '<img src=x onerror=alert(1)>Hej', '<p>Hej</p>'],
    ['an attribute on an allowed tag', '<p onclick="alert(1)" style="color:red" class="x">s</p>', '<p>s</p>'],
    ['a style element', '<style>p { color: red }</style><p>s</p>', '<p>s</p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>i', '<p>i</p>'],
    ['svg with a script', '<svg onload="alert(1)"><script>alert(1)</script><text>t</text></svg>', '<p>t</p>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>', '<p>d</p>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">v</a>', '<p>v</p>'],
    ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">e</a>', '<p>e</p>'],
    ['a tab inside javascript:', '<a href="java&#x09;script:alert(1)">t</a>', '<p>t</p>'],
    ['leading spaces and case', '<a href="  JaVaScRiPt:alert(1)">c</a>', '<p>c</p>'],
    ['a protocol-relative link', '<a href="//evil.example/x">p</a>', '<p>p</p>'],
    ['a relative link', '<a href="/api/v1/access/logout">r</a>', '<p>r</p>'],
    ['mathml', '<math><mi xlink:href="javascript:alert(1)">m</mi></math>', '<p>m</p>'],
    ['noscript smuggling', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', null],
    ['a comment', '<p>a<!-- <script>alert(1)</script> -->b</p>', '<p>ab</p>'],
    ['a form', '<form action="https://evil.example"><input value="x"><button>b</button></form>', '<p>b</p>'],
  ])('removes %s', (_what, input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('keeps links to http, https and mailto, with rel="noopener noreferrer" and no target', () => {
    expect(
      sanitizeRichText(
        '<a href="https://example.se/?a=1&amp;b=2" target="_blank" rel="opener">q</a> <a href="mailto:a@b.se">a@b.se</a>',
      ),
    ).toBe(
      '<p><a href="https://example.se/?a=1&amp;b=2" rel="noopener noreferrer">q</a> ' +
        '<a href="mailto:a@b.se" rel="noopener noreferrer">a@b.se</a></p>',
    );
  });

  it('keeps bold, italic, line breaks and nested lists; b and i become strong and em', () => {
    expect(
      sanitizeRichText(
        '<p><b>fet</b> <i>kursiv</i><br>ny rad</p><ul><li>a<ul><li>b</li></ul></li><li><p>c</p><p>d</p></li></ul><ol><li>1</li></ol>',
      ),
    ).toBe(
      '<p><strong>fet</strong> <em>kursiv</em><br>ny rad</p>' +
        '<ul><li>a<ul><li>b</li></ul></li><li>c<br>d</li></ul><ol><li>1</li></ol>',
    );
  });

  it('reads plain text as paragraphs: a blank line between them, a single line break kept, escaped', () => {
    expect(sanitizeRichText('Rad ett\r\nrad två\n\n  \nNytt stycke: 3 < 4 & 5 > 2')).toBe(
      '<p>Rad ett<br>rad två</p><p>Nytt stycke: 3 &lt; 4 &amp; 5 &gt; 2</p>',
    );
  });

  it('puts loose text in paragraphs and reads pasted headings and divs as paragraphs', () => {
    expect(sanitizeRichText('Hej <strong>du</strong>')).toBe('<p>Hej <strong>du</strong></p>');
    expect(sanitizeRichText('<h2>Rubrik</h2><div>a</div><div>b</div>')).toBe('<p>Rubrik</p><p>a</p><p>b</p>');
  });

  it('gives null for nothing to show', () => {
    expect(sanitizeRichText('')).toBeNull();
    expect(sanitizeRichText('<p></p><p><br></p>')).toBeNull();
    expect(sanitizeRichText('<script>alert(1)</script>')).toBeNull();
    expect(sanitizeRichText(null)).toBeNull();
  });

  it('is idempotent, and what it gives contains only the subset, for any input', () => {
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<ul>',
      '</ul>',
      '<ol>',
      '<li>',
      '</li>',
      '<strong>',
      '</strong>',
      '<em>',
      '<b>',
      '</i>',
      '<br>',
      '<a href="https://x.se">',
      '<a href="javascript:alert(1)">',
      '</a>',
      '<script>',
      '</script>',
      '<img src=x onerror=alert(1)>',
      '&amp;',
      '&lt;',
      '<',
      '>',
      '"',
      ' ',
      '\n',
      '\n\n',
      'text',
      'å',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const once = sanitizeRichText(parts.join(''));
        expect(sanitizeRichText(once)).toBe(once);
        const tags = [...(once ?? '').matchAll(/<\/?([a-z]+)[^>]*>/g)].map((match) => match[0]);
        for (const tag of tags) {
          expect(tag).toMatch(
            /^<\/?(p|ul|ol|li|strong|em|br)>$|^<a href="(https?|mailto):[^"]*" rel="noopener noreferrer">$|^<\/a>$/,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('richTextToBlocks and richTextToPlain', () => {
  it('reads the stored HTML into paragraphs and lists of runs', () => {
    expect(
      richTextToBlocks(
        '<p><strong>Fet <em>båda</em></strong> <a href="https://example.se/" rel="noopener noreferrer">länk</a></p>' +
          '<ol><li>ett<ul><li>under</li></ul></li></ol>',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Fet ', bold: true, italic: false, href: null },
          { text: 'båda', bold: true, italic: true, href: null },
          { text: ' ', bold: false, italic: false, href: null },
          { text: 'länk', bold: false, italic: false, href: 'https://example.se/' },
        ],
      },
      {
        type: 'orderedList',
        items: [
          {
            runs: [{ text: 'ett', bold: false, italic: false, href: null }],
            lists: [
              {
                type: 'bulletList',
                items: [{ runs: [{ text: 'under', bold: false, italic: false, href: null }], lists: [] }],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('never gives a link that is not http, https or mailto, even from unsanitised text', () => {
    const [block] = richTextToBlocks(
      '<p><a href="javascript:alert(1)">x</a><a href=data:text/html,x>y</a></p>',
    );
    expect(block).toEqual({
      type: 'paragraph',
      runs: [{ text: 'xy', bold: false, italic: false, href: null }],
    });
  });

  it('reads text written before rich text as plain paragraphs, entities and all', () => {
    expect(richTextToBlocks('AT&amp;T\nrad två\n\nstycke två')).toEqual([
      { type: 'paragraph', runs: [{ text: 'AT&amp;T\nrad två', bold: false, italic: false, href: null }] },
      { type: 'paragraph', runs: [{ text: 'stycke två', bold: false, italic: false, href: null }] },
    ]);
    expect(richTextToBlocks(null)).toEqual([]);
  });

  it('gives plain text for exports: paragraphs, list markers, a link with its address', () => {
    expect(
      richTextToPlain(
        '<p>Inledning <a href="https://example.se/">källa</a> och <a href="mailto:a@b.se">a@b.se</a></p>' +
          '<ul><li>ett<br>fortsätter<ol><li>under</li></ol></li><li>två</li></ul><p>&lt;slut&gt; &amp;</p>',
      ),
    ).toBe(
      'Inledning källa (https://example.se/) och a@b.se\n\n• ett\n  fortsätter\n  1. under\n• två\n\n<slut> &',
    );
    expect(richTextToPlain(null)).toBe('');
  });
});

describe('richText() fields', () => {
  const entity = defineEntity({
    table: 'example',
    name: 'Example',
    label: 'Exemplet',
    fields: { body: richText(50).default(null), other: optionalText().default(null), nested: z.string() },
  });

  it('are found under default, optional and nullable, and other text fields are not', () => {
    expect(isRichTextField(entity.fields.body)).toBe(true);
    expect(isRichTextField(richText().optional().nullable())).toBe(true);
    expect(isRichTextField(richText().describe('beskriven'))).toBe(true);
    expect(isRichTextField(entity.fields.other)).toBe(false);
  });

  it('are sanitised by cleanRichText, the others left as they are', () => {
    expect(
      cleanRichText(entity, { body: '<p>a</p><script>x</script>', other: '<b>kvar</b>', nested: 'n' }),
    ).toEqual({
      body: '<p>a</p>',
      other: '<b>kvar</b>',
      nested: 'n',
    });
    expect(cleanRichText(entity, { other: 'x' })).toEqual({ other: 'x' });
  });

  it('decode text with nothing to show as null, and count the text, not the markup, against the limit', () => {
    const field = richText(10);
    expect(field.parse('<p></p>')).toBeNull();
    expect(field.parse('<p><script>alert(1)</script></p>')).toBeNull();
    expect(field.parse(`<p><strong>${'a'.repeat(10)}</strong></p>`)).toBe(
      `<p><strong>${'a'.repeat(10)}</strong></p>`,
    );
    const tooLong = field.safeParse(`<p>${'a'.repeat(11)}</p>`);
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe('får ha högst 10 tecken');
  });
});
