import type { ReactNode } from 'react';

import { useI18n } from '../../i18n/context';
import { PageHeading } from '../../shared/PageHeading';
import { ErrorMessage, Loading } from '../../shared/Status';
import { useSession } from './session';
import { SignInLink } from './SignInLink';

/** Shows its page to a signed-in user only; anyone else is offered to sign in and come back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.isPending) {
    return <Loading />;
  }
  if (session.isError) {
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data.authenticated) {
    return (
      <>
        <PageHeading title={t.session.signInTitle} />
        <p>{t.session.signInNeeded}</p>
        <SignInLink />
      </>
    );
  }
  return children;
}
