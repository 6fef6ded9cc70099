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

/** Why the patient asks for a second opinion (referral-service's `Reason`). */
export type Reason =
  | 'DOUBT_ABOUT_DIAGNOSIS'
  | 'DOUBT_ABOUT_TREATMENT'
  | 'IMPORTANT_DECISION'
  | 'PERSISTING_COMPLAINTS'
  | 'CONFIRMATION'
  | 'NO_DIAGNOSIS'
  | 'TREATING_DOCTOR_SUGGESTED';

export const REASONS: readonly Reason[] = [
  'DOUBT_ABOUT_DIAGNOSIS',
  'DOUBT_ABOUT_TREATMENT',
  'IMPORTANT_DECISION',
  'PERSISTING_COMPLAINTS',
  'CONFIRMATION',
  'NO_DIAGNOSIS',
  'TREATING_DOCTOR_SUGGESTED',
];

/** The professional level of a care provider (referral-service's `CareLevel`). */
export type CareLevel =
  | 'GENERAL_PRACTITIONER'
  | 'MEDICAL_SPECIALIST'
  | 'DENTIST'
  | 'DENTAL_SPECIALIST'
  | 'ELDERLY_CARE_PHYSICIAN'
  | 'NURSE_SPECIALIST'
  | 'NURSE';

export const CARE_LEVELS: readonly CareLevel[] = [
  'GENERAL_PRACTITIONER',
  'MEDICAL_SPECIALIST',
  'DENTIST',
  'DENTAL_SPECIALIST',
  'ELDERLY_CARE_PHYSICIAN',
  'NURSE_SPECIALIST',
  'NURSE',
];

/** The steps of the journey (referral-service's `Step`), as `allowedNextSteps` names them. */
export type Step =
  | 'SUBMIT'
  | 'GIVE_CONSENT'
  | 'REFUSE_CONSENT'
  | 'ISSUE_REFERRAL'
  | 'REFUSE_REFERRAL'
  | 'SELF_REFER'
  | 'ASSIGN_CONSULTANT'
  | 'ACCEPT_CASE'
  | 'DECLINE_CASE'
  | 'SCHEDULE_APPOINTMENT'
  | 'RECORD_CONSULTATION'
  | 'WRITE_REPORT'
  | 'PROPOSE_TRANSFER'
  | 'DECIDE_TRANSFER'
  | 'CLOSE'
  | 'WITHDRAW'
  | 'CANCEL';

export interface TreatingDoctor {
  userId: string | null;
  name: string;
  level: CareLevel;
  specialty: string;
  institution: string | null;
  practice: string | null;
  agb: string | null;
}

export interface GeneralPractitioner {
  name: string;
  practice: string | null;
  agb: string | null;
}

export interface Insurer {
  uzovi: string;
  policyNumber: string | null;
  supplementaryPackage: string | null;
}

/** What the dossier checklist and the site's intake limits depend on. */
export interface ClinicalFacts {
  treatedAbroad: boolean;
  imagingDone: boolean;
  pathologyDone: boolean;
  operated: boolean;
  insuredAbroad: boolean;
}

export interface CareCostTeam {
  email: string | null;
  phone: string | null;
}

/** The chosen consultant; `id` is the directory id, which a dossier grant takes. */
export interface AssignedConsultant {
  id: string;
  name: string;
  institution: string;
  specialty: string;
  careCostTeam: CareCostTeam | null;
}

export type CoverageChoiceKind = 'SELF_PAY_ACCEPTED' | 'CARE_COST_TEAM_CONTACTED';

export type DecisionQuestionCode =
  | 'PAIN_AND_DISCOMFORT'
  | 'SUCCESS_AND_COMPLICATION_RISKS'
  | 'DOCTOR_EXPERIENCE'
  | 'OPENNESS_TO_QUESTIONS'
  | 'TRUST'
  | 'ADVANTAGES'
  | 'DISADVANTAGES'
  | 'WAITING_TIMES'
  | 'DURATION'
  | 'TRAVEL';

export interface DecisionAnswer {
  question: DecisionQuestionCode;
  answer: string;
  answeredAt: string;
  sharedWithDoctor: boolean;
}

export interface FollowUpQuestion {
  id: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
}

export type ClosingDecisionKind = 'CONTINUE_AS_PLANNED' | 'NEW_PATH' | 'TRANSFER_OF_CARE';

export interface Closing {
  decision: ClosingDecisionKind;
  /** The first day the new doctor is responsible (transfers only). */
  careTakenOverOn: string | null;
  ownDoctorResponsibleUntil: string | null;
  note: string | null;
  at: string;
}

export interface Warning {
  code: string;
  nl: string;
  en: string;
}

export interface Decline {
  consultantId: string;
  reason: string;
  at: string;
}

export interface Appointment {
  at: string;
  location: string | null;
  warnings: Warning[];
}

/** A request as referral-service answers it (`RequestResponse`), the parts the portal reads. */
export interface SecondOpinionRequest {
  id: string;
  status: RequestStatus;
  question: string;
  reason: Reason;
  specialty: string;
  insurer: Insurer | null;
  treatingDoctor: TreatingDoctor | null;
  informTreatingDoctor: boolean;
  generalPractitioner: GeneralPractitioner | null;
  facts: ClinicalFacts | null;
  warnings: Warning[];
  consultant: AssignedConsultant | null;
  declines: Decline[] | null;
  coverageChoice: { choice: CoverageChoiceKind; at: string } | null;
  appointment: Appointment | null;
  reportAvailable: boolean;
  decisionAnswers: DecisionAnswer[] | null;
  followUpQuestions: FollowUpQuestion[] | null;
  closing: Closing | null;
  clock: CaseClock;
  yourRoles: Relation[];
  allowedNextSteps: { step: Step; to: RequestStatus }[];
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
