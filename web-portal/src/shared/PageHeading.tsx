import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { useI18n } from '../i18n/context';

interface Props {
  /** Also the document title, so it must never hold medical text (a question, a diagnosis). */
  title: string;
}

/**
 * The page's one h1. It names the document ("Mijn aanvragen – Second Opinion") and receives the
 * focus after every route change, so that screen-reader and keyboard users start at the new page.
 */
export function PageHeading({ title }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const key = location.key;
  // A page that only changes its own address (a new draft saved under its id) keeps the focus.
  const state = location.state as { keepFocus?: unknown } | null;
  const keepFocus = state?.keepFocus === true;

  useEffect(() => {
    document.title = `${title} – ${t.app.name}`;
  }, [title, t.app.name]);

  useEffect(() => {
    // The first page of a visit keeps the browser's own start position; "default" is the key
    // React Router gives the location the app was opened at.
    if (key !== 'default' && !keepFocus) {
      heading.current?.focus();
    }
  }, [key, keepFocus]);

  return (
    <h1 ref={heading} tabIndex={-1}>
      {title}
    </h1>
  );
}
