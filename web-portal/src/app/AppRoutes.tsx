import { Route, Routes } from 'react-router';

import { InboxPage } from '../features/notifications/InboxPage';
import { RequestPage } from '../features/requests/RequestPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { RequireSession } from '../features/session/RequireSession';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// URLs carry ids only, never medical text. /requests/{id} is also the link in notification mails.
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route
          path="requests"
          element={
            <RequireSession>
              <RequestsPage />
            </RequireSession>
          }
        />
        <Route
          path="requests/:id"
          element={
            <RequireSession>
              <RequestPage />
            </RequireSession>
          }
        />
        <Route
          path="inbox"
          element={
            <RequireSession>
              <InboxPage />
            </RequireSession>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
