import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../components/not-found-page.tsx';
import { UserPage } from '../features/admin/components/user-page.tsx';
import { UsersPage } from '../features/admin/components/users-page.tsx';
import { AssignmentPage } from '../features/assignments/components/assignment-page.tsx';
import { AssignmentsPage } from '../features/assignments/components/assignments-page.tsx';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { CyclesPage } from '../features/cycles/components/cycles-page.tsx';
import { evaluationRoutes } from '../features/evaluation/routes.tsx';
import { AppraisalPage } from '../features/execution/components/appraisal-page.tsx';
import { AppraisalWorklistPage } from '../features/execution/components/appraisal-worklist-page.tsx';
import { ExecutionOverviewPage } from '../features/execution/components/execution-overview-page.tsx';
import { MyTasksPage } from '../features/execution/components/my-tasks-page.tsx';
import { SupportInboxPage } from '../features/execution/components/support-inbox-page.tsx';
import { TaskPage } from '../features/execution/components/task-page.tsx';
import { OverviewPage } from '../features/overview/components/overview-page.tsx';
import { PeoplePage } from '../features/people/components/people-page.tsx';
import { PersonPage } from '../features/people/components/person-page.tsx';
import { OrganisationPage } from '../features/units/components/organisation-page.tsx';
import { UnitPage } from '../features/units/components/unit-page.tsx';
import { UnitPlaceholder } from '../features/units/components/unit-placeholder.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { RequireAdmin, RequireAuth } from './require-auth.tsx';

/** Every screen of the app. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'assignments', element: <AssignmentsPage /> },
      { path: 'assignments/:id', element: <AssignmentPage /> },
      { path: 'my-tasks', element: <MyTasksPage /> },
      { path: 'tasks/:id', element: <TaskPage /> },
      { path: 'support', element: <SupportInboxPage /> },
      { path: 'appraisals', element: <AppraisalWorklistPage /> },
      { path: 'appraisals/assignments/:assignmentId', element: <AppraisalPage /> },
      { path: 'execution', element: <ExecutionOverviewPage /> },
      { path: 'cycles', element: <CyclesPage /> },
      ...evaluationRoutes,
      {
        path: 'units',
        element: <OrganisationPage />,
        children: [
          { index: true, element: <UnitPlaceholder /> },
          { path: ':id', element: <UnitPage /> },
        ],
      },
      { path: 'people', element: <PeoplePage /> },
      { path: 'people/:id', element: <PersonPage /> },
      {
        path: 'admin',
        element: <RequireAdmin />,
        children: [
          { path: 'users', element: <UsersPage /> },
          { path: 'users/:id', element: <UserPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
