import { useLocation } from 'react-router';

import { useI18n } from '../../i18n/context';
import { signInUrl } from '../../shared/navigation';

interface Props {
  /** Where to come back to; the current page when left out. */
  returnTo?: string;
}

/** A plain link: signing in leaves the portal for the gateway and Keycloak's login page. */
export function SignInLink({ returnTo }: Props) {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <a className="button" href={signInUrl(returnTo ?? location.pathname + location.search)}>
      {t.session.signIn}
    </a>
  );
}
