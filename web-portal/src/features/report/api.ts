import { queryOptions } from '@tanstack/react-query';

import { api } from '../../shared/api';
import { requestPath, step } from '../requests/api';
import type {
  ClosingDecisionKind,
  DecisionQuestionCode,
  FollowUpQuestion,
  SecondOpinionRequest,
} from '../requests/types';

export type ReportOutcome = 'CONFIRMS' | 'REFINES' | 'DIFFERS' | 'NO_CONCLUSION';

export type ReportImpact =
  'TREATMENT_CHANGED' | 'PROGNOSIS_CHANGED' | 'TREATMENT_AND_PROGNOSIS_CHANGED' | 'NEITHER';

/** referral-service's ReportResponse. */
export interface Report {
  requestId: string;
  outcome: ReportOutcome;
  answers: { question: 'PATIENT_QUESTION' | 'REFERRAL_QUESTION'; asked: string; answer: string }[];
  impact: ReportImpact | null;
  findings: string;
  recommendations: string;
  alternativeTreatmentOptions: string[];
  transferOfCareAdvised: boolean;
  transferAdvice: string | null;
  addenda: { questionId: string; question: string; answer: string; answeredAt: string }[];
  writtenAt: string;
}

export interface DecisionQuestion {
  code: DecisionQuestionCode;
  nl: string;
  en: string;
}

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: ['requests', id, 'report'],
    queryFn: ({ signal }) => api<Report>(`${requestPath(id)}/report`, { signal }),
  });

export const decisionQuestionsQuery = queryOptions({
  queryKey: ['decision-questions'],
  queryFn: ({ signal }) => api<DecisionQuestion[]>('/api/decision-questions', { signal }),
  staleTime: Infinity,
});

export interface DecisionAnswerBody {
  question: DecisionQuestionCode;
  answer: string;
  shareWithDoctor: boolean;
}

export function saveDecisionAnswers(
  id: string,
  answers: DecisionAnswerBody[],
): Promise<SecondOpinionRequest> {
  return step(id, 'decision-answers', { answers });
}

export function askFollowUp(
  id: string,
  question: string,
  key: string | undefined,
): Promise<FollowUpQuestion> {
  return api<FollowUpQuestion>(`${requestPath(id)}/follow-up-questions`, {
    method: 'POST',
    body: { question },
    headers: key === undefined ? undefined : { 'Idempotency-Key': key },
  });
}

export interface CloseBody {
  decision: ClosingDecisionKind;
  careTakenOverOn: string | null;
  note: string | null;
}

export function closeRequest(id: string, body: CloseBody): Promise<SecondOpinionRequest> {
  return step(id, 'close', body);
}

export const CLOSING_DECISIONS: readonly ClosingDecisionKind[] = [
  'CONTINUE_AS_PLANNED',
  'NEW_PATH',
  'TRANSFER_OF_CARE',
];
