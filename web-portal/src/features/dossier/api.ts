import { queryOptions } from '@tanstack/react-query';

import { api } from '../../shared/api';

/** A patient's grant of dossier access to the consultant (dossier-service's GrantResponse). */
export interface Grant {
  id: string;
  consultantId: string;
  validUntil: string;
  grantedAt: string;
  revokedAt: string | null;
  /** Not revoked and the end date not passed. */
  active: boolean;
}

const grantsPath = (requestId: string) => `/api/dossiers/${encodeURIComponent(requestId)}/grants`;

export const grantsQuery = (requestId: string) =>
  queryOptions({
    queryKey: ['dossiers', requestId, 'grants'],
    queryFn: ({ signal }) => api<Grant[]>(grantsPath(requestId), { signal }),
  });

export function grantAccess(
  requestId: string,
  consultantId: string,
  validUntil: string,
): Promise<Grant> {
  return api<Grant>(grantsPath(requestId), { method: 'POST', body: { consultantId, validUntil } });
}

export function revokeGrant(requestId: string, grantId: string): Promise<void> {
  return api<void>(`${grantsPath(requestId)}/${encodeURIComponent(grantId)}`, {
    method: 'DELETE',
  });
}
