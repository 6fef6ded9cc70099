import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

import { api } from '../../shared/api';

/** An inbox entry as notification-service renders it, in the reader's language. */
export interface InboxEntry {
  id: string;
  type: string;
  requestId: string | null;
  /** The absolute link of the mails; the portal links to the request itself instead. */
  link: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

export const PAGE_SIZE = 50;

export const unreadCountQuery = queryOptions({
  queryKey: ['notifications', 'unread-count'],
  queryFn: ({ signal }) => api<{ unread: number }>('/api/notifications/unread-count', { signal }),
  refetchInterval: 60 * 1000,
});

export const inboxQuery = infiniteQueryOptions({
  queryKey: ['notifications', 'inbox'],
  queryFn: ({ pageParam, signal }) =>
    api<InboxEntry[]>(`/api/notifications?page=${pageParam}&size=${PAGE_SIZE}`, { signal }),
  initialPageParam: 0,
  getNextPageParam: (lastPage, pages) => (lastPage.length === PAGE_SIZE ? pages.length : undefined),
});

export function markRead(id: string): Promise<void> {
  return api<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}
