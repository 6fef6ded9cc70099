import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { InboxPage } from '../features/notifications/InboxPage';
import { RequestPage } from '../features/requests/RequestPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { RequireSession } from '../features/session/RequireSession';
import { Loading } from '../shared/Status';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Pages a visit does not start with are loaded when first opened, to keep the first load small.
const RequestFormPage = lazy(() =>
  import('../features/request-form/RequestFormPage').then((module) => ({
    default: module.RequestFormPage,
  })),
);
const ReportPage = lazy(() =>
  import('../features/report/ReportPage').then((module) => ({ default: module.ReportPage })),
);

function SignedIn({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireSession>
  );
}

// URLs carry ids only, never medical text. /requests/{id} is also the link in notification mails.
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route
          path="requests"
          element={
            <SignedIn>
              <RequestsPage />
            </SignedIn>
          }
        />
        {/* One form for a new request and for completing a draft (see RequestFormPage). */}
        <Route
          path="requests/new"
          element={
            <SignedIn>
              <RequestFormPage />
            </SignedIn>
          }
        />
        <Route
          path="requests/:id/edit"
          element={
            <SignedIn>
              <RequestFormPage />
            </SignedIn>
          }
        />
        <Route
          path="requests/:id"
          element={
            <SignedIn>
              <RequestPage />
            </SignedIn>
          }
        />
        <Route
          path="requests/:id/report"
          element={
            <SignedIn>
              <ReportPage />
            </SignedIn>
          }
        />
        <Route
          path="inbox"
          element={
            <SignedIn>
              <InboxPage />
            </SignedIn>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
