/** Spooling a JSON object's arrays to disk: in order, whole, and refused in Swedish when it is not UTF-8 JSON. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { spoolJson } from '../src/platform/json-spool.ts';

function chunked(text: string, parts: number): Readable {
  const size = Math.ceil(text.length / parts);
  return Readable.from(
    Array.from({ length: parts }, (_, index) => Buffer.from(text.slice(index * size, (index + 1) * size))),
  );
}

async function all(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

describe('spoolJson', () => {
  it('keeps the fields, and spools each array in order however the bytes are split', async () => {
    const goals = Array.from({ length: 5000 }, (_, index) => ({ id: index, name: `Mål ${index} – åäö` }));
    const text = JSON.stringify({
      format: 'x',
      scope: { org: 'VSS', year: 2023 },
      goals,
      outcomes: goals,
      empty: [],
    });
    // Many records per array make the spool file's buffer fill up, so the parser must pause and resume.
    const spooled = await spoolJson(chunked(text, 37), { maxDepth: 32 });
    expect(spooled.scalars).toEqual({ format: 'x', scope: { org: 'VSS', year: 2023 } });
    expect(spooled.arrays.get('goals')).toEqual({ count: 5000 });
    expect(await all(spooled.read('outcomes'))).toEqual(goals);
    expect(await all(spooled.read('empty'))).toEqual([]);
    await spooled.close();
  });

  it.each([
    ['[1, 2]', 'Innehållet ska vara ett JSON-objekt.'],
    ['{"a": }', 'Innehållet är inte giltig JSON.'],
    ['', 'Innehållet är inte giltig JSON.'],
    ['{"a": [1, 2', 'Innehållet är inte giltig JSON.'],
    [`{"a": ${'['.repeat(40)}${']'.repeat(40)}}`, 'Innehållet är nästlat djupare än 32 nivåer.'],
  ])('refuses %j in Swedish', async (text, message) => {
    await expect(spoolJson(chunked(text, 1), { maxDepth: 32 })).rejects.toThrow(message);
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', async () => {
    const latin1 = Readable.from([Buffer.from([0x7b, 0x22, 0xe5, 0x22, 0x3a, 0x31, 0x7d])]);
    await expect(spoolJson(latin1, { maxDepth: 32 })).rejects.toThrow('Innehållet är inte giltig UTF-8.');
  });
});
