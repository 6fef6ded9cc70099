import { queryOptions } from '@tanstack/react-query';

import { api } from '../../shared/api';
import { requestPath, step } from '../requests/api';
import type { CareCostTeam, CareLevel, SecondOpinionRequest } from '../requests/types';

/** A consultant of the directory (referral-service's `Consultant`), the parts the portal reads. */
export interface Consultant {
  id: string;
  name: string;
  level: CareLevel;
  specialty: string;
  institution: string;
  practice: string | null;
  accepting: boolean;
  waitingWeeks: number;
  languages: string[];
  careCostTeam: CareCostTeam | null;
}

export const directoryQuery = queryOptions({
  queryKey: ['consultants'],
  queryFn: ({ signal }) => api<Consultant[]>('/api/consultants', { signal }),
  staleTime: 10 * 60 * 1000,
});

/** The specialties of the directory, each once. */
export function specialtiesOf(consultants: readonly Consultant[]): string[] {
  return [...new Set(consultants.map((consultant) => consultant.specialty))];
}

export const candidatesQuery = (id: string) =>
  queryOptions({
    queryKey: ['requests', id, 'candidates'],
    queryFn: ({ signal }) => api<Consultant[]>(`${requestPath(id)}/candidates`, { signal }),
  });

export function assignConsultant(id: string, consultantId: string): Promise<SecondOpinionRequest> {
  return step(id, 'consultant', { consultantId });
}
