import { Link } from 'react-router';

import { useI18n } from '../i18n/context';
import { PageHeading } from '../shared/PageHeading';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t.notFound.title} />
      <p>{t.notFound.text}</p>
      <p>
        <Link to="/">{t.notFound.home}</Link>
      </p>
    </>
  );
}
