import { describe, expect, it } from 'vitest';
import { joinJson, jsonBytes } from './api.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('joinJson', () => {
  it('writes the own fields in front of the kept ones, as one object', () => {
    const joined = joinJson<{ a: number; b: string }>({ a: 1 }, jsonBytes({ b: 'två å' }));
    expect(text(joined.bytes)).toBe('{"a":1,"b":"två å"}');
    expect(JSON.parse(text(joined.bytes))).toEqual({ a: 1, b: 'två å' });
  });

  it('leaves no stray comma when either side is empty', () => {
    expect(text(joinJson({}, jsonBytes({ b: 2 })).bytes)).toBe('{"b":2}');
    expect(text(joinJson({ a: 1 }, jsonBytes({})).bytes)).toBe('{"a":1}');
    expect(text(joinJson({}, jsonBytes({})).bytes)).toBe('{}');
  });
});
