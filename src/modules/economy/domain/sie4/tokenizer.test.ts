import { describe, expect, it } from 'vitest';
import { type SieField, tokenizeLine } from './tokenizer.ts';

function fields(line: string): SieField[] {
  const out: SieField[] = [];
  const error = tokenizeLine(line, 0, out);
  expect(error).toBeNull();
  return out;
}

describe('tokenizer', () => {
  it('splits on runs of spaces and tabs', () => {
    expect(fields('#TRANS  \t 1930\t\t{}   -100.00')).toEqual(['#TRANS', '1930', [], '-100.00']);
  });

  it('reads quoted fields with spaces, empty fields and escaped quotes', () => {
    expect(fields('#KONTO 1915 "Kassa \\"special\\""')).toEqual(['#KONTO', '1915', 'Kassa "special"']);
    expect(fields('#VER "" "" 20080101 "Porto"')).toEqual(['#VER', '', '', '20080101', 'Porto']);
  });

  it('keeps any other backslash as it is, as SIE defines no other escape', () => {
    expect(fields('#FNR "C:\\ProgramData\\SPCS" \\x')).toEqual(['#FNR', 'C:\\ProgramData\\SPCS', '\\x']);
    expect(fields('#PROSA "a\\\\b"')).toEqual(['#PROSA', 'a\\\\b']);
  });

  it('reads object lists with quoted or bare items in any mix', () => {
    expect(fields('#TRANS 7010 {1 "456" "6" 47} 13200.00')).toEqual([
      '#TRANS',
      '7010',
      ['1', '456', '6', '47'],
      '13200.00',
    ]);
    expect(fields('#TRANS 7010 {"1" "456"} 1')).toEqual(['#TRANS', '7010', ['1', '456'], '1']);
    expect(fields('#TRANS 7010 {1 "Skola Nord"} 1')[2]).toEqual(['1', 'Skola Nord']);
    expect(fields('#TRANS 1910 { } -1000.00')[2]).toEqual([]);
    expect(fields('#TRANS 1910 {\t} -1000.00')[2]).toEqual([]);
    expect(fields('#TRANS 1910 {1 "4}5"} 1')[2]).toEqual(['1', '4}5']);
  });

  it('starts at the first non-blank character', () => {
    const out: SieField[] = [];
    expect(tokenizeLine('   #TRANS 1930 {} 1', 3, out)).toBeNull();
    expect(out[0]).toBe('#TRANS');
  });

  it('reports an unterminated quote', () => {
    expect(tokenizeLine('#KONTO 1930 "Bank', 0, [])).toEqual({ kind: 'quote', field: 'Bank' });
    expect(tokenizeLine('#KONTO 1930 "Bank\\"', 0, [])).toEqual({ kind: 'quote', field: 'Bank\\"' });
  });

  it('reports an object list without its closing brace', () => {
    expect(tokenizeLine('#TRANS 7010 {1 "456" 100.00', 0, [])).toEqual({
      kind: 'objects',
      list: '{1 "456" 100.00',
    });
    expect(tokenizeLine('#TRANS 7010 {1 "456', 0, [])).toEqual({ kind: 'quote', field: '456' });
  });

  it('reports control characters, a tab inside quotes included (SIE 4B 5.7)', () => {
    expect(tokenizeLine('#KONTO 1930 Ba\u0000nk', 0, [])).toEqual({
      kind: 'control',
      code: 0,
      inQuotes: false,
    });
    expect(tokenizeLine('#KONTO 1930 "Ba\tnk"', 0, [])).toEqual({ kind: 'control', code: 9, inQuotes: true });
    expect(tokenizeLine('#KONTO 1930 "Bank\u0085"', 0, [])).toEqual({
      kind: 'control',
      code: 0x85,
      inQuotes: true,
    });
  });
});
