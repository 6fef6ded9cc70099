import { useId } from 'react';

import { useI18n } from '../../i18n/context';
import { durationDays } from './duration';
import type { CaseClock, Phase } from './types';

function PhaseProgress({ phase, ended }: { phase: Phase; ended: boolean }) {
  const { t } = useI18n();
  if (phase.startedAt === null) {
    return <>{t.clock.notStarted}</>;
  }
  if (phase.completedAt !== null) {
    return <>{t.clock.completed(phase.daysTaken)}</>;
  }
  return <>{ended ? t.clock.stopped(phase.daysTaken) : t.clock.running(phase.daysTaken)}</>;
}

interface Props {
  clock: CaseClock;
  /** The request has ended (closed, withdrawn, cancelled): unfinished phases stopped counting. */
  ended: boolean;
}

/** The case clock: days since submission, and per phase its target, progress and overdue. */
export function CaseClockView({ clock, ended }: Props) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.clock.title}</h2>
      <p>
        {clock.submittedAt === null
          ? t.clock.notSubmitted
          : t.clock.sinceSubmission(clock.daysSinceSubmission, formatDate(clock.submittedAt))}
      </p>
      {clock.submittedAt !== null && (
        <ul className="cards">
          {clock.phases.map((phase) => {
            const targetDays = durationDays(phase.target);
            return (
              <li key={phase.name} className={phase.overdue ? 'card overdue' : 'card'}>
                <h3 className="card-title">{t.phase[phase.name]}</h3>
                <dl className="facts">
                  <div>
                    <dt>{t.clock.target}</dt>
                    <dd>
                      {targetDays === undefined
                        ? t.clock.targetUnderADay
                        : t.clock.targetDays(targetDays)}
                    </dd>
                  </div>
                  {phase.dueAt !== null && (
                    <div>
                      <dt>{t.clock.dueAt}</dt>
                      <dd>
                        <time dateTime={phase.dueAt}>{formatDate(phase.dueAt)}</time>
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt>{t.clock.progress}</dt>
                    <dd>
                      <PhaseProgress phase={phase} ended={ended} />
                    </dd>
                  </div>
                </dl>
                {phase.overdue && <p className="overdue-note">{t.clock.overdue}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
