import { vi } from 'vitest';

/** A plain value answers as JSON; a function receives the request and answers what it likes. */
type Route = unknown;

// jsdom's AbortSignal is not the one Node's Request accepts; the mock does not need it.
function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  const rest = { ...init };
  delete rest.signal;
  const url = input instanceof Request ? input.url : input.toString();
  return new Request(new URL(url, 'http://portal.test'), rest);
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problem(status: number, detail: string, title = 'Problem'): Response {
  return new Response(
    JSON.stringify({ type: `https://secondopinion.nl/problems/p${status}`, title, status, detail }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * Replaces fetch with a table of answers keyed "METHOD /path" ("/path" alone means GET). A plain
 * value answers as JSON; a function receives the request and answers what it likes. Anything
 * else is a 404 problem.
 */
export function mockApi(routes: Record<string, Route>) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const request = toRequest(input, init);
    const url = new URL(request.url);
    const path = url.pathname + url.search;
    const route =
      routes[`${request.method} ${path}`] ?? (request.method === 'GET' ? routes[path] : undefined);
    if (route === undefined) {
      return Promise.resolve(problem(404, `no mock for ${request.method} ${path}`));
    }
    return Promise.resolve(
      typeof route === 'function' ? (route as (r: Request) => Response)(request) : json(route),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The calls made to the mocked fetch, as requests. */
export function calls(fetchMock: ReturnType<typeof mockApi>): Request[] {
  return fetchMock.mock.calls.map(([input, init]) => toRequest(input, init));
}
