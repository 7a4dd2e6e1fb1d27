/**
 * COPY's text format as CopyText writes it, byte by byte: fields and rows separated, text escaped, numbers
 * exact on either side of 2^53, and rows longer than a buffer split over parts without losing a byte.
 */
import { describe, expect, it } from 'vitest';
import { CopyText, encodeField } from '../src/platform/db/copy.ts';

const written = (text: CopyText) => Buffer.concat(text.take()).toString('utf8');

describe('CopyText', () => {
  it('separates fields with tabs and rows with newlines, null as \\N', () => {
    const text = new CopyText();
    text.text('a').null().integer(1).end();
    text.add(['b', null]);
    expect(text.rows).toBe(2);
    expect(written(text)).toBe('a\t\\N\t1\nb\t\\N\n');
    expect(text.rows).toBe(0);
  });

  it('escapes backslash, tab, newline and carriage return, in ASCII and in other text', () => {
    const text = new CopyText();
    text.text('a\\b\tc\nd\re').text('å\\\t').text('').end();
    expect(written(text)).toBe('a\\\\b\\tc\\nd\\re\tå\\\\\\t\t\n');
  });

  it('writes a field encoded once as text() writes it, in as many rows as use it', () => {
    const once = encodeField('id\t\\ å');
    const text = new CopyText();
    text.encoded(once).integer(1).end();
    text.integer(2).encoded(once).end();
    text.text('id\t\\ å').end();
    expect(written(text)).toBe('id\\t\\\\ å\t1\n2\tid\\t\\\\ å\nid\\t\\\\ å\n');
  });

  it('writes whole numbers exactly, negative, zero and beyond 2^53', () => {
    const text = new CopyText();
    const values = [
      0,
      7,
      -7,
      10,
      -100,
      123_456_789,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      0n,
      -1n,
      12_345_678_901n,
      9_007_199_254_740_993n,
      -99_999_999_999_999_999_999n,
    ];
    for (const value of values) {
      text.integer(value);
    }
    text.end();
    expect(written(text)).toBe(`${values.map(String).join('\t')}\n`);
  });

  it('splits the data over parts of about a megabyte, losing nothing', () => {
    const text = new CopyText();
    const long = 'x'.repeat(300_000);
    for (let row = 0; row < 10; row++) {
      text.integer(row).text(long).text('ö').end();
    }
    const parts = text.take();
    expect(parts.length).toBeGreaterThan(1);
    const lines = Buffer.concat(parts).toString('utf8').split('\n');
    expect(lines.length).toBe(11);
    expect(lines[9]).toBe(`9\t${long}\tö`);
  });
});
