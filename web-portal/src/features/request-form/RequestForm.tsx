import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { useI18n } from '../../i18n/context';
import { api } from '../../shared/api';
import { FieldError } from '../../shared/FieldError';
import { FormProblem } from '../../shared/FormProblem';
import { fieldErrors, idempotencyKey, problemSlug } from '../../shared/problem';
import { directoryQuery, specialtiesOf } from '../consultants/api';
import { specialtyLabel } from '../consultants/specialty';
import { requestPath, step } from '../requests/api';
import { useRequestChanged } from '../requests/cache';
import { CARE_LEVELS, REASONS, type SecondOpinionRequest } from '../requests/types';
import { ChoiceOrOther, SelectField, TextField, YesNo } from './fields';
import { INSURERS } from './insurers';
import { FACTS, questionProblem, REQUIRED_FACTS, started, toBody, type FormValues } from './values';

// Every field the form shows an error next to; the problem summary lists any other.
const SHOWN_FIELDS: ReadonlySet<string> = new Set([
  'question',
  'reason',
  'specialty',
  'treatingDoctor',
  'treatingDoctor.name',
  'treatingDoctor.level',
  'treatingDoctor.specialty',
  'treatingDoctor.institution',
  'treatingDoctor.practice',
  'treatingDoctor.agb',
  'generalPractitioner',
  'generalPractitioner.name',
  'generalPractitioner.practice',
  'generalPractitioner.agb',
  'insurer',
  'insurer.uzovi',
  'insurer.policyNumber',
  'insurer.supplementaryPackage',
  'facts',
  ...FACTS.map((fact) => `facts.${fact}`),
]);

// The parts submitting needs (referral-service's request-incomplete names them).
const PARTS = new Set(['treatingDoctor', 'insurer', 'facts']);

type Intent = 'draft' | 'submit';

interface Props {
  /** The draft being completed; undefined for a new request. */
  requestId?: string;
  initial: FormValues;
  /**
   * Whether submitting is possible: not while a representative's request awaits the patient's
   * consent (it can still be saved).
   */
  canSubmit?: boolean;
}

/** The patient's request in five short sections, saved as a draft or submitted. */
export function RequestForm({ requestId, initial, canSubmit = true }: Props) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const changed = useRequestChanged();
  const directory = useQuery(directoryQuery);
  const [values, setValues] = useState(initial);
  const [savedId, setSavedId] = useState(requestId);
  const [createKey] = useState(idempotencyKey);
  const intent = useRef<Intent>('draft');
  const ids = { question: useId(), doctor: useId(), gp: useId(), insurer: useId(), facts: useId() };

  // While the directory loads the select waits; if it cannot be read, the patient types.
  const specialties = useMemo(() => {
    if (directory.isPending) {
      return [];
    }
    if (directory.isError || directory.data.length === 0) {
      return undefined;
    }
    return specialtiesOf(directory.data)
      .map((code) => ({ value: code, label: specialtyLabel(t, code) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [directory.isPending, directory.isError, directory.data, t, locale]);

  const save = useMutation({
    mutationFn: async (how: Intent): Promise<{ request: SecondOpinionRequest; how: Intent }> => {
      const body = toBody(values);
      let saved: SecondOpinionRequest;
      if (savedId === undefined) {
        saved = await api<SecondOpinionRequest>('/api/requests', {
          method: 'POST',
          body,
          headers: createKey === undefined ? undefined : { 'Idempotency-Key': createKey },
        });
        setSavedId(saved.id);
        await changed(saved);
        // From now on the address is the draft's own, so a reload shows it again.
        void navigate(`/requests/${encodeURIComponent(saved.id)}/edit`, {
          replace: true,
          state: { keepFocus: true },
        });
      } else {
        saved = await api<SecondOpinionRequest>(requestPath(savedId), { method: 'PUT', body });
        await changed(saved);
      }
      if (how === 'draft') {
        return { request: saved, how };
      }
      return { request: await step(saved.id, 'submit'), how };
    },
    onSuccess: async ({ request, how }) => {
      if (how === 'submit') {
        await changed(request);
        void navigate(`/requests/${encodeURIComponent(request.id)}`);
      }
    },
  });

  const errors = fieldErrors(save.error);
  const incomplete = problemSlug(save.error) === 'request-incomplete';
  // The parts submitting lacks are named in the reader's language; other messages are the API's.
  const error = (field: string): string | undefined =>
    incomplete && PARTS.has(field) && errors[field] !== undefined
      ? t.form.neededToSubmit
      : errors[field];

  function set(change: (draft: FormValues) => FormValues) {
    setValues((current) => change(current));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(intent.current);
  }

  const doctorStarted = started.treatingDoctor(values);
  const gpStarted = started.generalPractitioner(values);
  const insurerStarted = started.insurer(values);
  const factsStarted = started.facts(values);
  const problem = questionProblem(values.question);
  const insurerOptions = INSURERS.map((insurer) => ({
    value: insurer.uzovi,
    label: t.form.insurer.option(insurer.name, insurer.uzovi),
  }));

  return (
    <form className="request-form" onSubmit={onSubmit}>
      <p>{t.form.intro}</p>

      <section aria-labelledby={ids.question}>
        <h2 id={ids.question}>{t.form.sections.question}</h2>
        <TextField
          label={t.form.question.label}
          value={values.question}
          onChange={(question) => set((v) => ({ ...v, question }))}
          rows={6}
          maxLength={4000}
          required
          invalidMessage={problem === undefined ? undefined : t.form.question[problem]}
          error={error('question')}
          help={
            <>
              <p>{t.form.question.help}</p>
              <ul>
                {t.form.question.tips.map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            </>
          }
        />
        <fieldset className="choice">
          <legend>{t.form.reason.legend}</legend>
          <FieldError id={`${ids.question}-reason-error`} message={error('reason')} />
          {REASONS.map((reason) => (
            <label key={reason} className="option">
              <input
                type="radio"
                name={`${ids.question}-reason`}
                value={reason}
                checked={values.reason === reason}
                required
                aria-describedby={
                  error('reason') === undefined ? undefined : `${ids.question}-reason-error`
                }
                onChange={() => set((v) => ({ ...v, reason }))}
              />{' '}
              {t.reason[reason]}
            </label>
          ))}
        </fieldset>
        <ChoiceOrOther
          label={t.form.specialty.label}
          help={t.form.specialty.help}
          placeholder={t.form.specialty.choose}
          options={specialties}
          otherOption={t.form.specialty.other}
          otherLabel={t.form.specialty.otherLabel}
          otherHelp={t.form.specialty.otherHelp}
          otherPattern="[a-z][a-z\-]{1,59}"
          normalize={(text) => text.toLowerCase()}
          value={values.specialty}
          onChange={(specialty) => set((v) => ({ ...v, specialty }))}
          error={error('specialty')}
          required
        />
      </section>

      <section aria-labelledby={ids.doctor}>
        <h2 id={ids.doctor}>{t.form.sections.treatingDoctor}</h2>
        <p>{t.form.treatingDoctor.help}</p>
        <FieldError id={`${ids.doctor}-error`} message={error('treatingDoctor')} />
        <TextField
          label={t.form.treatingDoctor.name}
          value={values.treatingDoctor.name}
          onChange={(name) => set((v) => ({ ...v, treatingDoctor: { ...v.treatingDoctor, name } }))}
          maxLength={200}
          required={doctorStarted}
          error={error('treatingDoctor.name')}
        />
        <SelectField
          label={t.form.treatingDoctor.level}
          help={t.form.treatingDoctor.levelHelp}
          placeholder={t.form.treatingDoctor.chooseLevel}
          options={CARE_LEVELS.map((level) => ({ value: level, label: t.careLevel[level] }))}
          value={values.treatingDoctor.level}
          onChange={(level) =>
            set((v) => ({
              ...v,
              treatingDoctor: {
                ...v.treatingDoctor,
                level: level as FormValues['treatingDoctor']['level'],
              },
            }))
          }
          required={doctorStarted}
          error={error('treatingDoctor.level')}
        />
        <ChoiceOrOther
          label={t.form.treatingDoctor.specialty}
          placeholder={t.form.specialty.choose}
          options={specialties}
          otherOption={t.form.specialty.other}
          otherLabel={t.form.treatingDoctor.otherSpecialty}
          otherHelp={t.form.specialty.otherHelp}
          otherPattern="[a-z][a-z\-]{1,59}"
          normalize={(text) => text.toLowerCase()}
          value={values.treatingDoctor.specialty}
          onChange={(specialty) =>
            set((v) => ({ ...v, treatingDoctor: { ...v.treatingDoctor, specialty } }))
          }
          required={doctorStarted}
          error={error('treatingDoctor.specialty')}
        />
        <TextField
          label={t.form.treatingDoctor.institution}
          optional
          value={values.treatingDoctor.institution}
          onChange={(institution) =>
            set((v) => ({ ...v, treatingDoctor: { ...v.treatingDoctor, institution } }))
          }
          maxLength={200}
          error={error('treatingDoctor.institution')}
        />
        <TextField
          label={t.form.treatingDoctor.practice}
          optional
          value={values.treatingDoctor.practice}
          onChange={(practice) =>
            set((v) => ({ ...v, treatingDoctor: { ...v.treatingDoctor, practice } }))
          }
          maxLength={200}
          error={error('treatingDoctor.practice')}
        />
        <TextField
          label={t.form.agb.label}
          optional
          help={t.form.agb.help}
          value={values.treatingDoctor.agb}
          onChange={(agb) => set((v) => ({ ...v, treatingDoctor: { ...v.treatingDoctor, agb } }))}
          pattern="\d{8}"
          maxLength={8}
          inputMode="numeric"
          invalidMessage={agbMessage(values.treatingDoctor.agb, t.form.agb.invalid)}
          error={error('treatingDoctor.agb')}
        />
        <div className="field">
          <label className="option">
            <input
              type="checkbox"
              checked={values.informTreatingDoctor}
              aria-describedby={`${ids.doctor}-inform`}
              onChange={(event) =>
                set((v) => ({ ...v, informTreatingDoctor: event.target.checked }))
              }
            />{' '}
            {t.form.treatingDoctor.inform}
          </label>
          <p id={`${ids.doctor}-inform`} className="help">
            {t.form.treatingDoctor.informAdvice}
          </p>
        </div>
      </section>

      <section aria-labelledby={ids.gp}>
        <h2 id={ids.gp}>{t.form.sections.generalPractitioner}</h2>
        <p>{t.form.gp.help}</p>
        <FieldError id={`${ids.gp}-error`} message={error('generalPractitioner')} />
        <TextField
          label={t.form.gp.name}
          optional={!gpStarted}
          value={values.generalPractitioner.name}
          onChange={(name) =>
            set((v) => ({ ...v, generalPractitioner: { ...v.generalPractitioner, name } }))
          }
          maxLength={200}
          required={gpStarted}
          error={error('generalPractitioner.name')}
        />
        <TextField
          label={t.form.gp.practice}
          optional
          value={values.generalPractitioner.practice}
          onChange={(practice) =>
            set((v) => ({ ...v, generalPractitioner: { ...v.generalPractitioner, practice } }))
          }
          maxLength={200}
          error={error('generalPractitioner.practice')}
        />
        <TextField
          label={t.form.agb.gpLabel}
          optional
          help={t.form.agb.help}
          value={values.generalPractitioner.agb}
          onChange={(agb) =>
            set((v) => ({ ...v, generalPractitioner: { ...v.generalPractitioner, agb } }))
          }
          pattern="\d{8}"
          maxLength={8}
          inputMode="numeric"
          invalidMessage={agbMessage(values.generalPractitioner.agb, t.form.agb.invalid)}
          error={error('generalPractitioner.agb')}
        />
      </section>

      <section aria-labelledby={ids.insurer}>
        <h2 id={ids.insurer}>{t.form.sections.insurer}</h2>
        <p>{t.form.insurer.help}</p>
        <FieldError id={`${ids.insurer}-error`} message={error('insurer')} />
        <ChoiceOrOther
          label={t.form.insurer.label}
          placeholder={t.form.insurer.choose}
          options={insurerOptions}
          otherOption={t.form.insurer.other}
          otherLabel={t.form.insurer.uzovi}
          otherHelp={t.form.insurer.uzoviHelp}
          otherPattern="\d{4}"
          otherInputMode="numeric"
          value={values.insurer.uzovi}
          onChange={(uzovi) => set((v) => ({ ...v, insurer: { ...v.insurer, uzovi } }))}
          required={insurerStarted}
          error={error('insurer.uzovi')}
        />
        <TextField
          label={t.form.insurer.policyNumber}
          optional
          help={t.form.insurer.policyNumberHelp}
          value={values.insurer.policyNumber}
          onChange={(policyNumber) =>
            set((v) => ({ ...v, insurer: { ...v.insurer, policyNumber } }))
          }
          pattern="[A-Za-z0-9\-]+"
          maxLength={40}
          error={error('insurer.policyNumber')}
        />
        <TextField
          label={t.form.insurer.supplementaryPackage}
          optional
          help={t.form.insurer.supplementaryPackageHelp}
          value={values.insurer.supplementaryPackage}
          onChange={(supplementaryPackage) =>
            set((v) => ({ ...v, insurer: { ...v.insurer, supplementaryPackage } }))
          }
          pattern="[A-Za-z0-9 \-]+"
          maxLength={40}
          error={error('insurer.supplementaryPackage')}
        />
      </section>

      <section aria-labelledby={ids.facts}>
        <h2 id={ids.facts}>{t.form.sections.facts}</h2>
        <p>{t.form.facts.help}</p>
        <FieldError id={`${ids.facts}-error`} message={error('facts')} />
        {FACTS.map((fact) => (
          <YesNo
            key={fact}
            legend={t.form.facts[fact].question}
            help={t.form.facts[fact].help}
            value={values.facts[fact]}
            onChange={(answer) => set((v) => ({ ...v, facts: { ...v.facts, [fact]: answer } }))}
            required={factsStarted && REQUIRED_FACTS.includes(fact)}
            error={error(`facts.${fact}`)}
          />
        ))}
      </section>

      {save.isError && <FormProblem error={save.error} fields={SHOWN_FIELDS} />}
      <p role="status" className="saved">
        {save.isSuccess && save.data.how === 'draft' ? t.form.saved : ''}
      </p>
      <p className="help">{canSubmit ? t.form.submitHelp : t.form.awaitingConsent}</p>
      <div className="actions">
        <button
          type="submit"
          className="secondary"
          disabled={save.isPending}
          onClick={() => {
            intent.current = 'draft';
          }}
        >
          {t.form.saveDraft}
        </button>
        {canSubmit && (
          <button
            type="submit"
            disabled={save.isPending}
            onClick={() => {
              intent.current = 'submit';
            }}
          >
            {t.form.submit}
          </button>
        )}
      </div>
    </form>
  );
}

function agbMessage(agb: string, message: string): string | undefined {
  return agb === '' || /^\d{8}$/.test(agb) ? undefined : message;
}
