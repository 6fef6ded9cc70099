import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import type { SecondOpinionRequest } from './types';

/**
 * Every step answers the request as it is afterwards: that answer becomes the cached request,
 * and the list and the timeline are read again.
 */
export function useRequestChanged(): (request: SecondOpinionRequest) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (request: SecondOpinionRequest) => {
      queryClient.setQueryData(['requests', request.id], request);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['requests'], exact: true }),
        queryClient.invalidateQueries({ queryKey: ['requests', request.id, 'timeline'] }),
      ]);
    },
    [queryClient],
  );
}
