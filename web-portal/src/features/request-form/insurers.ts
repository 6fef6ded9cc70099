/**
 * The large Dutch health insurers, offered first by name; any other insurer is entered by its
 * 4-digit UZOVI code (on the insurance card). 3311 and 9664 are the codes insurance-service
 * knows in the local stack (secondopinion.insurance.insurers); keep this list in step with the
 * insurers it is configured for, checked against Vektis' UZOVI register. Names are proper names
 * and are not translated.
 */
export const INSURERS: readonly { uzovi: string; name: string }[] = [
  { uzovi: '3311', name: 'Zilveren Kruis' },
  { uzovi: '9664', name: 'CZ' },
  { uzovi: '7095', name: 'VGZ' },
  { uzovi: '3332', name: 'Menzis' },
];
