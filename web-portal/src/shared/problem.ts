import { ApiError } from './api';

/** The messages of a problem's `errors`, by the field they name ("insurer.uzovi"). */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) {
    return result;
  }
  const errors = error.problem?.errors;
  if (!Array.isArray(errors)) {
    return result;
  }
  for (const { field, message } of errors) {
    if (typeof field === 'string' && typeof message === 'string') {
      // Several messages for one field read as one sentence each.
      result[field] = result[field] === undefined ? message : `${result[field]}; ${message}`;
    }
  }
  return result;
}

/** The slug of a problem's type, e.g. "follow-up-limit" for …/problems/follow-up-limit. */
export function problemSlug(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  const type = error.problem?.type;
  return typeof type === 'string' ? type.slice(type.lastIndexOf('/') + 1) : undefined;
}

/** A fresh key for the POSTs that create something, so a retried call creates it once. */
export function idempotencyKey(): string | undefined {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : undefined;
}
