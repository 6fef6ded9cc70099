import { Navigate } from 'react-router';

import { useSession } from '../features/session/session';
import { SignInLink } from '../features/session/SignInLink';
import { useI18n } from '../i18n/context';
import { PageHeading } from '../shared/PageHeading';
import { ErrorMessage, Loading } from '../shared/Status';

/** Signed in: straight to the requests. Signed out (also after signing out): a welcome. */
export function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  if (session.isPending) {
    return <Loading />;
  }
  if (session.isError) {
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (session.data.authenticated) {
    return <Navigate to="/requests" replace />;
  }
  return (
    <>
      <PageHeading title={t.home.title} />
      <p>{t.home.intro}</p>
      <SignInLink returnTo="/requests" />
    </>
  );
}
