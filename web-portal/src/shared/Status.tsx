import { useI18n } from '../i18n/context';
import { ApiError, SignInRequiredError } from './api';

export function Loading() {
  const { t } = useI18n();
  return <p role="status">{t.app.loading}</p>;
}

interface ErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** An error as the user should read it: the server's own `detail` when it gave one. */
export function ErrorMessage({ error, onRetry }: ErrorProps) {
  const { t } = useI18n();
  if (error instanceof SignInRequiredError) {
    return <p role="status">{t.errors.signingIn}</p>;
  }
  const detail = error instanceof ApiError ? error.detail : undefined;
  return (
    <div role="alert" className="error">
      <p className="error-title">{t.errors.title}</p>
      <p>{detail ?? t.errors.generic}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.errors.retry}
        </button>
      )}
    </div>
  );
}
