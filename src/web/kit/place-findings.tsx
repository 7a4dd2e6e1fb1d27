/**
 * A place on a page for the consistency checks' findings about the records the page shows (issue 9: findings
 * beside the place itself). The pages that show assessments, outcomes, texts, volumes and budgets belong to
 * modules the consistency module depends on, so they cannot import it; they put this slot beside a record,
 * and the shell fills it with the component a module's UI offers (`UiModule.placeFindings`), as it hands
 * the report sections to the one-screen report. Without one, the slot shows nothing.
 */
import { type ComponentType, createContext, useContext } from 'react';
import type { RoundKind } from '#core/period.ts';
import type { PlaceSelector } from '#core/place.ts';

export type { PlaceSelector };

export interface PlaceFindingsProps {
  /** The code of the unit whose check to read: the unit the page shows its records for. */
  readonly unit: string;
  /** The check's year: the year of the round or budget the page shows. */
  readonly year: number;
  /** The round kind the page shows; without it, the year's every round. */
  readonly round?: RoundKind;
  readonly records: readonly PlaceSelector[];
  /** The list's heading and accessible name: "Kontroller för bedömningen". */
  readonly label: string;
  /** Name each finding's record ("Total sjukfrånvaro, utfall 2017"): for a list beside several records. */
  readonly namesPlaces?: boolean;
}

/** When no module offers findings: the slot shows nothing. */
export const NO_PLACE_FINDINGS: ComponentType<PlaceFindingsProps> = () => null;

/** The component that lists the findings, provided by the shell (layout.tsx) from ui-modules.ts. */
export const PlaceFindingsContext = createContext<ComponentType<PlaceFindingsProps>>(NO_PLACE_FINDINGS);

/** Beside a record: the findings about it, or nothing at all when there are none. */
export function FindingsBeside(props: PlaceFindingsProps) {
  const Findings = useContext(PlaceFindingsContext);
  return <Findings {...props} />;
}
