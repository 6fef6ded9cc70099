import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';

import { useI18n } from '../../i18n/context';
import { PageHeading } from '../../shared/PageHeading';
import { ErrorMessage, Loading } from '../../shared/Status';
import { inboxQuery, markRead, type InboxEntry } from './api';

function Entry({ entry }: { entry: InboxEntry }) {
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const titleId = useId();
  const mark = useMutation({
    mutationFn: () => markRead(entry.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  return (
    <li className={entry.read ? 'card' : 'card unread'}>
      <article aria-labelledby={titleId}>
        <h2 className="card-title" id={titleId}>
          {entry.title}
        </h2>
        <p className="entry-meta">
          <span className="read-state">{entry.read ? t.inbox.read : t.inbox.unread}</span>
          {' · '}
          {t.inbox.received}{' '}
          <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
        </p>
        <p>{entry.body}</p>
        <div className="actions">
          {entry.requestId !== null && (
            <Link to={`/requests/${encodeURIComponent(entry.requestId)}`}>
              {t.inbox.openRequest}
              <span className="visually-hidden">: {entry.title}</span>
            </Link>
          )}
          {!entry.read && (
            <button type="button" onClick={() => mark.mutate()} disabled={mark.isPending}>
              {t.inbox.markRead}
              <span className="visually-hidden">: {entry.title}</span>
            </button>
          )}
        </div>
        {mark.isError && <ErrorMessage error={mark.error} />}
      </article>
    </li>
  );
}

export function InboxPage() {
  const { t } = useI18n();
  const inbox = useInfiniteQuery(inboxQuery);
  const entries = inbox.data?.pages.flat() ?? [];

  return (
    <>
      <PageHeading title={t.inbox.title} />
      {inbox.isPending && <Loading />}
      {inbox.isError && <ErrorMessage error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.isSuccess && entries.length === 0 && <p>{t.inbox.empty}</p>}
      {entries.length > 0 && (
        <ul className="cards">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
      {inbox.hasNextPage && (
        <button
          type="button"
          onClick={() => void inbox.fetchNextPage()}
          disabled={inbox.isFetchingNextPage}
        >
          {t.inbox.more}
        </button>
      )}
    </>
  );
}
