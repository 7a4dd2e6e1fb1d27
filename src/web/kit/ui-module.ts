/**
 * What a module's UI gives the web shell (its ui/index.ts exports one): the pages it owns, their Swedish
 * addresses, and the links to them in the app's header. The shell composes its router from the list in src/web/ui-modules.ts, so a new module's pages
 * are one line there.
 */
import type { ComponentType } from 'react';

export interface UiRoute {
  /** A React Router path: "/mal/:goalId". */
  readonly path: string;
  readonly Component: ComponentType;
}

/** A link in the app's header, to a page that stands on its own (not under a unit and year). */
export interface UiLink {
  readonly path: string;
  readonly label: string;
}

export interface UiModule {
  /** The module's name, as in its manifest (src/modules/<name>/module.ts). */
  readonly name: string;
  readonly routes: readonly UiRoute[];
  readonly navigation?: readonly UiLink[];
}
