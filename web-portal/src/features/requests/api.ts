import { queryOptions } from '@tanstack/react-query';

import { api } from '../../shared/api';
import type { SecondOpinionRequest, TimelineEntry } from './types';

export const requestPath = (id: string) => `/api/requests/${encodeURIComponent(id)}`;

export const requestsQuery = queryOptions({
  queryKey: ['requests'],
  queryFn: ({ signal }) => api<SecondOpinionRequest[]>('/api/requests', { signal }),
});

export const requestQuery = (id: string) =>
  queryOptions({
    queryKey: ['requests', id],
    queryFn: ({ signal }) => api<SecondOpinionRequest>(requestPath(id), { signal }),
  });

export const timelineQuery = (id: string) =>
  queryOptions({
    queryKey: ['requests', id, 'timeline'],
    queryFn: ({ signal }) => api<TimelineEntry[]>(`${requestPath(id)}/timeline`, { signal }),
  });

/** A step of the journey on one request, answered with the request as it is afterwards. */
export function step(id: string, name: string, body?: unknown): Promise<SecondOpinionRequest> {
  return api<SecondOpinionRequest>(`${requestPath(id)}/${name}`, { method: 'POST', body });
}

/** Whether the journey allows `name` from the request's status now. */
export function allows(request: SecondOpinionRequest, name: string): boolean {
  return request.allowedNextSteps.some((next) => next.step === name);
}

export const ENDED_STATUSES: ReadonlySet<string> = new Set(['CLOSED', 'WITHDRAWN', 'CANCELLED']);
