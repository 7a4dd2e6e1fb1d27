/**
 * What a module's UI gives the web shell (its ui/index.ts exports one): the pages it owns, their Swedish
 * addresses, and the links to them in the app's header. The shell composes its router from the list in src/web/ui-modules.ts, so a new module's pages
 * are one line there.
 */
import { type ComponentType, createContext } from 'react';
import type { Capability } from '#core/actor.ts';
import type { PlaceFindingsProps } from './place-findings.tsx';

export interface UiRoute {
  /** A React Router path: "/mal/:goalId". */
  readonly path: string;
  readonly Component: ComponentType;
}

/** A link in the app's header, to a page that stands on its own (not under a unit and year). */
export interface UiLink {
  readonly path: string;
  readonly label: string;
  /**
   * What the page is for, when only some users may use it: the shell shows the link only to users whose
   * roles give this capability over the whole municipality (the page itself still says so to others).
   */
  readonly capability?: Capability;
}

/** What a section of the one-screen report is given: the unit's part of a round, and whether it may change. */
export interface ReportSectionProps {
  readonly roundId: string;
  /** The unit's code. */
  readonly unit: string;
  readonly year: number;
  /** The user may report on the unit and the part is not locked. */
  readonly editable: boolean;
}

/**
 * A module's part of the reporting module's one-screen report (the activities and assignments due in the
 * round): the page shows every module's section after the goals, so a module adds to the report without the
 * reporting module knowing it.
 */
export interface ReportSection {
  readonly name: string;
  readonly Component: ComponentType<ReportSectionProps>;
}

/** Every module's report sections, provided by the shell (layout.tsx) from the list in ui-modules.ts. */
export const ReportSectionsContext = createContext<readonly ReportSection[]>([]);

export interface UiModule {
  /** The module's name, as in its manifest (src/modules/<name>/module.ts). */
  readonly name: string;
  readonly routes: readonly UiRoute[];
  readonly navigation?: readonly UiLink[];
  readonly reportSections?: readonly ReportSection[];
  /** The findings beside a record on other modules' pages (the kit's FindingsBeside); one module gives it. */
  readonly placeFindings?: ComponentType<PlaceFindingsProps>;
}
