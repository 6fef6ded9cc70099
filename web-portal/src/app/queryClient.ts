import { QueryClient } from '@tanstack/react-query';

import { ApiError } from '../shared/api';

/** A refusal (4xx) will not pass by asking again; a failed connection or a 5xx might. */
function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) {
    return false;
  }
  return failures < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30 * 1000 },
      mutations: { retry: false },
    },
  });
}
