/**
 * What a SIE file declares before its vouchers: the identification records, the chart of accounts, the
 * dimensions and the objects. Transactions are checked against it: every account, dimension and object they
 * use must have been declared. SIE itself asks that only of export files (4E); an import file (4I) may leave
 * them out, "förutsätts det i princip att dessa finns upplagda i ett importerande program" (4B chapter 6).
 * Verksam keeps no chart of accounts of its own to fall back on, so it asks every file to carry its own; a
 * name that no declaration explains would otherwise become a row nobody can place.
 */
import { text } from './messages.ts';
import type { Report, SieRecord } from './record.ts';
import { objectKey, type SieHeader, type SieObjectRef } from './types.ts';
import { isDigits, parseSmallInteger } from './values.ts';

/** Dimensions 1–19 are reserved by the spec (4B 8.17) and need no #DIM when used (8.4, table note ❖). */
const LAST_RESERVED_DIMENSION = 19;

const NO_OBJECTS: ReadonlyArray<SieObjectRef> = Object.freeze([]);

function emptyHeader(): SieHeader {
  return {
    flag: null,
    format: null,
    sieType: null,
    program: null,
    generated: null,
    companyName: null,
    orgNumber: null,
    currency: null,
    fiscalYears: [],
    accounts: new Map(),
    dimensions: new Map(),
    objects: new Map(),
    checksum: null,
  };
}

export class SieDeclarations {
  readonly header: SieHeader = emptyHeader();

  constructor(private readonly report: Report) {}

  /**
   * Counts the records read that may have declared something, so that what was looked up in the declarations
   * before (the fast path's cache of accounts and object lists) can tell it may be out of date.
   */
  version = 0;

  /** Takes in a record outside the vouchers; labels that declare nothing needed here (#IB, #SRU, …) pass. */
  read(rec: SieRecord): void {
    const reader = this.readers[rec.label];
    if (reader !== undefined) {
      this.version++;
      reader(rec);
    }
  }

  hasAccount(account: string): boolean {
    return this.header.accounts.has(account);
  }

  /** What each record outside vouchers declares. */
  private readonly readers: Readonly<Record<string, (rec: SieRecord) => void>> = {
    '#FLAGGA': (rec) => this.flag(rec),
    '#FORMAT': (rec) => {
      this.header.format = rec.text(1, 'teckenuppsättning');
    },
    '#SIETYP': (rec) => this.sieType(rec),
    '#PROGRAM': (rec) => {
      const name = rec.text(1, 'programnamn');
      const version = rec.optionalText(2, 'version') ?? '';
      this.header.program = name === null ? null : { name, version };
    },
    '#GEN': (rec) => {
      this.header.generated = rec.date(1, 'datumet');
    },
    '#FNAMN': (rec) => {
      this.header.companyName = rec.text(1, 'företagsnamn');
    },
    '#ORGNR': (rec) => {
      // Fortnox writes "#ORGNR" without a number; nothing here needs it, so that is no reason to refuse.
      this.header.orgNumber = rec.optionalText(1, 'organisationsnummer') || null;
    },
    '#VALUTA': (rec) => {
      this.header.currency = rec.text(1, 'valutakod');
    },
    '#RAR': (rec) => this.fiscalYear(rec),
    '#KONTO': (rec) => this.account(rec),
    '#KTYP': (rec) => this.accountType(rec),
    '#DIM': (rec) => this.dimension(rec),
    '#UNDERDIM': (rec) => this.dimension(rec),
    '#OBJEKT': (rec) => this.object(rec),
  };

  private sieType(rec: SieRecord): void {
    const type = rec.text(1, 'typnummer');
    this.header.sieType = type;
    if (type !== null && type !== '4') {
      this.report(rec.line, text.wrongSieType(rec.line, type));
    }
  }

  private flag(rec: SieRecord): void {
    const flag = rec.text(1, 'flagga');
    if (flag === '0' || flag === '1') {
      this.header.flag = Number(flag);
    } else if (flag !== null) {
      this.report(rec.line, text.invalidFlag(rec.line, flag));
    }
  }

  private fiscalYear(rec: SieRecord): void {
    if (rec.fields.length <= 2) {
      return; // "#RAR 0" with no dates, as BL Administration writes in 4I files (where #RAR is optional)
    }
    const indexText = rec.text(1, 'årsnummer');
    const start = rec.date(2, 'startdatumet');
    const end = rec.date(3, 'slutdatumet');
    if (indexText === null || start === null || end === null) {
      return;
    }
    const index = parseSmallInteger(indexText);
    if (index === null) {
      this.report(rec.line, text.invalidInteger(rec.line, rec.label, 'årsnumret', indexText));
    } else if (end < start) {
      this.report(rec.line, text.invalidFiscalYear(rec.line, start, end));
    } else {
      this.header.fiscalYears.push({ index, start, end });
    }
  }

  private account(rec: SieRecord): void {
    const account = rec.text(1, 'kontonummer');
    const name = rec.text(2, 'kontonamn');
    if (account === null || name === null) {
      return;
    }
    if (!isDigits(account)) {
      this.report(rec.line, text.invalidAccountNumber(rec.line, account)); // "Kontonummer skall vara numeriskt."
      return;
    }
    const accounts = this.header.accounts;
    accounts.set(account, { name, type: accounts.get(account)?.type ?? null });
  }

  private accountType(rec: SieRecord): void {
    const account = rec.text(1, 'kontonummer');
    const type = rec.text(2, 'kontotyp');
    if (account === null || type === null) {
      return;
    }
    const declared = this.header.accounts.get(account);
    if (declared === undefined) {
      // "För att kontotyp ska få anges måste motsvarande kontopost ha förekommit tidigare i filen."
      this.report(rec.line, text.undeclaredAccount(rec.line, rec.label, account));
    } else if (type === 'T' || type === 'S' || type === 'K' || type === 'I') {
      declared.type = type;
    } else {
      this.report(rec.line, text.invalidAccountType(rec.line, type));
    }
  }

  /** #DIM, and #UNDERDIM with its superior dimension. */
  private dimension(rec: SieRecord): void {
    const numberText = rec.text(1, 'dimensionsnummer');
    const dimension = numberText === null ? null : this.dimensionNumber(numberText, rec.line, this.report);
    const name = rec.text(2, 'namn');
    const parentText = rec.label === '#UNDERDIM' ? rec.text(3, 'överdimension') : null;
    const parent = parentText === null ? null : this.dimensionNumber(parentText, rec.line, this.report);
    if (parent !== null && !(parent <= LAST_RESERVED_DIMENSION || this.header.dimensions.has(parent))) {
      this.report(rec.line, text.undeclaredSuperdimension(rec.line, parent));
    }
    if (dimension !== null && name !== null) {
      this.header.dimensions.set(dimension, { name, parent });
    }
  }

  private object(rec: SieRecord): void {
    const numberText = rec.text(1, 'dimensionsnummer');
    const dimension = numberText === null ? null : this.dimensionNumber(numberText, rec.line, this.report);
    const code = rec.text(2, 'objektnummer');
    const name = rec.text(3, 'objektnamn');
    if (
      dimension !== null &&
      code !== null &&
      name !== null &&
      this.dimensionDeclared(dimension, rec.line, this.report)
    ) {
      this.header.objects.set(objectKey(dimension, code), { name });
    }
  }

  private dimensionNumber(value: string, line: number, report: Report): number | null {
    const dimension = isDigits(value) ? parseSmallInteger(value) : null;
    if (dimension === null || dimension < 1) {
      report(line, text.invalidDimension(line, value));
      return null;
    }
    return dimension;
  }

  /** True when the dimension may be used: reserved (1–19) or declared; else reports it. */
  private dimensionDeclared(dimension: number, line: number, report: Report): boolean {
    if (dimension <= LAST_RESERVED_DIMENSION || this.header.dimensions.has(dimension)) {
      return true;
    }
    report(line, text.undeclaredDimension(line, dimension));
    return false;
  }

  /** The object list's pairs of dimension and object, in any order (4B 8.21). */
  readObjects(items: readonly string[], line: number): ReadonlyArray<SieObjectRef> {
    return this.objectRefs(items, line, this.report);
  }

  /**
   * The same pairs when the list has no problem at all, else null, reporting nothing: the fast path then
   * leaves the line to the general reader, which reports what is wrong through readObjects.
   */
  validObjects(items: readonly string[]): ReadonlyArray<SieObjectRef> | null {
    let valid = true;
    const refs = this.objectRefs(items, 0, () => {
      valid = false;
    });
    return valid ? refs : null;
  }

  private objectRefs(items: readonly string[], line: number, report: Report): ReadonlyArray<SieObjectRef> {
    if (items.length === 0) {
      return NO_OBJECTS;
    }
    if (items.length % 2 === 1) {
      report(line, text.oddObjectList(line));
      return NO_OBJECTS;
    }
    const refs: SieObjectRef[] = [];
    for (let i = 0; i < items.length; i += 2) {
      const dimension = this.dimensionNumber(items[i] as string, line, report);
      if (dimension === null) {
        continue;
      }
      if (refs.some((ref) => ref.dimension === dimension)) {
        report(line, text.repeatedDimension(line, dimension));
      }
      refs.push({ dimension, code: items[i + 1] as string });
    }
    for (const ref of refs) {
      if (this.dimensionDeclared(ref.dimension, line, report) && !this.objectDeclared(ref, refs)) {
        report(line, text.undeclaredObject(line, ref.dimension, ref.code));
      }
    }
    return refs;
  }

  /**
   * Whether #OBJEKT declared the object. An object of a subdimension is declared under the superior object's
   * code and its own run together (4B 8.12–8.13), but a transaction names it by its own code beside the
   * superior object (8.23); both spellings are looked up.
   */
  private objectDeclared(ref: SieObjectRef, refs: readonly SieObjectRef[]): boolean {
    const objects = this.header.objects;
    if (objects.has(objectKey(ref.dimension, ref.code))) {
      return true;
    }
    const parent = this.header.dimensions.get(ref.dimension)?.parent;
    const superior = refs.find((other) => other.dimension === parent);
    return superior !== undefined && objects.has(objectKey(ref.dimension, superior.code + ref.code));
  }
}
