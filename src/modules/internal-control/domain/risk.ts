/**
 * Risks as pure rules: the risk value (sannolikhet × konsekvens) on the municipality's scale, the band a
 * value falls in (låg, medel, hög by default, each with a Swedish label and a colour – the label is always
 * shown, so colour is never alone), and the risk matrix that places every risk in its cell. The seeds name
 * "riskvärden" but no scale or formula (domain.md §2.6): the defaults here are design choices, configurable
 * per municipality (docs/adr/0025-internal-control.md). No I/O.
 */

export const RISK_RESPONSES = ['accept', 'control', 'act', 'escalate'] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];

export const RISK_RESPONSE_LABELS: Readonly<Record<RiskResponse, string>> = {
  accept: 'Acceptera',
  control: 'Kontrollera',
  act: 'Åtgärda',
  escalate: 'Eskalera',
};

/** What a risk analysis considered (001:1231): goals, assignments, laws, steering documents, processes. */
export const ANALYSIS_SOURCES = ['goals', 'assignments', 'laws', 'steeringDocuments', 'processes'] as const;
export type AnalysisSource = (typeof ANALYSIS_SOURCES)[number];

export const ANALYSIS_SOURCE_LABELS: Readonly<Record<AnalysisSource, string>> = {
  goals: 'Mål',
  assignments: 'Uppdrag',
  laws: 'Lagar',
  steeringDocuments: 'Styrdokument',
  processes: 'Processer',
};

/** A band of risk values, inclusive at both ends. */
export interface RiskBand {
  readonly min: number;
  readonly max: number;
  /** Shown with the colour, always: "Hög". */
  readonly label: string;
  /** A CSS colour (#rrggbb), a supplement to the label. */
  readonly colour: string;
}

export interface RiskScale {
  /** Probability runs 1…probabilityMax, consequence 1…consequenceMax. */
  readonly probabilityMax: number;
  readonly consequenceMax: number;
  readonly bands: readonly RiskBand[];
}

export const DEFAULT_RISK_BANDS: readonly RiskBand[] = [
  { min: 1, max: 3, label: 'Låg', colour: '#cfe8cf' },
  { min: 4, max: 8, label: 'Medel', colour: '#fde9a9' },
  { min: 9, max: 16, label: 'Hög', colour: '#f5b5b0' },
];

export const DEFAULT_RISK_SCALE: RiskScale = {
  probabilityMax: 4,
  consequenceMax: 4,
  bands: DEFAULT_RISK_BANDS,
};

export type ScaleProblem =
  | { readonly kind: 'probabilityOutOfScale'; readonly value: number; readonly max: number }
  | { readonly kind: 'consequenceOutOfScale'; readonly value: number; readonly max: number };

/** A probability and a consequence are whole numbers from 1 to the scale's maximum. */
export function scaleProblems(scale: RiskScale, probability: number, consequence: number): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  if (!Number.isInteger(probability) || probability < 1 || probability > scale.probabilityMax) {
    problems.push({ kind: 'probabilityOutOfScale', value: probability, max: scale.probabilityMax });
  }
  if (!Number.isInteger(consequence) || consequence < 1 || consequence > scale.consequenceMax) {
    problems.push({ kind: 'consequenceOutOfScale', value: consequence, max: scale.consequenceMax });
  }
  return problems;
}

/** Risk value = sannolikhet × konsekvens. */
export function riskValue(probability: number, consequence: number): number {
  return probability * consequence;
}

/** The band a value falls in; null when the configured bands leave it out. */
export function bandOf(bands: readonly RiskBand[], value: number): RiskBand | null {
  return bands.find((band) => value >= band.min && value <= band.max) ?? null;
}

export type BandProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'reversed'; readonly band: string }
  | { readonly kind: 'overlap'; readonly band: string; readonly other: string }
  | { readonly kind: 'gap'; readonly value: number }
  | { readonly kind: 'colour'; readonly band: string };

/**
 * Bands must cover every value the scale can give (1 … probabilityMax × consequenceMax) exactly once,
 * each with a label and a #rrggbb colour.
 */
export function bandProblems(scale: RiskScale): BandProblem[] {
  const problems: BandProblem[] = [];
  if (scale.bands.length === 0) {
    return [{ kind: 'empty' }];
  }
  const sorted = [...scale.bands].sort((a, b) => a.min - b.min);
  for (const band of sorted) {
    if (band.min > band.max) {
      problems.push({ kind: 'reversed', band: band.label });
    }
    if (!/^#[0-9a-fA-F]{6}$/.test(band.colour)) {
      problems.push({ kind: 'colour', band: band.label });
    }
  }
  for (let index = 1; index < sorted.length; index += 1) {
    const before = sorted[index - 1] as RiskBand;
    const band = sorted[index] as RiskBand;
    if (band.min <= before.max) {
      problems.push({ kind: 'overlap', band: band.label, other: before.label });
    }
  }
  const top = scale.probabilityMax * scale.consequenceMax;
  for (let value = 1; value <= top; value += 1) {
    if (bandOf(sorted, value) === null) {
      problems.push({ kind: 'gap', value });
      break;
    }
  }
  return problems;
}

export interface PlacedRisk {
  readonly id: string;
  readonly probability: number;
  readonly consequence: number;
}

export interface MatrixCell<R extends PlacedRisk> {
  readonly probability: number;
  readonly consequence: number;
  readonly value: number;
  readonly band: RiskBand | null;
  readonly risks: R[];
}

export interface RiskMatrix<R extends PlacedRisk> {
  /** Rows from the highest probability down, as risk matrices are drawn; columns by consequence, 1 first. */
  readonly rows: { readonly probability: number; readonly cells: MatrixCell<R>[] }[];
  /** Risks whose scores lie outside the scale (the scale was made smaller after they were scored). */
  readonly outside: R[];
}

/** Every risk in the cell of its probability and consequence. */
export function riskMatrix<R extends PlacedRisk>(scale: RiskScale, risks: readonly R[]): RiskMatrix<R> {
  const rows: RiskMatrix<R>['rows'] = [];
  const placed = new Set<string>();
  for (let probability = scale.probabilityMax; probability >= 1; probability -= 1) {
    const cells: MatrixCell<R>[] = [];
    for (let consequence = 1; consequence <= scale.consequenceMax; consequence += 1) {
      const value = riskValue(probability, consequence);
      const inCell = risks.filter(
        (risk) => risk.probability === probability && risk.consequence === consequence,
      );
      for (const risk of inCell) {
        placed.add(risk.id);
      }
      cells.push({ probability, consequence, value, band: bandOf(scale.bands, value), risks: inCell });
    }
    rows.push({ probability, cells });
  }
  return { rows, outside: risks.filter((risk) => !placed.has(risk.id)) };
}
