/**
 * Reading a table's variance column ("Avvikelse") for the document rules (issue 9): which two columns it is
 * taken between, what kind of figure a row is (a net, costs or revenues), the variance convention the table
 * declares in its footnotes or note (conventions.ts and the investments' sentences word them), the amount
 * unit its caption states, and which texts of the document comment a table.
 *
 * Nothing is guessed: the two columns are identified from their headers only ("Bokslut 2019", "Prognos
 * helår", "Utfall jan–aug 2023" against "Budget 2019"), and where more than one could be meant, none is.
 */
import { compareDecimal, type DecimalString, subtractDecimal } from '#core/decimal.ts';
import type { DocumentBlock } from '#core/document.ts';
import type { RichTextBlock } from '#core/rich-text.ts';
import type { TableModel, TableRow } from '#core/table.ts';
import { netConventionOf } from './document-signs.ts';
import { amountUnitOf, headerOf, isVaravRow, magnitude, type PrintedTable } from './document-tables.ts';

/** The cell indexes (as in `row.cells`) of a variance column and the two columns it is taken between. */
export interface VarianceColumns {
  readonly actual: number;
  readonly budget: number;
  readonly variance: number;
}

const VARIANCE_HEADER = /^avvikelse\b/i;
const BUDGET_HEADER = /^budget\b/i;
/** In order of preference: a forecast for the year before a closing before an outcome so far. */
const ACTUAL_HEADERS = [/^prognos\b/i, /^bokslut\b/i, /^utfall\b/i] as const;
const yearIn = (label: string) => /\b(?:19|20)\d{2}\b/.exec(label)?.[0] ?? null;

/**
 * The variance column and the actual (or forecast) and budget columns it compares, from the headers: one
 * "Avvikelse", one "Budget …", and of the "Prognos …", "Bokslut …" and "Utfall …" columns of the budget's
 * year (or of no stated year) the one of the first kind present – a forecast for the year is what an
 * interim report compares with the budget (004:184-206), not the outcome so far. A header with a comma
 * ("Bokslut 2019, utgifter", "Budget 2019, netto") names a part of a figure and is not read. Null when the
 * columns cannot be told surely.
 */
export function varianceColumnsOf(table: TableModel): VarianceColumns | null {
  const labels = table.columns.slice(1).map((column) => column.label.trim());
  const indexes = (test: (label: string) => boolean) =>
    labels.flatMap((label, index) => (test(label) && !label.includes(',') ? [index] : []));
  const variances = indexes((label) => VARIANCE_HEADER.test(label));
  const budgets = indexes((label) => BUDGET_HEADER.test(label));
  if (variances.length !== 1 || budgets.length !== 1) {
    return null;
  }
  const budget = budgets[0] as number;
  const budgetYear = yearIn(labels[budget] as string);
  for (const header of ACTUAL_HEADERS) {
    const actuals = indexes((label) => {
      const year = yearIn(label);
      return header.test(label) && (year === null || budgetYear === null || year === budgetYear);
    });
    if (actuals.length > 1) {
      return null;
    }
    if (actuals.length === 1) {
      return { actual: actuals[0] as number, budget, variance: variances[0] as number };
    }
  }
  return null;
}

/** What a row's figures are: a net (a unit, a sum), its costs or its revenues (or expenditure, income). */
export type LineKind = 'net' | 'costs' | 'revenues';

export interface RowLine {
  readonly kind: LineKind;
  /** The word the row is printed with: "netto", "kostnader", "utgifter", "intäkter", "inkomster". */
  readonly word: string;
}

/** A row's header without footnote stars ("Kontakt Linköping*"). */
export const bareHeader = (row: TableRow) =>
  headerOf(row)
    .replace(/[*¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    .trim();

/**
 * What kind of figure a row is, from its header: "(varav) kostnader | utgifter" are costs, "(varav)
 * intäkter | inkomster" revenues; a row that names some other cost or revenue ("Personalkostnader") or is
 * another part ("varav chatt") is not read; every other row – a unit, a sum, "Summa nettokostnader" – is a net.
 */
export function lineOf(row: TableRow): RowLine | null {
  const header = bareHeader(row);
  const gross = /^(?:varav\s+)?(kostnader|utgifter|intäkter|inkomster)$/i.exec(header);
  if (gross) {
    const word = (gross[1] as string).toLowerCase();
    return { kind: word === 'kostnader' || word === 'utgifter' ? 'costs' : 'revenues', word };
  }
  if (isVaravRow(row) || (/kostnad|intäkt|utgift|inkomst/i.test(header) && !/netto/i.test(header))) {
    return null;
  }
  return { kind: 'net', word: 'netto' };
}

/** A variance as utfall minus budget, or budget minus utfall. */
export type VarianceDirection = 'actualMinusBudget' | 'budgetMinusActual';

export const DIRECTION_WORDS: Readonly<Record<VarianceDirection, string>> = {
  actualMinusBudget: 'utfall minus budget',
  budgetMinusActual: 'budget minus utfall',
};

export const opposite = (direction: VarianceDirection): VarianceDirection =>
  direction === 'actualMinusBudget' ? 'budgetMinusActual' : 'actualMinusBudget';

/** The variance a direction gives from the printed actual and budget. */
export const varianceBy = (direction: VarianceDirection, actual: DecimalString, budget: DecimalString) =>
  direction === 'actualMinusBudget' ? subtractDecimal(actual, budget) : subtractDecimal(budget, actual);

/** How each kind of row's variance is taken; null for a kind the declaration leaves open. */
export type VarianceDirections = Readonly<Record<LineKind, VarianceDirection | null>>;

const FAVOURABLE_POSITIVE = /Avvikelse anges så att ett positivt belopp är bättre än budget/i;
const ACTUAL_MINUS_BUDGET = /Avvikelse anges som utfall minus budget/i;
const BUDGET_MINUS_ACTUAL = /Avvikelse anges som budget(?: \(ram\))? minus utfall/i;

const textsOf = (printed: PrintedTable) => [
  ...printed.table.footnotes.map((note) => note.text),
  printed.note ?? '',
];

/**
 * The variance convention the table's footnotes or note declare, per kind of row; null when they declare
 * none, or more than one. The economy's "positivt belopp är bättre än budget" (describeVarianceConvention):
 * costs budget − actual, revenues actual − budget, and the net as the sentence says ("netto som utfall minus
 * budget") or, failing that, as the table's declared sign convention makes it. "… som utfall minus budget
 * (på varje rad)": every row actual − budget. The investments' "… som budget (ram) minus utfall": every row
 * budget − actual, but income actual − budget where it says so.
 */
export function declaredVarianceDirections(printed: PrintedTable): VarianceDirections | null {
  const texts = textsOf(printed);
  const says = (pattern: RegExp) => texts.some((text) => pattern.test(text));
  const declared = [FAVOURABLE_POSITIVE, ACTUAL_MINUS_BUDGET, BUDGET_MINUS_ACTUAL].filter(says);
  if (declared.length !== 1) {
    return null;
  }
  if (declared[0] === ACTUAL_MINUS_BUDGET) {
    return { net: 'actualMinusBudget', costs: 'actualMinusBudget', revenues: 'actualMinusBudget' };
  }
  if (declared[0] === BUDGET_MINUS_ACTUAL) {
    const income = says(/För varav inkomster anges avvikelsen som utfall minus budget/i);
    return {
      net: 'budgetMinusActual',
      costs: 'budgetMinusActual',
      revenues: income ? 'actualMinusBudget' : 'budgetMinusActual',
    };
  }
  const sign = netConventionOf(printed);
  const net = says(/netto som utfall minus budget/i)
    ? 'actualMinusBudget'
    : says(/netto som budget minus utfall/i)
      ? 'budgetMinusActual'
      : sign?.plus === 'intäkter'
        ? 'actualMinusBudget'
        : sign?.plus === 'kostnader'
          ? 'budgetMinusActual'
          : null;
  return { net, costs: 'budgetMinusActual', revenues: 'actualMinusBudget' };
}

/** A unit's factor to kronor: a figure in tkr is a thousand kronor. */
const KRONOR_EXPONENT: Readonly<Record<string, number>> = { kr: 0, tkr: 3, mnkr: 6 };

/**
 * The amount unit of a table: the caption's "belopp i tkr" (amountUnitOf) or, as the seeds caption the
 * operating statement, "netto tkr" ("Driftsammandrag, netto tkr", 002:134). Null when it states none.
 */
export function moneyUnitOf(table: TableModel): string | null {
  return amountUnitOf(table) ?? /\bnetto,? (kr|tkr|mnkr)\b/i.exec(table.caption)?.[1]?.toLowerCase() ?? null;
}

export const kronorExponent = (unit: string) => KRONOR_EXPONENT[unit] ?? null;

/** Whether two figures are within `allowance` of each other. */
export const within = (a: DecimalString, b: DecimalString, allowance: DecimalString) =>
  compareDecimal(magnitude(subtractDecimal(a, b)), allowance) <= 0;

// Texts that comment a table --------------------------------------------------------------------------------

/** A heading of a section that comments what stands before it: "Analys och kommentar", "Kommentar". */
const COMMENT_HEADING = /^(?:analys och kommentar(?:er)?|kommentar(?:er)?|analys)$/i;

function richTextPlain(blocks: readonly RichTextBlock[]): string {
  const runs = (items: readonly { text: string }[]) => items.map((run) => run.text).join('');
  return blocks
    .flatMap((block) =>
      block.type === 'paragraph'
        ? [runs(block.runs)]
        : block.items.flatMap(function item(entry): string[] {
            return [runs(entry.runs), ...entry.lists.flatMap((list) => list.items.flatMap(item))];
          }),
    )
    .join('\n');
}

/** The written text of a block: a paragraph's or a rich text's; nothing for a placeholder or a table. */
export function textOfBlock(block: DocumentBlock): string | null {
  if (block.kind === 'paragraph') {
    return [block.label, block.text].filter(Boolean).join(' ');
  }
  if (block.kind === 'richText') {
    return richTextPlain(block.blocks);
  }
  return null;
}

/** The texts that comment a table, and whether the document has a place for them at all. */
export interface TableComments {
  /** The written texts, each a block's plain text. */
  readonly texts: readonly string[];
  /** Whether any text section stands there, written or a draft's placeholder ("Text saknas: …"). */
  readonly hasSection: boolean;
}

/**
 * The texts that comment the table at `index`: the text right before it under the same heading (back to
 * the heading or another table), and the text after it up to the next heading of its own heading's level or
 * higher – passing a comment section's heading ("Analys och kommentar", 002:149, at any level) and a section
 * of the same level that holds no text of its own (a chart of the same figures, as the interim report puts
 * "Helårsprognos mot budget" between the forecast and its comment). A draft's placeholder ("Text saknas") is
 * no text, but a section.
 */
export function tableComments(blocks: readonly DocumentBlock[], index: number): TableComments {
  const region: DocumentBlock[] = [];
  for (let before = index - 1; before >= 0; before -= 1) {
    const block = blocks[before] as DocumentBlock;
    if (block.kind === 'heading' || block.kind === 'table' || block.kind === 'chart') {
      break;
    }
    region.unshift(block);
  }
  const own = blocks.slice(0, index).findLast((block) => block.kind === 'heading');
  const level = own?.kind === 'heading' ? own.level : 1;
  for (let after = index + 1; after < blocks.length; after += 1) {
    const block = blocks[after] as DocumentBlock;
    if (block.kind === 'heading' && block.level <= level && !COMMENT_HEADING.test(block.text.trim())) {
      const next = blocks.findIndex(
        (candidate, at) => at > after && candidate.kind === 'heading' && candidate.level <= block.level,
      );
      const section = blocks.slice(after + 1, next === -1 ? blocks.length : next);
      if (block.level < level || section.some(isTextSection)) {
        break;
      }
      continue;
    }
    region.push(block);
  }
  const texts = region.flatMap((block) => {
    const text = textOfBlock(block);
    return text === null || text.trim() === '' ? [] : [text];
  });
  const isSection = (block: DocumentBlock) =>
    textOfBlock(block) !== null || (block.kind === 'notice' && block.placeholder);
  return { texts, hasSection: region.some(isSection) };
}

/** Content of a section of its own: a text, or a notice (a draft's placeholder, "Inga investeringar …"). */
const isTextSection = (block: DocumentBlock) => textOfBlock(block) !== null || block.kind === 'notice';

/** The written texts of `tableComments`. */
export const commentingTexts = (blocks: readonly DocumentBlock[], index: number): string[] => [
  ...tableComments(blocks, index).texts,
];

/** Lower case, hyphens as spaces or dropped ("HR-service", "LK-data"), one space between words. */
function variants(text: string): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return [...new Set([lower.replace(/[-‐–]/g, ' ').replace(/\s+/g, ' '), lower.replace(/[-‐–]/g, '')])];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A leading unit code ("VSS ledning"): two to six capitals and a space. */
const UNIT_PREFIX = /^[A-ZÅÄÖ]{2,6}\s+/;

/**
 * The names a text may call a row by: its header without footnote stars, and without a leading unit code
 * ("VSS ledning" → "ledning") when at least four letters remain.
 */
export function rowNames(row: TableRow): string[] {
  const header = bareHeader(row);
  const names = [header];
  const stripped = header.replace(UNIT_PREFIX, '');
  if (stripped !== header && stripped.length >= 4) {
    names.push(stripped);
  }
  return names;
}

/**
 * Whether a text names the row: one of its names as whole words, without regard to case, hyphens ("HR
 * service" in "HR-service"), or a genitive s ("Stadsarkivets" for "Stadsarkivet").
 */
export function textNamesRow(text: string, row: TableRow): boolean {
  const texts = variants(text);
  return rowNames(row).some((name) =>
    variants(name).some((form) => {
      if (form === '') {
        return false;
      }
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}s?(?![\\p{L}\\p{N}])`, 'iu');
      return texts.some((candidate) => pattern.test(candidate));
    }),
  );
}
