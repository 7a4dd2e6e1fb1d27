/**
 * Where a finding points: a typed reference to the record and the app's address of the page that shows
 * it (assessments /bedomning, indicators /indikatorer, volumes /volymer, frames and bridges /ekonomi/budget),
 * with a Swedish label. Pure, so the addresses are tested here rather than found broken in a browser.
 */
import type { RoundKind } from '#core/period.ts';
import { type IndicatorPart, PART_LABELS } from '#modules/goals/domain/index.ts';
import { defaultRoundName } from '#modules/planning/domain/index.ts';
import {
  type LayoutPreset,
  presetLayout,
  type TableLayout,
  VALUE_KIND_LABELS,
  type ValueKind,
} from '#modules/volumes/domain/index.ts';
import type { Place, PlaceRound } from './finding.ts';

export interface RoundRef {
  readonly id: string;
  readonly kind: RoundKind;
  readonly year: number;
  readonly name: string;
}

const placeRound = (round: RoundRef | PlaceRound): PlaceRound => ({
  kind: round.kind,
  year: round.year,
  name: round.name,
});

export function assessmentPlace(
  unit: string,
  round: RoundRef,
  goal: { readonly id: string; readonly name: string },
): Place {
  return {
    unit,
    year: round.year,
    round: placeRound(round),
    record: { kind: 'assessment', goalId: goal.id, roundId: round.id },
    label: `Bedömningen av målet ”${goal.name}”`,
    path: `/bedomning/${encodeURIComponent(goal.id)}/${encodeURIComponent(round.id)}`,
  };
}

/** An outcome, or one part of it ("Total sjukfrånvaro, utfall 2017 (kvinnor)"). */
export function outcomePlace(
  unit: string,
  round: RoundRef,
  indicator: { readonly id: string; readonly name: string },
  outcome: { readonly id: string; readonly year: number },
  part: IndicatorPart = 'total',
): Place {
  const which = part === 'total' ? '' : ` (${PART_LABELS[part].toLowerCase()})`;
  return {
    unit,
    year: outcome.year,
    round: placeRound(round),
    record: { kind: 'outcome', indicatorId: indicator.id, outcomeId: outcome.id },
    label: `${indicator.name}, utfall ${outcome.year}${which}`,
    path: `/indikatorer/${encodeURIComponent(indicator.id)}`,
  };
}

/** A layout of the volume tables a round's document prints, and how the volumes page is asked for it. */
export interface VolumeView {
  readonly round: PlaceRound;
  readonly preset: LayoutPreset;
  readonly layout: TableLayout;
  /** The volumes page's query for the view: "layout=interim&tillfalle=august". */
  readonly search: string;
}

/**
 * The volume and personnel tables the documents of a round kind print (docs/adr/0014): the budget
 * document with plan years or with forecasts, the interim report at its round, the annual report.
 */
export function volumeViews(kind: RoundKind, year: number): VolumeView[] {
  const round: PlaceRound = { kind, year, name: defaultRoundName(kind, year) };
  switch (kind) {
    case 'budget':
      return (['budget', 'budgetForecast'] as const).map((preset) => ({
        round,
        preset,
        layout: presetLayout(preset, year),
        search: `layout=${preset}`,
      }));
    case 'april':
    case 'august':
    case 'october':
      return [
        {
          round,
          preset: 'interim',
          layout: presetLayout('interim', year, { round: kind }),
          search: `layout=interim&tillfalle=${kind}`,
        },
      ];
    case 'closing':
      return [{ round, preset: 'annual', layout: presetLayout('annual', year), search: 'layout=annual' }];
  }
}

export function volumeValuePlace(
  unit: string,
  view: VolumeView | null,
  measure: { readonly id: string; readonly name: string },
  value: { readonly id: string; readonly year: number; readonly kind: ValueKind },
): Place {
  const year = view?.round.year ?? value.year;
  const search = view ? `&${view.search}` : '';
  return {
    unit,
    year: value.year,
    round: view ? placeRound(view.round) : null,
    record: { kind: 'volumeValue', measureId: measure.id, valueId: value.id },
    label: `${measure.name}, ${VALUE_KIND_LABELS[value.kind].toLowerCase()} ${value.year}`,
    path:
      `/volymer?enhet=${encodeURIComponent(unit)}&ar=${year}${search}` +
      `&matt=${encodeURIComponent(measure.id)}#measure-title`,
  };
}

export function framePlace(
  unit: { readonly code: string; readonly name: string },
  frame: { readonly id: string; readonly year: number },
): Place {
  return {
    unit: unit.code,
    year: frame.year,
    round: null,
    record: { kind: 'frame', frameId: frame.id },
    label: `Ramen för ${unit.name} ${frame.year}`,
    path: `/ekonomi/budget?ar=${frame.year}#frames-title`,
  };
}

export function bridgePlace(
  unit: { readonly id: string; readonly code: string; readonly name: string },
  year: number,
): Place {
  return {
    unit: unit.code,
    year,
    round: null,
    record: { kind: 'bridge', orgUnitId: unit.id },
    label: `Budgetbryggan för ${unit.name} ${year}`,
    path: `/ekonomi/budget?enhet=${encodeURIComponent(unit.code)}&ar=${year}#bridge-title`,
  };
}

/**
 * A text of a unit's round, on the page Texter for the unit, the round's year and the round
 * ("/texter?enhet=VSS&ar=2019&tillfalle=<id>"), named by its heading ("Texten ”Samlad bedömning …”").
 */
export function narrativePlace(
  unit: string,
  round: RoundRef,
  text: { readonly id: string; readonly key: string; readonly name: string },
): Place {
  return {
    unit,
    year: round.year,
    round: placeRound(round),
    record: { kind: 'narrative', narrativeId: text.id, key: text.key },
    label: `Texten ”${text.name}”`,
    path: `/texter?enhet=${encodeURIComponent(unit)}&ar=${round.year}&tillfalle=${encodeURIComponent(round.id)}`,
  };
}
