import { describe, expect, it } from 'vitest';
import { FIRST_GUESS, PassEncoding } from './ledger-reading.ts';
import { encode } from './sie4/fixtures.ts';

const plain = encode('#FLAGGA 0\r\n#PROGRAM "Ekonomisystem" 1.0\r\n', 'cp437');

describe('the encoding a pass over a ledger file parses in', () => {
  it('is the known one on a pass that knows it, whatever the bytes, and decides nothing', () => {
    const pass = new PassEncoding('windows-1252');
    pass.see(encode('#FNAMN "Förvaltningen"\r\n', 'utf-8'));
    expect(pass.parseIn()).toBe('windows-1252');
    expect(pass.decided()).toBeNull();
  });

  it('is the one the first chunk suggests, and stays the first guess while the bytes suggest none', () => {
    const first = new PassEncoding(null);
    expect(first.parseIn()).toBe(FIRST_GUESS);
    first.see(plain);
    expect(first.parseIn()).toBe(FIRST_GUESS);
    const utf8 = new PassEncoding(null);
    utf8.see(encode('#FNAMN "Förvaltningen"\r\n', 'utf-8'));
    expect(utf8.parseIn()).toBe('utf-8');
  });

  it('decides on every chunk it has seen, the later ones too', () => {
    const pass = new PassEncoding(null);
    pass.see(plain);
    pass.see(encode('#FNAMN "Förvaltningen"\r\n', 'windows-1252'));
    expect(pass.decided()?.encoding).toBe('windows-1252');
  });
});
