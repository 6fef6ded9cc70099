import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { useI18n } from '../../i18n/context';
import { PageHeading } from '../../shared/PageHeading';
import { ErrorMessage, Loading } from '../../shared/Status';
import { requestsQuery } from './api';
import { NextActorText } from './NextActorText';
import { shorten } from './text';

export function RequestsPage() {
  const { t, formatDate } = useI18n();
  const requests = useQuery(requestsQuery);

  return (
    <>
      <PageHeading title={t.requests.title} />
      <p>
        <Link className="button" to="/requests/new">
          {t.requests.new}
        </Link>
      </p>
      {requests.isPending && <Loading />}
      {requests.isError && (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />
      )}
      {requests.isSuccess && requests.data.length === 0 && <p>{t.requests.empty}</p>}
      {requests.isSuccess && requests.data.length > 0 && (
        <ul className="cards">
          {requests.data.map((request) => (
            <li key={request.id} className="card">
              <h2 className="card-title">
                <Link to={`/requests/${encodeURIComponent(request.id)}`}>
                  {shorten(request.question)}
                </Link>
              </h2>
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
                  <dt>{t.requests.created}</dt>
                  <dd>
                    <time dateTime={request.createdAt}>{formatDate(request.createdAt)}</time>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
