import type { Relation, RequestStatus } from './types';

/** Who has to do something before the request can move on. */
export type NextActor =
  | 'PATIENT'
  | 'REFERRER'
  | 'CONSULTANT'
  | 'CLINIC'
  | 'PATIENT_AND_CONSULTANT'
  | 'TREATING_DOCTOR'
  | 'NOBODY';

// Follows referral-service's transition table (request/Transitions): the party whose step
// moves the request forward. Withdrawing is always the patient's and is not counted here.
const NEXT_ACTOR: Record<RequestStatus, NextActor> = {
  DRAFT: 'PATIENT',
  AWAITING_PATIENT_CONSENT: 'PATIENT',
  SUBMITTED: 'REFERRER',
  REFERRAL_REFUSED: 'PATIENT',
  REFERRED: 'PATIENT',
  SELF_REFERRED: 'PATIENT',
  CONSULTANT_ASSIGNED: 'CONSULTANT',
  CONSULTANT_DECLINED: 'PATIENT',
  CASE_ACCEPTED: 'CLINIC',
  APPOINTMENT_SCHEDULED: 'PATIENT_AND_CONSULTANT',
  CONSULTED: 'CONSULTANT',
  REPORTED: 'PATIENT',
  TRANSFER_OF_CARE_PROPOSED: 'TREATING_DOCTOR',
  CLOSED: 'NOBODY',
  WITHDRAWN: 'NOBODY',
  CANCELLED: 'NOBODY',
};

export function nextActor(status: RequestStatus): NextActor {
  return NEXT_ACTOR[status];
}

const PATIENT_SIDE: ReadonlySet<Relation> = new Set([
  'PATIENT',
  'REPRESENTATIVE',
  'PENDING_REPRESENTATIVE',
]);

/** Whether the reader is the patient (or acts for them), so "you" means the patient. */
export function onPatientSide(roles: readonly Relation[]): boolean {
  return roles.some((role) => PATIENT_SIDE.has(role));
}
