import { describe, expect, it } from 'vitest';

import { aRequest } from '../../test/fixtures';
import { emptyValues, fromRequest, questionProblem, toBody } from './values';

describe('the request body', () => {
  it('leaves out the parts the patient did not start', () => {
    expect(
      toBody({
        ...emptyValues,
        question: 'Is this right?',
        reason: 'CONFIRMATION',
        specialty: 'surgery',
      }),
    ).toEqual({
      question: 'Is this right?',
      reason: 'CONFIRMATION',
      specialty: 'surgery',
      treatingDoctor: null,
      generalPractitioner: null,
      insurer: null,
      facts: null,
      informTreatingDoctor: true,
    });
  });

  it('sends a part once begun, empty fields as null, so the API names what is missing', () => {
    const body = toBody({
      ...emptyValues,
      treatingDoctor: { ...emptyValues.treatingDoctor, agb: ' 03000001 ' },
      facts: { ...emptyValues.facts, operated: true },
    });

    expect(body.treatingDoctor).toEqual({
      name: null,
      level: null,
      specialty: null,
      institution: null,
      practice: null,
      agb: '03000001',
    });
    expect(body.facts).toEqual({
      treatedAbroad: null,
      imagingDone: null,
      pathologyDone: null,
      operated: true,
      insuredAbroad: null,
    });
  });

  it('reads a saved draft back into the form unchanged', () => {
    const request = aRequest();

    expect(toBody(fromRequest(request))).toEqual({
      question: request.question,
      reason: request.reason,
      specialty: request.specialty,
      treatingDoctor: {
        name: 'dr. P. Jansen',
        level: 'MEDICAL_SPECIALIST',
        specialty: 'neurology',
        institution: 'Ziekenhuis West',
        practice: null,
        agb: '03000001',
      },
      generalPractitioner: { name: 'dr. E. de Vries', practice: null, agb: '01000001' },
      insurer: { uzovi: '3311', policyNumber: 'P-123456', supplementaryPackage: null },
      facts: request.facts,
      informTreatingDoctor: true,
    });
  });
});

describe('a question the second doctor can answer', () => {
  it.each([
    ['', 'words'],
    ['knee pain', 'words'],
    ['? ? ? ?', 'words'],
    ['Is it ok', 'length'],
    ['Is surgery needed now?', undefined],
    ['Moet ik écht geopereerd worden?', undefined],
  ])('%j: %s', (text, problem) => {
    expect(questionProblem(text)).toBe(problem);
  });
});
