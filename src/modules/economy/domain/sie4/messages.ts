/**
 * The Swedish texts of the SIE 4 reader, in one place so the wording stays consistent. Each names the line and
 * quotes the offending value, so the user can find it in the file.
 */
import { formatDecimal } from '#core/format.ts';
import { formatKronor } from './values.ts';

const EXCERPT_LENGTH = 40;

/** A value as quoted in a message, cut short when long. */
export function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function describeControl(code: number): string {
  return code === 9 ? 'tabb (0x09)' : code > 0xff ? `U+${code.toString(16).toUpperCase()}` : hex(code);
}

/** "Verifikation A 12", or "Verifikationen" for an import file's voucher without series and number. */
export function voucherName(series: string, number: string): string {
  const name = `${series} ${number}`.trim();
  return name === '' ? 'Verifikationen' : `Verifikation ${name}`;
}

function joinSwedish(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

const ONE_ENCODING = 'Spara filen på nytt med en enda teckenkodning, helst UTF-8 eller CP437 (PC8).';

export const text = {
  empty: () => 'Filen är tom.',
  controlCharacter: (line: number, code: number) =>
    `Filen är inte en SIE-fil: rad ${line} innehåller styrtecknet ${describeControl(code)}, ` +
    'och styrtecken får inte förekomma i en SIE-fil.',
  controlInText: (line: number, code: number) =>
    `Rad ${line} har styrtecknet ${describeControl(code)} inuti ett textfält; ` +
    'styrtecken får inte förekomma i text i en SIE-fil.',
  invalidUtf8AfterBom: (line: number) =>
    `Filen börjar med en UTF-8-markering, men rad ${line} innehåller byte som inte är giltig UTF-8. ${ONE_ENCODING}`,
  invalidBytes: (line: number, encoding: string) =>
    `Rad ${line} innehåller byte som inte är giltig ${encoding}; filen är skadad eller i en annan teckenkodning.`,
  mixedUtf8: (line: number) =>
    'Teckenkodningen går inte att avgöra: filen innehåller både UTF-8-tecken och byte som inte är giltig ' +
    `UTF-8 (rad ${line}). ${ONE_ENCODING}`,
  mixedLetters: (line1252: number, line437: number) =>
    `Teckenkodningen går inte att avgöra: rad ${line1252} har å, ä eller ö skrivna som Windows-1252 och ` +
    `rad ${line437} som CP437 (PC8). ${ONE_ENCODING}`,
  strangeByte: (line: number, byte: number) =>
    `Teckenkodningen går inte att avgöra: rad ${line} innehåller byten ${hex(byte)}, som inte är en bokstav ` +
    `eller ett vanligt tecken i vare sig CP437 (PC8) eller Windows-1252. ${ONE_ENCODING}`,
  byteAgainstLetters: (line: number, byte: number, encoding: string) =>
    `Teckenkodningen går inte att avgöra: filens å, ä och ö är skrivna i ${encoding}, men rad ${line} ` +
    `innehåller byten ${hex(byte)}, som i ${encoding} inte är en bokstav eller ett vanligt tecken. ${ONE_ENCODING}`,
  undecidable: (line: number) =>
    `Teckenkodningen går inte att avgöra: rad ${line} har tecken utanför ASCII, men filen har inga å, ä eller ö ` +
    `som visar om den är skriven i CP437 (PC8) eller Windows-1252. ${ONE_ENCODING}`,
  notSie: (line: number, start: string) =>
    `Filen är inte en SIE-fil: rad ${line} börjar inte med en etikett som #FLAGGA utan med ”${excerpt(start)}”.`,
  notARecord: (line: number, start: string) =>
    `Rad ${line} är inte en SIE-post: den börjar med ”${excerpt(start)}” i stället för en etikett som #TRANS.`,
  lineTooLong: (line: number, limit: number) =>
    `Rad ${line} är längre än ${formatDecimal(String(limit))} tecken. Så långa rader förekommer inte i SIE-filer; filen är skadad ` +
    'eller inte en SIE-fil.',
  unterminatedQuote: (line: number, field: string) =>
    `Rad ${line}: citattecknet före ”${excerpt(field)}” avslutas aldrig.`,
  unterminatedObjectList: (line: number, list: string) =>
    `Rad ${line}: objektlistan ”${excerpt(list)}” avslutas aldrig med }.`,
  braceNotAlone: (line: number) => `Rad ${line}: en klammer { eller } ska stå ensam på sin rad.`,
  strayOpenBrace: (line: number) =>
    `Rad ${line}: { hör inte till någon #VER-post; blocket med transaktioner ska stå direkt efter #VER.`,
  strayCloseBrace: (line: number) => `Rad ${line}: } avslutar inget block, för det finns ingen öppen {.`,
  unclosedVoucher: (name: string, line: number, nextLine: number | null) =>
    `${name} på rad ${line}: blocket { avslutas aldrig med } ` +
    (nextLine === null ? 'före filens slut.' : `före nästa #VER på rad ${nextLine}.`),
  voucherWithoutBlock: (name: string, line: number) =>
    `${name} på rad ${line} följs inte av ett block { … } med transaktioner.`,
  unclosedBlock: (line: number) => `Rad ${line}: blocket { avslutas aldrig med }.`,
  transOutsideVoucher: (line: number, label: string) =>
    `Rad ${line}: ${label} står utanför ett #VER-block; transaktioner får bara finnas inom en verifikation.`,
  labelInsideVoucher: (line: number, label: string) =>
    `Rad ${line}: ${label} får inte stå inom ett #VER-block.`,
  firstRecordNotFlag: (line: number, label: string) =>
    `Rad ${line}: en SIE-fil ska börja med #FLAGGA, men första posten är ${excerpt(label)}.`,
  missingRecords: (labels: readonly string[]) =>
    `Filen saknar ${labels.length === 1 ? 'posten' : 'posterna'} ${joinSwedish(labels)}, som är ` +
    `${labels.length === 1 ? 'obligatorisk' : 'obligatoriska'} i en SIE-fil av typ 4.`,
  wrongSieType: (line: number, value: string) =>
    `Rad ${line}: filen är av SIE-typ ${excerpt(value)}; bara typ 4, med verifikationer, kan läsas in.`,
  missingField: (line: number, label: string, field: string) => `Rad ${line}: ${label} saknar ${field}.`,
  misplacedObjectList: (line: number, label: string, field: string) =>
    `Rad ${line}: ${label} har en objektlista där ${field} ska stå.`,
  invalidFlag: (line: number, value: string) =>
    `Rad ${line}: #FLAGGA ska vara 0 eller 1, inte ”${excerpt(value)}”.`,
  invalidDate: (line: number, label: string, field: string, value: string) =>
    `Rad ${line}: ${field} ”${excerpt(value)}” i ${label} är inget datum; det ska skrivas ÅÅÅÅMMDD och finnas ` +
    'i kalendern.',
  invalidAmount: (line: number, label: string, value: string) =>
    `Rad ${line}: ”${excerpt(value)}” i ${label} är inget belopp; ett belopp skrivs med punkt som ` +
    'decimaltecken och högst två decimaler, till exempel -1234.50.',
  amountTooLarge: (line: number, value: string, digits: number) =>
    `Rad ${line}: beloppet ”${excerpt(value)}” är orimligt stort (fler än ${digits} siffror före decimalpunkten).`,
  invalidQuantity: (line: number, value: string) =>
    `Rad ${line}: kvantiteten ”${excerpt(value)}” är inget tal med punkt som decimaltecken.`,
  invalidInteger: (line: number, label: string, field: string, value: string) =>
    `Rad ${line}: ${field} ”${excerpt(value)}” i ${label} är inget heltal.`,
  invalidAccountNumber: (line: number, value: string) =>
    `Rad ${line}: kontonumret ”${excerpt(value)}” är inte numeriskt.`,
  undeclaredAccount: (line: number, label: string, account: string) =>
    `Rad ${line}: kontot ${excerpt(account)} i ${label} är inte deklarerat med #KONTO.`,
  invalidAccountType: (line: number, value: string) =>
    `Rad ${line}: kontotypen ”${excerpt(value)}” ska vara T, S, K eller I.`,
  invalidDimension: (line: number, value: string) =>
    `Rad ${line}: dimensionsnumret ”${excerpt(value)}” är inget positivt heltal.`,
  undeclaredDimension: (line: number, dimension: number) =>
    `Rad ${line}: dimension ${dimension} är inte deklarerad med #DIM; bara de reserverade dimensionerna ` +
    '1–19 behöver ingen deklaration.',
  undeclaredObject: (line: number, dimension: number, code: string) =>
    `Rad ${line}: objektet ”${excerpt(code)}” i dimension ${dimension} är inte deklarerat med #OBJEKT.`,
  oddObjectList: (line: number) =>
    `Rad ${line}: objektlistan ska bestå av par av dimension och objekt, men har ett udda antal fält.`,
  repeatedDimension: (line: number, dimension: number) =>
    `Rad ${line}: objektlistan anger dimension ${dimension} mer än en gång.`,
  missingObjectList: (line: number, label: string) =>
    `Rad ${line}: ${label} saknar objektlista; den skrivs {} när raden saknar objekt.`,
  duplicateVoucher: (line: number, series: string, number: string) =>
    `Rad ${line}: verifikation ${excerpt(series)} ${excerpt(number)} förekommer mer än en gång i filen.`,
  unbalanced: (name: string, line: number, sumOre: bigint) =>
    `${name} på rad ${line} balanserar inte: summan är ${formatKronor(sumOre)}.`,
  addedWithoutTwin: (line: number, nextLine: number | null) =>
    `Rad ${line}: #RTRANS ska direkt följas av en likadan #TRANS-rad, ` +
    (nextLine === null ? 'men ingen sådan följer.' : `men rad ${nextLine} är inte likadan.`),
  checksumTruncated: (line: number) =>
    `Filen är avkortad: den inleds med #KSUMMA på rad ${line}, men den avslutande #KSUMMA med ` +
    'kontrollsumma saknas. Exportera filen på nytt.',
  checksumMismatch: (line: number, declared: string, computed: number) =>
    `Rad ${line}: kontrollsumman stämmer inte (filen anger ${excerpt(declared)}, innehållet ger ${computed}). ` +
    'Filen har ändrats eller skadats efter exporten.',
  invalidChecksum: (line: number, value: string) =>
    `Rad ${line}: kontrollsumman ”${excerpt(value)}” i #KSUMMA är inget 32-bitars heltal.`,
  checksumWithoutStart: (line: number) =>
    `Rad ${line}: #KSUMMA med kontrollsumma, men filen har ingen inledande #KSUMMA.`,
  checksumRestarted: (line: number, openLine: number) =>
    `Rad ${line}: en ny inledande #KSUMMA, fast kontrollsummeringen från rad ${openLine} inte avslutats.`,
  afterChecksum: (line: number) =>
    `Rad ${line}: posten står efter den avslutande #KSUMMA och täcks inte av kontrollsumman.`,
  invalidFiscalYear: (line: number, start: string, end: string) =>
    `Rad ${line}: räkenskapsåret slutar ${end}, före sin början ${start}.`,
  undeclaredSuperdimension: (line: number, dimension: number) =>
    `Rad ${line}: den överordnade dimensionen ${dimension} är inte deklarerad med #DIM.`,
  moreProblems: (count: number) => `…och ${count} problem till, som inte visas här.`,
};
