import type { RouteObject } from 'react-router';
import { CouncilPage } from './components/council/council-page.tsx';
import { EvaluationPage } from './components/council/evaluation-page.tsx';
import { MyResultsPage } from './components/person/my-results-page.tsx';
import { SelfAssessmentPage } from './components/report/self-assessment-page.tsx';
import { MyCouncilsPage } from './components/scoring/my-councils-page.tsx';
import { ScoringPage } from './components/scoring/scoring-page.tsx';

/** The evaluation screens, mounted under the signed-in layout. */
export const evaluationRoutes: RouteObject[] = [
  { path: 'assignments/:id/self-assessment', element: <SelfAssessmentPage /> },
  { path: 'evaluation', element: <EvaluationPage /> },
  { path: 'councils/:id', element: <CouncilPage /> },
  { path: 'councils/:id/score', element: <ScoringPage /> },
  { path: 'scoring', element: <MyCouncilsPage /> },
  { path: 'my-results', element: <MyResultsPage /> },
];
