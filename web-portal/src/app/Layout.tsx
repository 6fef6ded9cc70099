import { Link, NavLink, Outlet } from 'react-router';

import { InboxLink } from '../features/notifications/InboxLink';
import { useSession } from '../features/session/session';
import { SignInLink } from '../features/session/SignInLink';
import { SignOutForm } from '../features/session/SignOutForm';
import { useI18n } from '../i18n/context';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

export function Layout() {
  const { t } = useI18n();
  const session = useSession();
  const user = session.data?.authenticated ? session.data.user : undefined;
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link to="/" className="brand" aria-label={t.app.home}>
            {t.app.name}
          </Link>
          <div className="header-tools">
            <LanguageSwitcher />
            {user ? (
              <>
                <span className="user-name">{t.session.signedInAs(user.name)}</span>
                <SignOutForm />
              </>
            ) : (
              session.isSuccess && <SignInLink />
            )}
          </div>
        </div>
        {user && (
          <nav aria-label={t.app.mainNav}>
            <ul>
              <li>
                <NavLink to="/requests">{t.nav.requests}</NavLink>
              </li>
              <li>
                <InboxLink />
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
