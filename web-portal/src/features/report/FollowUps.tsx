import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { useI18n } from '../../i18n/context';
import { describedBy, FieldError } from '../../shared/FieldError';
import { FormProblem } from '../../shared/FormProblem';
import { fieldErrors, idempotencyKey } from '../../shared/problem';
import type { SecondOpinionRequest } from '../requests/types';
import { askFollowUp } from './api';

interface Props {
  request: SecondOpinionRequest;
  /** Questions can be asked (the report is there and the case is not closed). */
  editable: boolean;
}

/** The patient's follow-up questions to the consultant; answered ones are the report's addenda. */
export function FollowUps({ request, editable }: Props) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const fieldId = useId();
  const queryClient = useQueryClient();
  const [question, setQuestion] = useState('');
  // One key per question: asking again after a lost answer does not ask twice.
  const [key, setKey] = useState(idempotencyKey);
  const ask = useMutation({
    mutationFn: (text: string) => askFollowUp(request.id, text, key),
    onSuccess: async () => {
      setQuestion('');
      setKey(idempotencyKey());
      await queryClient.invalidateQueries({ queryKey: ['requests', request.id] });
    },
  });
  const errors = fieldErrors(ask.error);
  const asked = request.followUpQuestions ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    ask.mutate(question);
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.followUp.title}</h2>
      <p>{t.followUp.intro}</p>
      {asked.length > 0 && (
        <ul className="cards">
          {asked.map((followUp) => (
            <li key={followUp.id} className="card">
              <p className="question">{followUp.question}</p>
              <p className="entry-meta">{t.followUp.askedOn(formatDateTime(followUp.askedAt))}</p>
              {followUp.answer === null ? (
                <p>{t.followUp.waiting}</p>
              ) : (
                <p className="prose">{followUp.answer}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={fieldId}>{t.followUp.label}</label>
            <p id={`${fieldId}-help`} className="help">
              {t.followUp.help}
            </p>
            <FieldError id={`${fieldId}-error`} message={errors.question} />
            <textarea
              id={fieldId}
              rows={4}
              required
              maxLength={4000}
              value={question}
              aria-invalid={errors.question !== undefined || undefined}
              aria-describedby={describedBy(
                `${fieldId}-help`,
                errors.question !== undefined && `${fieldId}-error`,
              )}
              onChange={(event) => setQuestion(event.target.value)}
            />
          </div>
          {ask.isError && <FormProblem error={ask.error} fields={new Set(['question'])} />}
          <p role="status">{ask.isSuccess ? t.followUp.sent : ''}</p>
          <div className="actions">
            <button type="submit" disabled={ask.isPending}>
              {t.followUp.ask}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
