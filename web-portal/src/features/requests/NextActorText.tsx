import { useI18n } from '../../i18n/context';
import { nextActor, onPatientSide } from './status';
import type { SecondOpinionRequest } from './types';

/** Who acts next, addressed to the reader ("U") when the reader is the patient's side. */
export function NextActorText({ request }: { request: SecondOpinionRequest }) {
  const { t } = useI18n();
  const actor = nextActor(request.status);
  const forPatient: Partial<Record<string, string>> = t.actorForPatient;
  const text = (onPatientSide(request.yourRoles) ? forPatient[actor] : undefined) ?? t.actor[actor];
  return <>{text}</>;
}
