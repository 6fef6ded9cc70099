import { useId, type ReactNode } from 'react';

import { useI18n } from '../../i18n/context';
import type { Report } from './api';

function Part({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** The consultant's report: outcome, each question with its answer, and what follows from it. */
export function ReportView({ report }: { report: Report }) {
  const { t, formatDate, formatDateTime } = useI18n();
  return (
    <>
      <p className="entry-meta">{t.report.writtenOn(formatDate(report.writtenAt))}</p>
      <Part title={t.report.outcomeTitle}>
        <p>
          <strong>{t.report.outcome[report.outcome]}</strong>
        </p>
        {report.impact !== null && <p>{t.report.impact[report.impact]}</p>}
      </Part>
      <Part title={t.report.answersTitle}>
        {report.answers.map((answer) => (
          <div key={answer.question} className="qa">
            <h3>{t.report.asked[answer.question]}</h3>
            <p className="question">{answer.asked}</p>
            <p className="prose">{answer.answer}</p>
          </div>
        ))}
      </Part>
      <Part title={t.report.findings}>
        <p className="prose">{report.findings}</p>
      </Part>
      <Part title={t.report.recommendations}>
        <p className="prose">{report.recommendations}</p>
      </Part>
      <Part title={t.report.alternatives}>
        {report.alternativeTreatmentOptions.length === 0 ? (
          <p>{t.report.noAlternatives}</p>
        ) : (
          <ul>
            {report.alternativeTreatmentOptions.map((option, index) => (
              <li key={index} className="prose">
                {option}
              </li>
            ))}
          </ul>
        )}
      </Part>
      {report.transferOfCareAdvised && (
        <Part title={t.report.transferTitle}>
          <p>{t.report.transferIntro}</p>
          {report.transferAdvice !== null && <p className="prose">{report.transferAdvice}</p>}
        </Part>
      )}
      <Part title={t.report.addendaTitle}>
        {report.addenda.length === 0 ? (
          <p>{t.report.noAddenda}</p>
        ) : (
          <ul className="cards">
            {report.addenda.map((addendum) => (
              <li key={addendum.questionId} className="card">
                <h3 className="card-title">{t.report.addendumQuestion}</h3>
                <p className="question">{addendum.question}</p>
                <p className="prose">{addendum.answer}</p>
                <p className="entry-meta">
                  {t.report.answeredOn(formatDateTime(addendum.answeredAt))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Part>
      <p className="notice">{t.report.ownDoctor}</p>
    </>
  );
}
