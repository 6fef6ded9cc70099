import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '../../shared/api';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  roles: string[];
  locale: string | null;
}

/** What the gateway's `GET /bff/session` answers; it never holds a token. */
export type Session = { authenticated: true; user: SessionUser } | { authenticated: false };

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => api<Session>('/bff/session', { signal }),
  staleTime: 5 * 60 * 1000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in user, or undefined while loading or when signed out. */
export function useSessionUser(): SessionUser | undefined {
  const { data } = useSession();
  return data?.authenticated ? data.user : undefined;
}
