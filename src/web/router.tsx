/**
 * The app's pages and their Swedish addresses: the shell's own (start, a unit's page, which composes several
 * modules, and "not found") and every module's, from the list in ui-modules.ts – among them the access
 * module's /logga-in, the one page the shell (layout.tsx) shows to someone not signed in.
 */

import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { UnitPage } from './pages/unit-page.tsx';
import { UI_MODULES } from './ui-modules.ts';

const modulePages: RouteObject[] = UI_MODULES.flatMap((module) =>
  module.routes.map(({ path, Component }) => ({ path, Component })),
);

// React Router ranks routes by how specific their paths are, not by their order here, so "/mal/nytt" wins
// over "/mal/:goalId" and both over the shell's "/:year/:code".
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      ...modulePages,
      { path: '/:year', element: <HomePage /> },
      { path: '/:year/:code', element: <UnitPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
