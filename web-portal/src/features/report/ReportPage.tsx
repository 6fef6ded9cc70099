import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { useI18n } from '../../i18n/context';
import { PageHeading } from '../../shared/PageHeading';
import { ErrorMessage, Loading } from '../../shared/Status';
import { allows, requestQuery } from '../requests/api';
import { onPatientSide } from '../requests/status';
import { reportQuery } from './api';
import { ClosingSummary, CloseCase } from './CloseCase';
import { DecisionQuestions } from './DecisionQuestions';
import { FollowUps } from './FollowUps';
import { ReportView } from './ReportView';

// Decision answers and follow-up questions: from the report until the case is closed.
const AFTER_REPORT = new Set(['REPORTED', 'TRANSFER_OF_CARE_PROPOSED']);

/** /requests/{id}/report: the report, then what the patient does with it. */
export function ReportPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const request = useQuery(requestQuery(id));
  const report = useQuery(reportQuery(id));
  const patient = request.isSuccess && onPatientSide(request.data.yourRoles);
  const open = request.isSuccess && AFTER_REPORT.has(request.data.status);
  const [closedHere, setClosedHere] = useState(false);

  return (
    <>
      {/* Like the request page, the title never names the outcome or the question. */}
      <PageHeading title={t.report.title} />
      <p>
        <Link to={`/requests/${encodeURIComponent(id)}`}>{t.report.back}</Link>
      </p>
      {report.isPending && <Loading />}
      {report.isError && (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      )}
      {report.isSuccess && <ReportView report={report.data} />}
      {request.isError && report.isSuccess && (
        <ErrorMessage error={request.error} onRetry={() => void request.refetch()} />
      )}
      {request.isSuccess && report.isSuccess && patient && (
        <>
          <DecisionQuestions request={request.data} editable={open} />
          <FollowUps request={request.data} editable={open} />
          {allows(request.data, 'CLOSE') && (
            <CloseCase request={request.data} onClosed={() => setClosedHere(true)} />
          )}
          <ClosingSummary request={request.data} focus={closedHere} />
        </>
      )}
    </>
  );
}
