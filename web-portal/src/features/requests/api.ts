import { queryOptions } from '@tanstack/react-query';

import { api } from '../../shared/api';
import type { SecondOpinionRequest, TimelineEntry } from './types';

const path = (id: string) => `/api/requests/${encodeURIComponent(id)}`;

export const requestsQuery = queryOptions({
  queryKey: ['requests'],
  queryFn: ({ signal }) => api<SecondOpinionRequest[]>('/api/requests', { signal }),
});

export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: ['requests', id],
    queryFn: ({ signal }) => api<SecondOpinionRequest>(path(id), { signal }),
  });

export const timelineQuery = (id: string) =>
  queryOptions({
    queryKey: ['requests', id, 'timeline'],
    queryFn: ({ signal }) => api<TimelineEntry[]>(`${path(id)}/timeline`, { signal }),
  });
