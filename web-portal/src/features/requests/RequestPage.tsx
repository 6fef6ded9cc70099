import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useParams } from 'react-router';

import { useI18n } from '../../i18n/context';
import { PageHeading } from '../../shared/PageHeading';
import { ErrorMessage, Loading } from '../../shared/Status';
import { useSessionUser } from '../session/session';
import { requestQuery, timelineQuery } from './api';
import { CaseClockView } from './CaseClockView';
import { NextActorText } from './NextActorText';
import { Timeline } from './Timeline';
import type { SecondOpinionRequest } from './types';

const ENDED = new Set(['CLOSED', 'WITHDRAWN', 'CANCELLED']);

function Summary({ request }: { request: SecondOpinionRequest }) {
  const { t } = useI18n();
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
      </section>
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
          <CaseClockView clock={request.data.clock} ended={ENDED.has(request.data.status)} />
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
