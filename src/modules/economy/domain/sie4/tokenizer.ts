/**
 * Splits one line of a SIE file into fields (SIE 4B 5.7): fields are separated by one or more spaces or tabs;
 * any field may be quoted with ", and a quote inside a quoted field is written \". Only \" is an escape: the
 * spec names no other, so any other backslash is itself (a path "C:\temp" stays as written). An object list
 * {dim obj dim obj …} becomes one field, an array of its items, quoted or bare, in the order written.
 *
 * One pass over the characters with charCodeAt and slices; no regular expressions and no string built a
 * character at a time, since this runs for every line of files with millions of lines.
 */
import { BACKSLASH, CLOSE, OPEN, QUOTE, SPACE, TAB } from './char-codes.ts';

/** A field: its text, or for an object list the array of the items inside the braces. */
export type SieField = string | readonly string[];

export type TokenizeError =
  | { readonly kind: 'quote'; readonly field: string }
  | { readonly kind: 'objects'; readonly list: string }
  | { readonly kind: 'control'; readonly code: number; readonly inQuotes: boolean };

/** Control characters are 0–31 and 127 (4B 5.7); C1 controls 128–159 come only from a wrong decoding. */
function isControl(code: number): boolean {
  return code < 32 ? code !== TAB : code >= 127 && code <= 159;
}

class LineScanner {
  position = 0;
  error: TokenizeError | null = null;

  constructor(readonly line: string) {}

  skipBlanks(): void {
    const line = this.line;
    let i = this.position;
    while (i < line.length) {
      const code = line.charCodeAt(i);
      if (code !== SPACE && code !== TAB) {
        break;
      }
      i++;
    }
    this.position = i;
  }

  /** A bare field: up to a blank, or inside an object list also up to } or ". */
  bare(inList: boolean): string {
    const line = this.line;
    const start = this.position;
    let i = start;
    while (i < line.length) {
      const code = line.charCodeAt(i);
      if (code === SPACE || code === TAB || (inList && (code === CLOSE || code === QUOTE))) {
        break;
      }
      if (isControl(code)) {
        this.error = { kind: 'control', code, inQuotes: false };
        break;
      }
      i++;
    }
    this.position = i;
    return line.slice(start, i);
  }

  /** A quoted field, the position at its opening quote. */
  quoted(): string {
    const line = this.line;
    let value = '';
    let start = this.position + 1;
    for (let i = start; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === QUOTE) {
        this.position = i + 1;
        return value + line.slice(start, i);
      }
      if (code === BACKSLASH && line.charCodeAt(i + 1) === QUOTE) {
        value += `${line.slice(start, i)}"`;
        start = i + 2;
        i++;
      } else if (code === TAB || isControl(code)) {
        // A tab separates fields, but inside a text it is a control character like any other (4B 5.7).
        this.error = { kind: 'control', code, inQuotes: true };
        return '';
      }
    }
    this.error = { kind: 'quote', field: line.slice(this.position + 1) };
    return '';
  }

  /** An object list, the position at its {. */
  objectList(): string[] {
    const line = this.line;
    const open = this.position;
    const items: string[] = [];
    this.position++;
    while (this.error === null) {
      this.skipBlanks();
      if (this.position >= line.length) {
        this.error = { kind: 'objects', list: line.slice(open) };
        break;
      }
      const code = line.charCodeAt(this.position);
      if (code === CLOSE) {
        this.position++;
        break;
      }
      items.push(code === QUOTE ? this.quoted() : this.bare(true));
    }
    return items;
  }
}

/**
 * The fields of a line, from `start` (the first non-blank character). Fills `out` (emptied first, so one array
 * serves every line) and returns null, or returns what makes the line unreadable.
 */
export function tokenizeLine(line: string, start: number, out: SieField[]): TokenizeError | null {
  out.length = 0;
  const scanner = new LineScanner(line);
  scanner.position = start;
  while (scanner.error === null) {
    scanner.skipBlanks();
    if (scanner.position >= line.length) {
      break;
    }
    const code = line.charCodeAt(scanner.position);
    if (code === QUOTE) {
      out.push(scanner.quoted());
    } else if (code === OPEN && out.length > 0) {
      out.push(scanner.objectList());
    } else {
      out.push(scanner.bare(false));
    }
  }
  return scanner.error;
}
