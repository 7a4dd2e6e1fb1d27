/**
 * The characters SIE's syntax is made of, as the codes both readers compare (the text one and the byte one),
 * and the one way both the byte reader and the CP437 decoder make a short field's string from its bytes.
 */
export const SPACE = 32;
export const TAB = 9;
export const QUOTE = 34;
export const HASH = 35;
export const BACKSLASH = 92;
export const OPEN = 123;
export const CLOSE = 125;
export const DELETE = 127;

/** Reused by stringOfBytes: an array of codes per length, as setting an array's length reallocates it. */
const CODES: number[][] = [];

/**
 * The string of bytes[start, end), each byte a character of its own code or, given a table, of the code the
 * table maps it to: for the short fields of a SIE line (an account, a voucher number, a text), made in one
 * allocation. Building them by `+=` made a string per character, half of the reader's garbage; a view of the
 * bytes for String.fromCharCode, or a call into TextDecoder, costs more than such a field's characters.
 */
export function stringOfBytes(bytes: Uint8Array, start: number, end: number, table?: Uint16Array): string {
  // Callers keep to short spans (SHORT_TEXT, SHORT_SPAN), so the arrays kept are few and small.
  const length = end - start;
  let codes = CODES[length];
  if (codes === undefined) {
    codes = new Array<number>(length).fill(0);
    CODES[length] = codes;
  }
  if (table === undefined) {
    for (let i = 0; i < length; i++) {
      codes[i] = bytes[start + i] as number;
    }
  } else {
    for (let i = 0; i < length; i++) {
      codes[i] = table[bytes[start + i] as number] as number;
    }
  }
  return String.fromCharCode.apply(null, codes);
}
