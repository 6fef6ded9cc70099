import type { CareLevel, Reason, SecondOpinionRequest } from '../requests/types';

export const FACTS = [
  'treatedAbroad',
  'imagingDone',
  'pathologyDone',
  'operated',
  'insuredAbroad',
] as const;

export type Fact = (typeof FACTS)[number];

/** The facts submitting needs; `insuredAbroad` may stay open (it then counts as no). */
export const REQUIRED_FACTS: readonly Fact[] = [
  'treatedAbroad',
  'imagingDone',
  'pathologyDone',
  'operated',
];

/** What the form holds: text as typed, a choice not made yet as '' or null. */
export interface FormValues {
  question: string;
  reason: Reason | '';
  specialty: string;
  treatingDoctor: {
    name: string;
    level: CareLevel | '';
    specialty: string;
    institution: string;
    practice: string;
    agb: string;
  };
  informTreatingDoctor: boolean;
  generalPractitioner: { name: string; practice: string; agb: string };
  insurer: { uzovi: string; policyNumber: string; supplementaryPackage: string };
  facts: Record<Fact, boolean | null>;
}

export const emptyValues: FormValues = {
  question: '',
  reason: '',
  specialty: '',
  treatingDoctor: { name: '', level: '', specialty: '', institution: '', practice: '', agb: '' },
  informTreatingDoctor: true,
  generalPractitioner: { name: '', practice: '', agb: '' },
  insurer: { uzovi: '', policyNumber: '', supplementaryPackage: '' },
  facts: {
    treatedAbroad: null,
    imagingDone: null,
    pathologyDone: null,
    operated: null,
    insuredAbroad: null,
  },
};

/** A draft as the form shows it again. */
export function fromRequest(request: SecondOpinionRequest): FormValues {
  const doctor = request.treatingDoctor;
  const gp = request.generalPractitioner;
  const insurer = request.insurer;
  return {
    question: request.question,
    reason: request.reason,
    specialty: request.specialty,
    treatingDoctor: {
      name: doctor?.name ?? '',
      level: doctor?.level ?? '',
      specialty: doctor?.specialty ?? '',
      institution: doctor?.institution ?? '',
      practice: doctor?.practice ?? '',
      agb: doctor?.agb ?? '',
    },
    informTreatingDoctor: request.informTreatingDoctor,
    generalPractitioner: {
      name: gp?.name ?? '',
      practice: gp?.practice ?? '',
      agb: gp?.agb ?? '',
    },
    insurer: {
      uzovi: insurer?.uzovi ?? '',
      policyNumber: insurer?.policyNumber ?? '',
      supplementaryPackage: insurer?.supplementaryPackage ?? '',
    },
    facts: request.facts ?? emptyValues.facts,
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

const anyFilled = (group: Record<string, string>): boolean =>
  Object.values(group).some((value) => value.trim() !== '');

/** Whether the patient started on a part: then its own required fields are required. */
export const started = {
  treatingDoctor: (values: FormValues) => anyFilled(values.treatingDoctor),
  generalPractitioner: (values: FormValues) => anyFilled(values.generalPractitioner),
  insurer: (values: FormValues) => anyFilled(values.insurer),
  facts: (values: FormValues) => FACTS.some((fact) => values.facts[fact] !== null),
};

/**
 * The body of POST /api/requests and PUT /api/requests/{id} (referral-service's
 * CreateRequestBody). A part left empty is left out; a part begun is sent as it is, so the
 * API names what is still missing in it.
 */
export function toBody(values: FormValues) {
  const doctor = values.treatingDoctor;
  const gp = values.generalPractitioner;
  const insurer = values.insurer;
  return {
    question: values.question,
    reason: values.reason === '' ? null : values.reason,
    specialty: orNull(values.specialty),
    treatingDoctor: started.treatingDoctor(values)
      ? {
          name: orNull(doctor.name),
          level: doctor.level === '' ? null : doctor.level,
          specialty: orNull(doctor.specialty),
          institution: orNull(doctor.institution),
          practice: orNull(doctor.practice),
          agb: orNull(doctor.agb),
        }
      : null,
    generalPractitioner: started.generalPractitioner(values)
      ? { name: orNull(gp.name), practice: orNull(gp.practice), agb: orNull(gp.agb) }
      : null,
    insurer: started.insurer(values)
      ? {
          uzovi: orNull(insurer.uzovi),
          policyNumber: orNull(insurer.policyNumber),
          supplementaryPackage: orNull(insurer.supplementaryPackage),
        }
      : null,
    facts: started.facts(values) ? { ...values.facts } : null,
    informTreatingDoctor: values.informTreatingDoctor,
  };
}

/**
 * Why a text is not yet a question the second doctor can answer, as referral-service's
 * Question rule has it: at least 3 words (punctuation alone is none) and 15 characters.
 */
export function questionProblem(text: string): 'words' | 'length' | undefined {
  const stripped = text.trim();
  const words = stripped.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  if (words < 3) {
    return 'words';
  }
  if ([...stripped].length < 15) {
    return 'length';
  }
  return undefined;
}
