import { useRef } from 'react';

import { useI18n } from '../../i18n/context';
import { csrfToken } from '../../shared/cookies';

/**
 * Signing out is a real form post to the gateway, which ends its session and Keycloak's and
 * comes back to the start page. The CSRF token travels as the form field `_csrf`.
 */
export function SignOutForm() {
  const { t } = useI18n();
  const field = useRef<HTMLInputElement>(null);
  return (
    <form
      method="post"
      action="/logout"
      className="sign-out"
      onSubmit={() => {
        // The token may have been renewed since this form was drawn.
        if (field.current) {
          field.current.value = csrfToken() ?? '';
        }
      }}
    >
      <input ref={field} type="hidden" name="_csrf" defaultValue={csrfToken() ?? ''} />
      <button type="submit">{t.session.signOut}</button>
    </form>
  );
}
