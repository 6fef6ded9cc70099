import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';

import { useI18n } from '../../i18n/context';
import { ErrorMessage, Loading } from '../../shared/Status';
import { useRequestChanged } from '../requests/cache';
import type { SecondOpinionRequest } from '../requests/types';
import { assignConsultant, candidatesQuery } from './api';
import { languageName } from './languages';

interface Props {
  request: SecondOpinionRequest;
  /** Called once the choice is recorded (the list is then gone). */
  onChosen?: () => void;
}

/** The consultants the patient may choose now, shortest wait first, and choosing one. */
export function ChooseConsultant({ request, onChosen }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const candidates = useQuery(candidatesQuery(request.id));
  const changed = useRequestChanged();
  const choose = useMutation({
    mutationFn: (consultantId: string) => assignConsultant(request.id, consultantId),
    onSuccess: async (updated) => {
      await changed(updated);
      onChosen?.();
    },
  });
  const lastDecline =
    request.status === 'CONSULTANT_DECLINED' ? request.declines?.at(-1) : undefined;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.consultants.title}</h2>
      <p>{t.consultants.intro}</p>
      {lastDecline !== undefined && (
        <p className="notice">{t.consultants.declined(lastDecline.reason)}</p>
      )}
      {candidates.isPending && <Loading />}
      {candidates.isError && (
        <ErrorMessage error={candidates.error} onRetry={() => void candidates.refetch()} />
      )}
      {candidates.isSuccess && candidates.data.length === 0 && <p>{t.consultants.none}</p>}
      {choose.isError && <ErrorMessage error={choose.error} />}
      {candidates.isSuccess && candidates.data.length > 0 && (
        <ul className="cards">
          {candidates.data.map((consultant) => (
            <li key={consultant.id} className="card">
              <h3 className="card-title">{consultant.name}</h3>
              <dl className="facts">
                <div>
                  <dt>{t.consultants.institution}</dt>
                  <dd>{consultant.institution}</dd>
                </div>
                <div>
                  <dt>{t.consultants.waiting}</dt>
                  <dd>{t.consultants.weeks(consultant.waitingWeeks)}</dd>
                </div>
                {consultant.languages.length > 0 && (
                  <div>
                    <dt>{t.consultants.languages}</dt>
                    <dd>
                      {consultant.languages.map((code) => languageName(locale, code)).join(', ')}
                    </dd>
                  </div>
                )}
              </dl>
              <div className="actions">
                <button
                  type="button"
                  disabled={choose.isPending}
                  onClick={() => choose.mutate(consultant.id)}
                >
                  {t.consultants.choose}
                  <span className="visually-hidden">: {consultant.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
