/** The app's pages and their Swedish addresses. */

import { createBrowserRouter } from 'react-router';
import { AssessmentPage } from '#modules/assessments/ui/index.ts';
import { GoalCreatePage, GoalPage, IndicatorPage } from '#modules/goals/ui/index.ts';
import { Layout } from './layout.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { UnitPage } from './pages/unit-page.tsx';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/mal/nytt', element: <GoalCreatePage /> },
      { path: '/mal/:goalId', element: <GoalPage /> },
      { path: '/indikatorer/:indicatorId', element: <IndicatorPage /> },
      { path: '/bedomning/:goalId/:roundId', element: <AssessmentPage /> },
      { path: '/:year', element: <HomePage /> },
      { path: '/:year/:code', element: <UnitPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
