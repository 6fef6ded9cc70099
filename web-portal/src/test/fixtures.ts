import type { Consultant } from '../features/consultants/api';
import type { DecisionQuestion, Report } from '../features/report/api';
import type { SecondOpinionRequest, TimelineEntry } from '../features/requests/types';
import type { Session } from '../features/session/session';

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
    reason: 'DOUBT_ABOUT_TREATMENT',
    specialty: 'neurology',
    insurer: { uzovi: '3311', policyNumber: 'P-123456', supplementaryPackage: null },
    treatingDoctor: {
      userId: null,
      name: 'dr. P. Jansen',
      level: 'MEDICAL_SPECIALIST',
      specialty: 'neurology',
      institution: 'Ziekenhuis West',
      practice: null,
      agb: '03000001',
    },
    informTreatingDoctor: true,
    generalPractitioner: { name: 'dr. E. de Vries', practice: null, agb: '01000001' },
    facts: {
      treatedAbroad: false,
      imagingDone: true,
      pathologyDone: false,
      operated: false,
      insuredAbroad: false,
    },
    warnings: [],
    consultant: null,
    declines: [],
    coverageChoice: null,
    appointment: null,
    reportAvailable: false,
    decisionAnswers: [],
    followUpQuestions: [],
    closing: null,
    yourRoles: ['PATIENT'],
    allowedNextSteps: [],
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

export const bakker: Consultant = {
  id: 'c-bakker',
  name: 'dr. S. Bakker',
  level: 'MEDICAL_SPECIALIST',
  specialty: 'neurology',
  institution: 'UMC Zuid',
  practice: null,
  accepting: true,
  waitingWeeks: 3,
  languages: ['nl', 'en'],
  careCostTeam: { email: 'zorgkosten@umczuid.example', phone: '+31 30 123 4567' },
};

export const visser: Consultant = {
  id: 'c-visser',
  name: 'dr. D. Visser',
  level: 'MEDICAL_SPECIALIST',
  specialty: 'neurology',
  institution: 'Ziekenhuis Noord',
  practice: null,
  accepting: true,
  waitingWeeks: 6,
  languages: ['en'],
  careCostTeam: null,
};

export const smit: Consultant = {
  id: 'c-smit',
  name: 'dr. L. Smit',
  level: 'MEDICAL_SPECIALIST',
  specialty: 'surgery',
  institution: 'UMC Zuid',
  practice: null,
  accepting: true,
  waitingWeeks: 2,
  languages: ['nl'],
  careCostTeam: null,
};

/** The request once dr. Bakker is the chosen consultant. */
export function assignedTo(consultant: Consultant, overrides: Partial<SecondOpinionRequest> = {}) {
  return aRequest({
    status: 'CONSULTANT_ASSIGNED',
    consultant: {
      id: consultant.id,
      name: consultant.name,
      institution: consultant.institution,
      specialty: consultant.specialty,
      careCostTeam: consultant.careCostTeam,
    },
    allowedNextSteps: [
      { step: 'ACCEPT_CASE', to: 'CASE_ACCEPTED' },
      { step: 'DECLINE_CASE', to: 'CONSULTANT_DECLINED' },
      { step: 'CANCEL', to: 'CANCELLED' },
      { step: 'WITHDRAW', to: 'WITHDRAWN' },
    ],
    ...overrides,
  });
}

export const aReport: Report = {
  requestId: 'req-1',
  outcome: 'REFINES',
  answers: [
    {
      question: 'PATIENT_QUESTION',
      asked: 'Is an operation really the only option for my hernia?',
      answer: 'No. Physiotherapy for six weeks first is a sound alternative.',
    },
    {
      question: 'REFERRAL_QUESTION',
      asked: 'Graag een oordeel over de indicatie voor een operatie.',
      answer: 'The indication is not urgent.',
    },
  ],
  impact: 'TREATMENT_CHANGED',
  findings: 'The MRI shows a small hernia at L5-S1.',
  recommendations: 'Physiotherapy first; evaluate after six weeks.',
  alternativeTreatmentOptions: ['Physiotherapy', 'Epidural injection'],
  transferOfCareAdvised: false,
  transferAdvice: null,
  addenda: [
    {
      questionId: 'f-1',
      question: 'How many sessions of physiotherapy?',
      answer: 'Twice a week for six weeks.',
      answeredAt: '2026-12-05T10:00:00Z',
    },
  ],
  writtenAt: '2026-12-01T15:00:00Z',
};

export const decisionQuestions: DecisionQuestion[] = [
  [
    'PAIN_AND_DISCOMFORT',
    'Hoeveel pijn en ongemak geeft de behandeling?',
    'How much pain and discomfort does the treatment cause?',
  ],
  [
    'SUCCESS_AND_COMPLICATION_RISKS',
    "Wat is er bekend over de kans van slagen en de risico's op complicaties?",
    'What is known about the chance of success and the risk of complications?',
  ],
  [
    'DOCTOR_EXPERIENCE',
    'Heeft de behandelend arts veel ervaring met de behandeling?',
    'Does the treating doctor have much experience with the treatment?',
  ],
  [
    'OPENNESS_TO_QUESTIONS',
    'Staat de behandelend arts open voor vragen?',
    'Is the treating doctor open to questions?',
  ],
  ['TRUST', 'Heeft u vertrouwen in de behandelaar?', 'Do you trust the doctor who treats you?'],
  [
    'ADVANTAGES',
    'Wat zijn de voordelen van de behandeling?',
    'What are the advantages of the treatment?',
  ],
  [
    'DISADVANTAGES',
    'Wat zijn de nadelen van de behandeling?',
    'What are the disadvantages of the treatment?',
  ],
  ['WAITING_TIMES', 'Wat zijn de wachttijden?', 'What are the waiting times?'],
  ['DURATION', 'Hoe lang gaat de behandeling duren?', 'How long will the treatment take?'],
  [
    'TRAVEL',
    'Moeten u en uw naasten er vaak en ver voor reizen?',
    'Will you and your family have to travel often and far for it?',
  ],
].map(([code, nl, en]) => ({ code: code as DecisionQuestion['code'], nl: nl!, en: en! }));

/** A request whose report is there, waiting for the patient to close it. */
export function reported(overrides: Partial<SecondOpinionRequest> = {}) {
  return assignedTo(bakker, {
    status: 'REPORTED',
    reportAvailable: true,
    allowedNextSteps: [
      { step: 'PROPOSE_TRANSFER', to: 'TRANSFER_OF_CARE_PROPOSED' },
      { step: 'CLOSE', to: 'CLOSED' },
    ],
    ...overrides,
  });
}
