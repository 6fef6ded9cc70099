import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { useI18n } from '../../i18n/context';
import { FormProblem } from '../../shared/FormProblem';
import { ErrorMessage, Loading } from '../../shared/Status';
import { allows } from '../requests/api';
import { useRequestChanged } from '../requests/cache';
import type { CoverageChoiceKind, SecondOpinionRequest } from '../requests/types';
import { chooseCoverage, COVERAGE_CHOICES, coverageEstimateQuery, type CoverageEstimate } from './api';

/** The insurer's estimate and, before an appointment when it may not pay, the patient's choice. */
export function Coverage({ request }: { request: SecondOpinionRequest }) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const estimate = useQuery({
    ...coverageEstimateQuery(request.id),
    enabled: request.insurer !== null,
  });
  const mayNotBeCovered =
    !estimate.isSuccess ||
    estimate.data.estimate !== 'LIKELY_COVERED' ||
    request.facts?.insuredAbroad === true;
  const choiceNeeded = allows(request, 'SCHEDULE_APPOINTMENT') && mayNotBeCovered;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.coverage.title}</h2>
      {request.insurer === null && <p>{t.coverage.noInsurer}</p>}
      {request.insurer !== null && estimate.isPending && <Loading />}
      {estimate.isError && (
        <ErrorMessage error={estimate.error} onRetry={() => void estimate.refetch()} />
      )}
      {estimate.isSuccess && <EstimateView estimate={estimate.data} />}
      {estimate.isSuccess && (
        <p className="entry-meta">
          {t.coverage.checkedAt(formatDateTime(estimate.data.checkedAt))}
          {' · '}
          {t.coverage.notAPromise}
        </p>
      )}
      {request.facts?.insuredAbroad === true && <p className="notice">{t.coverage.abroad}</p>}
      {choiceNeeded && <CoverageChoice request={request} />}
      {!choiceNeeded && request.coverageChoice !== null && (
        <p>{t.coverage.chosen(t.coverage.choice[request.coverageChoice.choice])}</p>
      )}
    </section>
  );
}

function EstimateView({ estimate }: { estimate: CoverageEstimate }) {
  const { t, locale } = useI18n();
  return (
    <>
      <p>
        <strong>{t.coverage.estimate[estimate.estimate]}</strong>
        {' – '}
        {t.coverage.byInsurer(estimate.insurerName)}
      </p>
      {estimate.reasons.length > 0 && (
        <ul>
          {estimate.reasons.map((reason) => (
            <li key={reason.code}>{locale === 'nl' ? reason.nl : reason.en}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function CoverageChoice({ request }: { request: SecondOpinionRequest }) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const changed = useRequestChanged();
  const [choice, setChoice] = useState<CoverageChoiceKind | undefined>(
    request.coverageChoice?.choice,
  );
  const save = useMutation({
    mutationFn: (chosen: CoverageChoiceKind) => chooseCoverage(request.id, chosen),
    onSuccess: changed,
  });
  const team = request.consultant?.careCostTeam ?? null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choice !== undefined) {
      save.mutate(choice);
    }
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{t.coverage.choiceTitle}</h3>
      <p>{t.coverage.choiceIntro}</p>
      {team !== null && (team.email !== null || team.phone !== null) && (
        <div className="notice">
          <p>{t.coverage.team(request.consultant?.institution ?? '')}</p>
          <ul>
            {team.email !== null && (
              <li>
                {t.coverage.email}: <a href={`mailto:${team.email}`}>{team.email}</a>
              </li>
            )}
            {team.phone !== null && (
              <li>
                {t.coverage.phone}: <a href={`tel:${team.phone.replace(/[^+0-9]/g, '')}`}>{team.phone}</a>
              </li>
            )}
          </ul>
        </div>
      )}
      {request.coverageChoice !== null && (
        <p>
          {t.coverage.recorded(
            t.coverage.choice[request.coverageChoice.choice],
            formatDate(request.coverageChoice.at),
          )}
        </p>
      )}
      <fieldset className="choice">
        <legend>{t.coverage.choiceLegend}</legend>
        {COVERAGE_CHOICES.map((option) => (
          <label key={option} className="option">
            <input
              type="radio"
              name={`${headingId}-choice`}
              value={option}
              checked={choice === option}
              required
              onChange={() => setChoice(option)}
            />{' '}
            {t.coverage.choice[option]}
          </label>
        ))}
      </fieldset>
      {save.isError && <FormProblem error={save.error} />}
      <p role="status">{save.isSuccess ? t.coverage.saved : ''}</p>
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t.coverage.save}
        </button>
      </div>
    </form>
  );
}
