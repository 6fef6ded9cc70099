import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { useSessionUser } from '../features/session/session';
import { I18nProvider } from '../i18n/I18nProvider';

function SessionLanguage({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  return <I18nProvider userLocale={user?.locale}>{children}</I18nProvider>;
}

/** Server state and the language, which follows the signed-in user's `locale`. */
export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <SessionLanguage>{children}</SessionLanguage>
    </QueryClientProvider>
  );
}
