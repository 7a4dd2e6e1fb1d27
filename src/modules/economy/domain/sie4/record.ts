/**
 * One record of a SIE file as read: its label, its fields and its line, with accessors that report a missing
 * or malformed field as a problem and give null, so the reader can go on and find the next problem too.
 */
import { text } from './messages.ts';
import type { SieField } from './tokenizer.ts';
import { parseSieDate } from './values.ts';

export type Report = (line: number, message: string) => void;

export class SieRecord {
  constructor(
    /**
     * In upper case. SIE writes its labels in upper case but says nothing of case, and no two labels differ
     * by case alone, so a "#trans" is read as #TRANS rather than ignored as an unknown label.
     */
    readonly label: string,
    readonly fields: readonly SieField[],
    readonly line: number,
    private readonly report: Report,
  ) {}

  /** A mandatory field as text; null, after reporting, when it is missing or an object list. */
  text(index: number, what: string): string | null {
    const field = this.fields[index];
    if (field === undefined) {
      this.report(this.line, text.missingField(this.line, this.label, what));
      return null;
    }
    return this.asText(field, what);
  }

  /** An optional field as text, '' when absent; null, after reporting, when it is an object list. */
  optionalText(index: number, what: string): string | null {
    const field = this.fields[index];
    return field === undefined ? '' : this.asText(field, what);
  }

  /** A mandatory date as ISO; null, after reporting, when missing or no date. */
  date(index: number, what: string): string | null {
    const value = this.text(index, what);
    return value === null ? null : this.toDate(value, what);
  }

  /** An optional date as ISO; null when absent or empty (""), or, after reporting, when no date. */
  optionalDate(index: number, what: string): string | null {
    const value = this.optionalText(index, what);
    return value ? this.toDate(value, what) : null;
  }

  private asText(field: SieField, what: string): string | null {
    if (typeof field === 'string') {
      return field;
    }
    this.report(this.line, text.misplacedObjectList(this.line, this.label, what));
    return null;
  }

  private toDate(value: string, what: string): string | null {
    const date = parseSieDate(value);
    if (date === null) {
      this.report(this.line, text.invalidDate(this.line, this.label, what, value));
    }
    return date;
  }
}
