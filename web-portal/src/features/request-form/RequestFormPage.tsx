import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';

import { useI18n } from '../../i18n/context';
import { PageHeading } from '../../shared/PageHeading';
import { ErrorMessage, Loading } from '../../shared/Status';
import { requestQuery } from '../requests/api';
import { RequestForm } from './RequestForm';
import { emptyValues, fromRequest } from './values';

const EDITABLE = new Set(['DRAFT', 'AWAITING_PATIENT_CONSENT']);

/**
 * /requests/new starts a request; /requests/{id}/edit completes a draft. Both are the same form
 * in the same place, so saving a new draft (which moves to its own address) keeps what is typed.
 */
export function RequestFormPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const request = useQuery({ ...requestQuery(id ?? ''), enabled: id !== undefined });

  let content;
  if (id === undefined) {
    content = <RequestForm initial={emptyValues} />;
  } else if (request.data !== undefined) {
    content = EDITABLE.has(request.data.status) ? (
      <RequestForm
        requestId={id}
        initial={fromRequest(request.data)}
        canSubmit={request.data.status === 'DRAFT'}
      />
    ) : (
      <p>{t.form.notEditable}</p>
    );
  } else if (request.isError) {
    content = <ErrorMessage error={request.error} onRetry={() => void request.refetch()} />;
  } else {
    content = <Loading />;
  }

  return (
    <>
      <PageHeading title={id === undefined ? t.form.newTitle : t.form.editTitle} />
      <p>
        <Link to={id === undefined ? '/requests' : `/requests/${encodeURIComponent(id)}`}>
          {id === undefined ? t.request.back : t.form.backToRequest}
        </Link>
      </p>
      {content}
    </>
  );
}
