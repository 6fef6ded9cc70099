import { csrfToken } from './cookies';
import { redirectToSignIn } from './navigation';

/** RFC 9457 problem details, as every service and the gateway answer errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

/** A non-2xx answer. `detail` is the human explanation to show, when the server gave one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get detail(): string | undefined {
    return this.problem?.detail;
  }
}

/** The session has ended; the browser is already on its way to the sign-in page. */
export class SignInRequiredError extends ApiError {
  constructor(problem?: Problem) {
    super(401, problem);
    this.name = 'SignInRequiredError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiOptions {
  method?: Method;
  /** A plain value is sent as JSON; FormData and Blob are sent as they are (uploads). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const STATE_CHANGING: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isRawBody(body: unknown): body is BodyInit {
  return body instanceof FormData || body instanceof Blob || body instanceof URLSearchParams;
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  if (!(response.headers.get('Content-Type') ?? '').includes('application/problem+json')) {
    return undefined;
  }
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}

/**
 * The one way the portal talks to the gateway: same origin only, with the session cookie, the
 * CSRF header on every state-changing call, problem details as {@link ApiError}, and a 401 sending
 * the user to sign in (back to the current page afterwards).
 */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`api: only same-origin paths are allowed, not ${path}`);
  }
  const method = options.method ?? 'GET';
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (isRawBody(options.body)) {
      body = options.body;
    } else {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body);
    }
  }
  if (STATE_CHANGING.has(method)) {
    const token = csrfToken();
    if (token !== undefined) {
      headers.set('X-XSRF-TOKEN', token);
    }
  }

  const response = await fetch(path, {
    method,
    headers,
    body,
    credentials: 'same-origin',
    mode: 'same-origin',
    signal: options.signal,
  });

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401) {
      redirectToSignIn();
      throw new SignInRequiredError(problem);
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204 || response.status === 205) {
    return undefined as T;
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    return (await response.json()) as T;
  }
  return (await response.text()) as T;
}
