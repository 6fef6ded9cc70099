// The parts of referral-service's answers that the portal reads. They mirror the records in
// referral-service/src/main/java/nl/secondopinion/referral/request/web/ (RequestResponse,
// TimelineResponse) and request/CaseClock; the services' OpenAPI documents are not published as
// files yet, so they cannot be generated (see README).

export type RequestStatus =
  | 'DRAFT'
  | 'AWAITING_PATIENT_CONSENT'
  | 'SUBMITTED'
  | 'REFERRED'
  | 'REFERRAL_REFUSED'
  | 'SELF_REFERRED'
  | 'CONSULTANT_ASSIGNED'
  | 'CASE_ACCEPTED'
  | 'CONSULTANT_DECLINED'
  | 'APPOINTMENT_SCHEDULED'
  | 'CONSULTED'
  | 'REPORTED'
  | 'TRANSFER_OF_CARE_PROPOSED'
  | 'CLOSED'
  | 'WITHDRAWN'
  | 'CANCELLED';

export type PhaseName = 'DOSSIER_COMPLETE' | 'APPOINTMENT' | 'REPORT';

export interface Phase {
  name: PhaseName;
  startedAt: string | null;
  completedAt: string | null;
  /** An ISO-8601 duration such as "PT336H" (Jackson writes java.time.Duration so). */
  target: string | number;
  dueAt: string | null;
  daysTaken: number;
  overdue: boolean;
}

export interface CaseClock {
  submittedAt: string | null;
  daysSinceSubmission: number;
  phases: Phase[];
}

/** How the caller is related to the request (referral-service's `Relation`). */
export type Relation =
  | 'PATIENT'
  | 'REPRESENTATIVE'
  | 'PENDING_REPRESENTATIVE'
  | 'TREATING_DOCTOR'
  | 'NAMED_GP'
  | 'REFERRER'
  | 'CONSULTANT'
  | 'INTAKE_COORDINATOR';

export interface SecondOpinionRequest {
  id: string;
  status: RequestStatus;
  question: string;
  clock: CaseClock;
  yourRoles: Relation[];
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  at: string;
  by: string;
  role: string;
  what: string;
  from: RequestStatus | null;
  to: RequestStatus | null;
  why: string | null;
  onBehalfOf: string | null;
}
