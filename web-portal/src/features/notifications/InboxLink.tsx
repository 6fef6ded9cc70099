import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';

import { useI18n } from '../../i18n/context';
import { unreadCountQuery } from './api';

/** The header's link to the inbox with the number of unread messages. */
export function InboxLink() {
  const { t } = useI18n();
  const { data } = useQuery(unreadCountQuery);
  const unread = data?.unread ?? 0;
  return (
    <NavLink to="/inbox">
      {t.nav.inbox}
      {unread > 0 && (
        <>
          <span className="badge" aria-hidden="true">
            {unread}
          </span>
          <span className="visually-hidden">, {t.nav.unread(unread)}</span>
        </>
      )}
    </NavLink>
  );
}
