import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { useI18n } from '../../i18n/context';
import { useFocusOnMount } from '../../shared/focus';
import { today } from '../../shared/dates';
import { describedBy, FieldError } from '../../shared/FieldError';
import { FormProblem } from '../../shared/FormProblem';
import { fieldErrors } from '../../shared/problem';
import { useRequestChanged } from '../requests/cache';
import type { ClosingDecisionKind, SecondOpinionRequest } from '../requests/types';
import { CLOSING_DECISIONS, closeRequest } from './api';

/** Closing the case with what the patient decided with their own doctor. */
interface CloseProps {
  request: SecondOpinionRequest;
  /** Called once the case is closed (this form is then gone). */
  onClosed?: () => void;
}

export function CloseCase({ request, onClosed }: CloseProps) {
  const { t } = useI18n();
  const headingId = useId();
  const dateId = useId();
  const noteId = useId();
  const changed = useRequestChanged();
  const [decision, setDecision] = useState<ClosingDecisionKind | undefined>();
  const [takenOverOn, setTakenOverOn] = useState('');
  const [note, setNote] = useState('');
  const close = useMutation({
    mutationFn: (chosen: ClosingDecisionKind) =>
      closeRequest(request.id, {
        decision: chosen,
        careTakenOverOn: chosen === 'TRANSFER_OF_CARE' ? takenOverOn : null,
        note: note.trim() === '' ? null : note,
      }),
    onSuccess: async (closed) => {
      await changed(closed);
      onClosed?.();
    },
  });
  const errors = fieldErrors(close.error);
  const transfer = decision === 'TRANSFER_OF_CARE';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decision !== undefined) {
      close.mutate(decision);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.close.title}</h2>
      <p>{t.close.intro}</p>
      <form onSubmit={onSubmit}>
        <fieldset className="choice">
          <legend>{t.close.legend}</legend>
          <FieldError id={`${headingId}-error`} message={errors.decision} />
          {CLOSING_DECISIONS.map((option) => (
            <label key={option} className="option">
              <input
                type="radio"
                name={`${headingId}-decision`}
                value={option}
                checked={decision === option}
                required
                onChange={() => setDecision(option)}
              />{' '}
              {t.close.decision[option]}
            </label>
          ))}
        </fieldset>
        {transfer && (
          <div className="field">
            <label htmlFor={dateId}>{t.close.takenOverOn}</label>
            <p id={`${dateId}-help`} className="help">
              {t.close.ownDoctorResponsible}
            </p>
            <FieldError id={`${dateId}-error`} message={errors.careTakenOverOn} />
            <input
              id={dateId}
              type="date"
              required
              min={today()}
              value={takenOverOn}
              aria-invalid={errors.careTakenOverOn !== undefined || undefined}
              aria-describedby={describedBy(
                `${dateId}-help`,
                errors.careTakenOverOn !== undefined && `${dateId}-error`,
              )}
              onChange={(event) => setTakenOverOn(event.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={noteId}>
            {t.close.note} <span className="optional">{t.form.optional}</span>
          </label>
          <FieldError id={`${noteId}-error`} message={errors.note} />
          <textarea
            id={noteId}
            rows={3}
            maxLength={2000}
            value={note}
            aria-invalid={errors.note !== undefined || undefined}
            aria-describedby={errors.note === undefined ? undefined : `${noteId}-error`}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <p className="help">{t.close.accessEnds}</p>
        {close.isError && (
          <FormProblem
            error={close.error}
            fields={new Set(['decision', 'careTakenOverOn', 'note'])}
          />
        )}
        <div className="actions">
          <button type="submit" disabled={close.isPending}>
            {t.close.submit}
          </button>
        </div>
      </form>
    </section>
  );
}

interface SummaryProps {
  request: SecondOpinionRequest;
  /** Take the focus: the form the patient used is gone. */
  focus?: boolean;
}

/** What the patient decided, once the case is closed. */
export function ClosingSummary({ request, focus = false }: SummaryProps) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>(focus);
  const closing = request.closing;
  if (closing === null) {
    return null;
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t.close.closedTitle}
      </h2>
      <p>{t.close.closedOn(formatDate(closing.at), t.close.decision[closing.decision])}</p>
      {closing.careTakenOverOn !== null && (
        <p>
          {t.close.transferOn(
            formatDate(closing.careTakenOverOn),
            formatDate(closing.ownDoctorResponsibleUntil ?? closing.careTakenOverOn),
          )}
        </p>
      )}
      {closing.note !== null && <p className="prose">{closing.note}</p>}
    </section>
  );
}
