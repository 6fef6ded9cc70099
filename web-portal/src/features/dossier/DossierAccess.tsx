import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import { useI18n } from '../../i18n/context';
import { addMonths, today } from '../../shared/dates';
import { describedBy, FieldError } from '../../shared/FieldError';
import { FormProblem } from '../../shared/FormProblem';
import { fieldErrors } from '../../shared/problem';
import { ErrorMessage, Loading } from '../../shared/Status';
import type { AssignedConsultant } from '../requests/types';
import { grantAccess, grantsQuery, revokeGrant, type Grant } from './api';

/** How long access lasts unless the patient picks another day. */
const DEFAULT_MONTHS = 3;

interface Props {
  requestId: string;
  consultant: AssignedConsultant;
}

/** The patient gives the chosen consultant access to the dossier until a day, and revokes it. */
export function DossierAccess({ requestId, consultant }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const dateId = useId();
  const queryClient = useQueryClient();
  const grants = useQuery(grantsQuery(requestId));
  const [validUntil, setValidUntil] = useState(() => addMonths(today(), DEFAULT_MONTHS));
  const reload = () => queryClient.invalidateQueries({ queryKey: grantsQuery(requestId).queryKey });
  const give = useMutation({
    mutationFn: () => grantAccess(requestId, consultant.id, validUntil),
    onSuccess: reload,
  });
  const errors = fieldErrors(give.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    give.mutate();
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.grants.title}</h2>
      <p>{t.grants.intro}</p>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={dateId}>{t.grants.validUntil}</label>
          <p id={`${dateId}-help`} className="help">
            {t.grants.validUntilHelp}
          </p>
          <FieldError id={`${dateId}-error`} message={errors.validUntil} />
          <input
            id={dateId}
            type="date"
            value={validUntil}
            min={today()}
            required
            aria-invalid={errors.validUntil !== undefined || undefined}
            aria-describedby={describedBy(
              `${dateId}-help`,
              errors.validUntil !== undefined && `${dateId}-error`,
            )}
            onChange={(event) => setValidUntil(event.target.value)}
          />
        </div>
        {give.isError && <FormProblem error={give.error} fields={new Set(['validUntil'])} />}
        <div className="actions">
          <button type="submit" disabled={give.isPending}>
            {t.grants.give(consultant.name)}
          </button>
        </div>
      </form>

      <h3>{t.grants.listTitle}</h3>
      {grants.isPending && <Loading />}
      {grants.isError && (
        <ErrorMessage error={grants.error} onRetry={() => void grants.refetch()} />
      )}
      {grants.isSuccess && grants.data.length === 0 && <p>{t.grants.none}</p>}
      {grants.isSuccess && grants.data.length > 0 && (
        <ul className="cards">
          {grants.data.map((grant) => (
            <GrantItem
              key={grant.id}
              grant={grant}
              requestId={requestId}
              consultant={consultant}
              onRevoked={reload}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  grant: Grant;
  requestId: string;
  consultant: AssignedConsultant;
  onRevoked: () => Promise<void>;
}

function GrantItem({ grant, requestId, consultant, onRevoked }: ItemProps) {
  const { t, formatDate } = useI18n();
  const revoke = useMutation({
    mutationFn: () => revokeGrant(requestId, grant.id),
    onSuccess: onRevoked,
  });
  const who = grant.consultantId === consultant.id ? consultant.name : t.grants.otherConsultant;
  let state: string;
  if (grant.revokedAt !== null) {
    state = t.grants.revokedOn(formatDate(grant.revokedAt));
  } else {
    state = grant.active ? t.grants.active : t.grants.expired;
  }
  return (
    <li className="card">
      <p className="card-title">{t.grants.grantFor(who, formatDate(grant.validUntil))}</p>
      <p className="entry-meta">
        {state} · {t.grants.grantedOn(formatDate(grant.grantedAt))}
      </p>
      {revoke.isError && <ErrorMessage error={revoke.error} />}
      {grant.revokedAt === null && grant.active && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate()}
          >
            {t.grants.revoke}
            <span className="visually-hidden">
              : {t.grants.grantFor(who, formatDate(grant.validUntil))}
            </span>
          </button>
        </div>
      )}
    </li>
  );
}
