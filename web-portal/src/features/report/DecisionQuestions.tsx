import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { useI18n } from '../../i18n/context';
import { FieldError } from '../../shared/FieldError';
import { FormProblem } from '../../shared/FormProblem';
import { fieldErrors } from '../../shared/problem';
import { ErrorMessage, Loading } from '../../shared/Status';
import { useRequestChanged } from '../requests/cache';
import type { DecisionQuestionCode, SecondOpinionRequest } from '../requests/types';
import { decisionQuestionsQuery, saveDecisionAnswers, type DecisionAnswerBody } from './api';

type Answers = Partial<Record<DecisionQuestionCode, { answer: string; share: boolean }>>;

function answersOf(request: SecondOpinionRequest): Answers {
  const answers: Answers = {};
  for (const saved of request.decisionAnswers ?? []) {
    answers[saved.question] = { answer: saved.answer, share: saved.sharedWithDoctor };
  }
  return answers;
}

interface Props {
  request: SecondOpinionRequest;
  /** Answers can be saved (the report is there and the case is not closed). */
  editable: boolean;
}

/** The ten questions that help decide after the report, each with the patient's own answer. */
export function DecisionQuestions({ request, editable }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const questions = useQuery(decisionQuestionsQuery);
  const changed = useRequestChanged();
  const [answers, setAnswers] = useState<Answers>(() => answersOf(request));
  const [nothing, setNothing] = useState(false);
  const save = useMutation({
    mutationFn: (body: DecisionAnswerBody[]) => saveDecisionAnswers(request.id, body),
    onSuccess: changed,
  });
  // The API names an answer by its place in what was sent ("answers[2].answer").
  const [sent, setSent] = useState<DecisionQuestionCode[]>([]);
  const errors = fieldErrors(save.error);
  const errorFor = (code: DecisionQuestionCode): string | undefined => {
    const index = sent.indexOf(code);
    return index < 0
      ? undefined
      : (errors[`answers[${index}].answer`] ?? errors[`answers[${index}]`]);
  };
  const shown = new Set(
    sent.flatMap((_, index) => [`answers[${index}].answer`, `answers[${index}]`]),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: DecisionAnswerBody[] = [];
    for (const question of questions.data ?? []) {
      const given = answers[question.code];
      if (given !== undefined && given.answer.trim() !== '') {
        body.push({ question: question.code, answer: given.answer, shareWithDoctor: given.share });
      }
    }
    setNothing(body.length === 0);
    if (body.length > 0) {
      setSent(body.map((answer) => answer.question));
      save.mutate(body);
    }
  }

  function update(code: DecisionQuestionCode, change: Partial<{ answer: string; share: boolean }>) {
    setAnswers((current) => ({
      ...current,
      [code]: { answer: '', share: false, ...current[code], ...change },
    }));
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.decision.title}</h2>
      <p>{t.decision.intro}</p>
      {questions.isPending && <Loading />}
      {questions.isError && (
        <ErrorMessage error={questions.error} onRetry={() => void questions.refetch()} />
      )}
      {questions.isSuccess && !editable && (
        <ReadOnlyAnswers request={request} questions={questions.data} />
      )}
      {questions.isSuccess && editable && (
        <form onSubmit={onSubmit}>
          {questions.data.map((question, index) => {
            const given = answers[question.code];
            const fieldId = `${headingId}-${question.code}`;
            const error = errorFor(question.code);
            return (
              <fieldset key={question.code} className="choice">
                <legend>
                  {index + 1}. {locale === 'nl' ? question.nl : question.en}
                </legend>
                <div className="field">
                  <label htmlFor={fieldId}>{t.decision.yourAnswer}</label>
                  <FieldError id={`${fieldId}-error`} message={error} />
                  <textarea
                    id={fieldId}
                    rows={3}
                    maxLength={4000}
                    value={given?.answer ?? ''}
                    aria-invalid={error !== undefined || undefined}
                    aria-describedby={error === undefined ? undefined : `${fieldId}-error`}
                    onChange={(event) => update(question.code, { answer: event.target.value })}
                  />
                </div>
                <label className="option">
                  <input
                    type="checkbox"
                    checked={given?.share ?? false}
                    onChange={(event) => update(question.code, { share: event.target.checked })}
                  />{' '}
                  {t.decision.share}
                </label>
              </fieldset>
            );
          })}
          <p className="help">{t.decision.shareHelp}</p>
          {nothing && (
            <p role="alert" className="field-error">
              {t.decision.nothing}
            </p>
          )}
          {save.isError && <FormProblem error={save.error} fields={shown} />}
          <p role="status">{save.isSuccess && !nothing ? t.decision.saved : ''}</p>
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              {t.decision.save}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function ReadOnlyAnswers({
  request,
  questions,
}: {
  request: SecondOpinionRequest;
  questions: { code: DecisionQuestionCode; nl: string; en: string }[];
}) {
  const { t, locale } = useI18n();
  const saved = request.decisionAnswers ?? [];
  if (saved.length === 0) {
    return <p>{t.decision.noneSaved}</p>;
  }
  return (
    <dl className="answers">
      {questions
        .filter((question) => saved.some((answer) => answer.question === question.code))
        .map((question) => {
          const answer = saved.find((given) => given.question === question.code);
          return (
            <div key={question.code}>
              <dt>{locale === 'nl' ? question.nl : question.en}</dt>
              <dd className="prose">{answer?.answer}</dd>
              {answer?.sharedWithDoctor && <dd className="entry-meta">{t.decision.shared}</dd>}
            </div>
          );
        })}
    </dl>
  );
}
