import { useId } from 'react';

import { useI18n } from '../../i18n/context';
import type { Messages } from '../../i18n/nl';
import type { TimelineEntry } from './types';

function whatText(t: Messages, entry: TimelineEntry): string {
  const texts: Partial<Record<string, string>> = t.timeline.what;
  let key = entry.what;
  if (key === 'DECIDE_TRANSFER' && entry.why === 'TRANSFER_ACCEPTED') {
    key = 'DECIDE_TRANSFER_ACCEPTED';
  } else if (key === 'DECIDE_TRANSFER' && entry.why === 'TRANSFER_DECLINED') {
    key = 'DECIDE_TRANSFER_DECLINED';
  }
  // An entry the portal does not know yet is described by where it led, never by its code.
  return (
    texts[key] ??
    (entry.to !== null ? t.timeline.statusChanged(t.status[entry.to]) : t.timeline.otherChange)
  );
}

function roleText(t: Messages, role: string): string {
  const roles: Partial<Record<string, string>> = t.timeline.role;
  return roles[role] ?? t.timeline.role.other;
}

/** A reason given in someone's own words; the codes a step records as its reason are not one. */
function noteOf(entry: TimelineEntry): string | null {
  return entry.why === 'TRANSFER_ACCEPTED' || entry.why === 'TRANSFER_DECLINED' ? null : entry.why;
}

interface Props {
  entries: TimelineEntry[];
  /** The reader's user name: their own steps read "Door u". */
  username: string | undefined;
}

/** The request's history, oldest first, in plain words. */
export function Timeline({ entries, username }: Props) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.timeline.title}</h2>
      {entries.length === 0 ? (
        <p>{t.timeline.empty}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry, index) => {
            const who = entry.by === username ? t.timeline.you : roleText(t, entry.role);
            const behalf =
              entry.onBehalfOf === null
                ? null
                : entry.onBehalfOf === username
                  ? t.timeline.you
                  : t.timeline.role.patient;
            const note = noteOf(entry);
            return (
              <li key={`${entry.at}-${index}`}>
                <p className="timeline-what">{whatText(t, entry)}</p>
                <p className="timeline-meta">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  {' · '}
                  {t.timeline.by(who)}
                  {behalf !== null && <> {t.timeline.onBehalfOf(behalf)}</>}
                </p>
                {note !== null && (
                  <p className="timeline-note">
                    {t.timeline.why}: {note}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
