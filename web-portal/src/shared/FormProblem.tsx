import { useEffect, useRef } from 'react';

import { useI18n } from '../i18n/context';
import { ApiError, SignInRequiredError } from './api';
import { fieldErrors } from './problem';

interface Props {
  error: unknown;
  /** The fields the form shows an error next to; the others are listed here. */
  fields?: ReadonlySet<string>;
}

/**
 * A refused form: the problem's human `detail`, and the messages of fields the form has no
 * control for. It takes the focus when it appears, so keyboard and screen-reader users hear why.
 */
export function FormProblem({ error, fields = new Set() }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    box.current?.focus();
  }, [error]);

  if (error instanceof SignInRequiredError) {
    return <p role="status">{t.errors.signingIn}</p>;
  }
  const detail = error instanceof ApiError ? error.detail : undefined;
  const others = Object.entries(fieldErrors(error)).filter(([field]) => !fields.has(field));
  return (
    <div ref={box} role="alert" className="error" tabIndex={-1}>
      <p className="error-title">{t.errors.formTitle}</p>
      <p>{detail ?? t.errors.generic}</p>
      {others.length > 0 && (
        <ul>
          {others.map(([field, message]) => (
            <li key={field}>
              {field}: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
