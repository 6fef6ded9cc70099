import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';

import { useI18n } from '../../i18n/context';
import { useFocusOnMount } from '../../shared/focus';
import { PageHeading } from '../../shared/PageHeading';
import { ErrorMessage, Loading } from '../../shared/Status';
import { ChooseConsultant } from '../consultants/ChooseConsultant';
import { Coverage } from '../coverage/Coverage';
import { DossierAccess } from '../dossier/DossierAccess';
import { useSessionUser } from '../session/session';
import { allows, ENDED_STATUSES, requestQuery, timelineQuery } from './api';
import { CaseClockView } from './CaseClockView';
import { NextActorText } from './NextActorText';
import { onPatientSide } from './status';
import { Timeline } from './Timeline';
import type { SecondOpinionRequest } from './types';

function Summary({ request }: { request: SecondOpinionRequest }) {
  const { t, locale } = useI18n();
  const questionId = useId();
  const statusId = useId();
  return (
    <>
      <section aria-labelledby={questionId}>
        <h2 id={questionId}>{t.request.question}</h2>
        <p className="question">{request.question}</p>
      </section>
      <section aria-labelledby={statusId}>
        <h2 id={statusId}>{t.request.whereNow}</h2>
        <dl className="facts">
          <div>
            <dt>{t.requests.status}</dt>
            <dd>{t.status[request.status]}</dd>
          </div>
          <div>
            <dt>{t.requests.nextActor}</dt>
            <dd>
              <NextActorText request={request} />
            </dd>
          </div>
          <div>
            <dt>{t.request.whatNext}</dt>
            <dd>{t.nextStep[request.status]}</dd>
          </div>
        </dl>
        {request.warnings.map((warning) => (
          <p key={warning.code} className="notice">
            {locale === 'nl' ? warning.nl : warning.en}
          </p>
        ))}
      </section>
    </>
  );
}

function ChosenConsultant({ request, focus }: { request: SecondOpinionRequest; focus: boolean }) {
  const { t } = useI18n();
  const headingId = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>(focus);
  const consultant = request.consultant;
  if (consultant === null) {
    return null;
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t.request.consultant}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t.request.consultantName}</dt>
          <dd>{consultant.name}</dd>
        </div>
        <div>
          <dt>{t.consultants.institution}</dt>
          <dd>{consultant.institution}</dd>
        </div>
      </dl>
    </section>
  );
}

/** What the patient can do now: complete the draft, choose a consultant, read the report. */
function PatientSteps({ request }: { request: SecondOpinionRequest }) {
  const { t } = useI18n();
  const reportId = useId();
  const [justChosen, setJustChosen] = useState(false);
  const ended = ENDED_STATUSES.has(request.status);
  const path = `/requests/${encodeURIComponent(request.id)}`;
  return (
    <>
      {(allows(request, 'SUBMIT') || request.status === 'AWAITING_PATIENT_CONSENT') && (
        <p>
          <Link className="button" to={`${path}/edit`}>
            {t.request.complete}
          </Link>
        </p>
      )}
      {request.reportAvailable && (
        <section aria-labelledby={reportId}>
          <h2 id={reportId}>{t.request.report}</h2>
          <p>{t.request.reportIntro}</p>
          <p>
            <Link className="button" to={`${path}/report`}>
              {t.request.readReport}
            </Link>
          </p>
        </section>
      )}
      {allows(request, 'ASSIGN_CONSULTANT') && (
        <ChooseConsultant request={request} onChosen={() => setJustChosen(true)} />
      )}
      <ChosenConsultant request={request} focus={justChosen} />
      {request.consultant !== null && !ended && (
        <DossierAccess requestId={request.id} consultant={request.consultant} />
      )}
      {!ended && <Coverage request={request} />}
    </>
  );
}

export function RequestPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const request = useQuery(requestQuery(id));
  const timeline = useQuery(timelineQuery(id));

  return (
    <>
      {/* The heading and the document title never carry the question: it is medical text. */}
      <PageHeading title={t.request.title} />
      <p>
        <Link to="/requests">{t.request.back}</Link>
      </p>
      {request.isPending && <Loading />}
      {request.isError && (
        <ErrorMessage error={request.error} onRetry={() => void request.refetch()} />
      )}
      {request.isSuccess && (
        <>
          <Summary request={request.data} />
          {onPatientSide(request.data.yourRoles) && <PatientSteps request={request.data} />}
          <CaseClockView
            clock={request.data.clock}
            ended={ENDED_STATUSES.has(request.data.status)}
          />
          {timeline.isPending && <Loading />}
          {timeline.isError && (
            <ErrorMessage error={timeline.error} onRetry={() => void timeline.refetch()} />
          )}
          {timeline.isSuccess && <Timeline entries={timeline.data} username={user?.username} />}
        </>
      )}
    </>
  );
}
