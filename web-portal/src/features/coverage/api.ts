import { queryOptions } from '@tanstack/react-query';

import { api } from '../../shared/api';
import { requestPath, step } from '../requests/api';
import type { CoverageChoiceKind, SecondOpinionRequest } from '../requests/types';

export type CoverageLikelihood = 'LIKELY_COVERED' | 'DEPENDS_ON_SUPPLEMENTARY' | 'UNCERTAIN';

/** referral-service's CoverageEstimateResponse: an indication, not a promise. */
export interface CoverageEstimate {
  estimate: CoverageLikelihood;
  insurerName: string;
  reasons: { code: string; nl: string; en: string }[];
  checkedAt: string;
}

export const coverageEstimateQuery = (id: string) =>
  queryOptions({
    queryKey: ['requests', id, 'coverage-estimate'],
    queryFn: ({ signal }) =>
      api<CoverageEstimate>(`${requestPath(id)}/coverage-estimate`, { signal }),
  });

export function chooseCoverage(
  id: string,
  choice: CoverageChoiceKind,
): Promise<SecondOpinionRequest> {
  return step(id, 'coverage-choice', { choice });
}

export const COVERAGE_CHOICES: readonly CoverageChoiceKind[] = [
  'SELF_PAY_ACCEPTED',
  'CARE_COST_TEAM_CONTACTED',
];
