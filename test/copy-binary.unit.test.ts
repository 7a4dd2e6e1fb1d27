/**
 * COPY's binary format as CopyBinary writes it, byte by byte: the header and trailer around each take, a
 * field count per row, each field's length and bytes in the width of its type, numbers exact on either side
 * of 2^53, dates counted from 2000-01-01, and rows longer than a buffer split over parts without losing a
 * byte; and the values of a one-column binary COPY gathered from its messages, wherever they split it. The
 * database's side, on both engines, is in economy/test/ledger-copy.int.test.ts and test/files.int.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CopiedValues, CopyBinary, textField, uuidField } from '../src/platform/db/copy.ts';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const header = Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
const trailer = Buffer.from([0xff, 0xff]);

const written = (data: CopyBinary) => Buffer.concat(data.take());
/** A row's bytes: its field count, then each field given as its bytes (null for SQL null). */
function rowBytes(...fields: (Buffer | null)[]): Buffer {
  const count = Buffer.alloc(2);
  count.writeInt16BE(fields.length);
  return Buffer.concat([
    count,
    ...fields.map((field) => {
      const length = Buffer.alloc(4);
      length.writeInt32BE(field === null ? -1 : field.length);
      return field === null ? length : Buffer.concat([length, field]);
    }),
  ]);
}
const int64 = (value: bigint) => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64BE(value);
  return bytes;
};
const int32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
};

describe('CopyBinary', () => {
  it('wraps each take in the header and the trailer, and gives nothing when no row was added', () => {
    const data = new CopyBinary();
    expect(data.take()).toEqual([]);
    data.row(2).int16(-2).null();
    expect(data.rows).toBe(1);
    expect(written(data)).toEqual(
      Buffer.concat([header, rowBytes(Buffer.from([0xff, 0xfe]), null), trailer]),
    );
    expect(data.rows).toBe(0);
    data.row(1).int32(-1);
    expect(written(data)).toEqual(Buffer.concat([header, rowBytes(int32(-1)), trailer]));
  });

  it('writes whole numbers in their type’s width, exactly on either side of 2^53', () => {
    const values = [
      0,
      7,
      -7,
      2 ** 32,
      -(2 ** 32) - 1,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      0n,
      -1n,
      12_345_678_901n,
      9_007_199_254_740_993n,
      -9_007_199_254_740_993n,
      9_223_372_036_854_775_807n,
      -9_223_372_036_854_775_808n,
    ];
    const data = new CopyBinary();
    data.row(values.length);
    for (const value of values) {
      data.int64(value);
    }
    data.row(2).int32(2_147_483_647).int32(-2_147_483_648);
    expect(written(data)).toEqual(
      Buffer.concat([
        header,
        rowBytes(...values.map((value) => int64(BigInt(value)))),
        rowBytes(int32(2_147_483_647), int32(-2_147_483_648)),
        trailer,
      ]),
    );
    expect(() => new CopyBinary().row(1).int64(2n ** 63n)).toThrow(RangeError);
  });

  it('counts a date’s days from 2000-01-01 and refuses a date that does not exist', () => {
    const data = new CopyBinary();
    data
      .row(5)
      .date('2000-01-01')
      .date('1999-12-31')
      .date('2024-02-29')
      .date('2000-01-01')
      .date('1970-01-01');
    expect(written(data)).toEqual(
      Buffer.concat([header, rowBytes(int32(0), int32(-1), int32(8825), int32(0), int32(-10_957)), trailer]),
    );
    for (const bad of ['2023-02-29', '2024-13-01', '20240101', '2024-1-01']) {
      expect(() => new CopyBinary().row(1).date(bad)).toThrow(/not a date/);
    }
  });

  it('writes text as UTF-8, any character as it is, and fields encoded once as text() writes them', () => {
    const texts = ['a\tb\\c\nd', '', 'ÅÄÖ åäö € 𝄞', '\\N'];
    const data = new CopyBinary();
    data.row(texts.length);
    for (const text of texts) {
      data.text(text);
    }
    const id = '0f3c9f4e-8d2a-4b7e-9c1d-2a3b4c5d6e7f';
    data.row(2).encoded(uuidField(id)).encoded(textField('Kostnadsställe ö'));
    expect(written(data)).toEqual(
      Buffer.concat([
        header,
        rowBytes(...texts.map((text) => Buffer.from(text, 'utf8'))),
        rowBytes(Buffer.from(id.replaceAll('-', ''), 'hex'), Buffer.from('Kostnadsställe ö', 'utf8')),
        trailer,
      ]),
    );
    expect(() => uuidField('not a uuid')).toThrow(/not a uuid/);
  });

  it('splits the data over parts of about a megabyte, losing nothing', () => {
    const data = new CopyBinary();
    const long = 'x'.repeat(300_000);
    const rows: Buffer[] = [];
    for (let row = 0; row < 10; row++) {
      data.row(3).int32(row).text(long).text('ö');
      rows.push(rowBytes(int32(row), Buffer.from(long), Buffer.from('ö')));
    }
    const parts = data.take();
    expect(parts.length).toBeGreaterThan(1);
    // Compared as bytes: a deep comparison of three megabytes takes seconds.
    expect(Buffer.concat(parts).equals(Buffer.concat([header, ...rows, trailer]))).toBe(true);
  });

  it('hands each full part on as soon as it is full when asked to, and take gives the rest', () => {
    const given: Uint8Array[] = [];
    const data = new CopyBinary((part) => given.push(part));
    const long = 'y'.repeat(300_000);
    const rows: Buffer[] = [];
    for (let row = 0; row < 10; row++) {
      data.row(2).int32(row).text(long);
      rows.push(rowBytes(int32(row), Buffer.from(long)));
    }
    // Three megabytes: the parts filled are out before the rows are taken, and take gives the last alone.
    expect(given.length).toBeGreaterThanOrEqual(2);
    const rest = data.take();
    expect(rest.length).toBe(1);
    expect(Buffer.concat([...given, ...rest]).equals(Buffer.concat([header, ...rows, trailer]))).toBe(true);
  });
});

describe('CopiedValues', () => {
  const values = [Buffer.from('ab'), Buffer.alloc(0), Buffer.from([0, 0xff, 0x0a, 0xff, 0xff])];
  const output = Buffer.concat([header, ...values.map((value) => rowBytes(value)), trailer]);
  const gather = (messages: Buffer[], expected = 0) => {
    const copied = new CopiedValues(expected);
    for (const message of messages) {
      copied.add(message);
    }
    return copied.result();
  };

  it('gathers the values of the rows a backend sends, a message per row, into a buffer of its own', () => {
    const messages = [Buffer.concat([header, rowBytes(values[0] as Buffer)]), rowBytes(Buffer.alloc(0))];
    messages.push(rowBytes(values[2] as Buffer), trailer);
    const read = gather(messages, 4);
    expect([...(read ?? [])]).toEqual([...Buffer.concat(values)]);
    // Copied, not viewed: the parser reuses its buffer for later messages.
    messages[0]?.fill(0);
    expect(read?.toString('latin1', 0, 2)).toBe('ab');
  });

  it('reads the same wherever the messages split the output: in the header, a count, a length or a value', () => {
    for (let split = 0; split <= output.length; split++) {
      const read = gather([output.subarray(0, split), output.subarray(split)]);
      expect(read?.equals(Buffer.concat(values)), `split at ${split}`).toBe(true);
    }
    const byteByByte = [...output].map((byte) => Buffer.from([byte]));
    expect(gather(byteByByte)?.equals(Buffer.concat(values))).toBe(true);
  });

  it('skips a header extension, and gives null for no row', () => {
    const extended = Buffer.concat([SIGNATURE, Buffer.alloc(4), int32(3), Buffer.from('xyz')]);
    expect(gather([extended, rowBytes(Buffer.from('v')), trailer])?.toString()).toBe('v');
    expect(gather([header, trailer])).toBeNull();
  });

  it('refuses what is not one bytea column: a null, two fields, no trailer, no signature, data after the end', () => {
    const refused = [
      [header, rowBytes(null), trailer],
      [header, rowBytes(Buffer.from('a'), Buffer.from('b')), trailer],
      [header, rowBytes(Buffer.from('a'))],
      [rowBytes(Buffer.from('a')), trailer],
      [header, trailer, rowBytes(Buffer.from('a'))],
      [],
    ];
    for (const messages of refused) {
      expect(() => gather(messages)).toThrow(/not one bytea column/);
    }
  });
});
