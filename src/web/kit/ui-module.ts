/**
 * What a module's UI gives the web shell (its ui/index.ts exports one): the pages it owns and their Swedish
 * addresses. The shell composes its router from the list in src/web/ui-modules.ts, so a new module's pages
 * are one line there.
 */
import type { ComponentType } from 'react';

export interface UiRoute {
  /** A React Router path: "/mal/:goalId". */
  readonly path: string;
  readonly Component: ComponentType;
}

export interface UiModule {
  /** The module's name, as in its manifest (src/modules/<name>/module.ts). */
  readonly name: string;
  readonly routes: readonly UiRoute[];
}
