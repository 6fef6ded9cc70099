import type { Session } from '../features/session/session';
import type { SecondOpinionRequest, TimelineEntry } from '../features/requests/types';

export function signedIn(locale: 'nl' | 'en' | null = 'nl'): Session {
  return {
    authenticated: true,
    user: { id: 'u-anna', username: 'anna', name: 'Anna de Boer', roles: ['patient'], locale },
  };
}

export const signedOut: Session = { authenticated: false };

export function aRequest(overrides: Partial<SecondOpinionRequest> = {}): SecondOpinionRequest {
  return {
    id: 'req-1',
    status: 'SUBMITTED',
    question: 'Is an operation really the only option for my hernia?',
    yourRoles: ['PATIENT'],
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-03T09:00:00Z',
    clock: {
      submittedAt: '2026-11-03T09:00:00Z',
      daysSinceSubmission: 20,
      phases: [
        {
          name: 'DOSSIER_COMPLETE',
          startedAt: '2026-11-03T09:00:00Z',
          completedAt: null,
          target: 'PT336H',
          dueAt: '2026-11-17T09:00:00Z',
          daysTaken: 20,
          overdue: true,
        },
        {
          name: 'APPOINTMENT',
          startedAt: '2026-11-03T09:00:00Z',
          completedAt: null,
          target: 'PT672H',
          dueAt: '2026-12-01T09:00:00Z',
          daysTaken: 20,
          overdue: false,
        },
        {
          name: 'REPORT',
          startedAt: null,
          completedAt: null,
          target: 'PT336H',
          dueAt: null,
          daysTaken: 0,
          overdue: false,
        },
      ],
    },
    ...overrides,
  };
}

export const timeline: TimelineEntry[] = [
  {
    at: '2026-11-02T09:00:00Z',
    by: 'anna',
    role: 'patient',
    what: 'DRAFT_CREATED',
    from: null,
    to: 'DRAFT',
    why: null,
    onBehalfOf: null,
  },
  {
    at: '2026-11-03T09:00:00Z',
    by: 'anna',
    role: 'patient',
    what: 'SUBMIT',
    from: 'DRAFT',
    to: 'SUBMITTED',
    why: null,
    onBehalfOf: null,
  },
  {
    at: '2026-11-05T13:30:00Z',
    by: 'dr.devries',
    role: 'gp',
    what: 'REFUSE_REFERRAL',
    from: 'SUBMITTED',
    to: 'REFERRAL_REFUSED',
    why: 'Eerst de uitslag van de MRI afwachten',
    onBehalfOf: null,
  },
];
