/** Full-page navigation, kept in one object so that tests can replace it. */
export const browser = {
  assign(url: string): void {
    window.location.assign(url);
  },
  currentPath(): string {
    return window.location.pathname + window.location.search;
  },
};

/** Only a same-origin path may be a return address; anything else returns to the start page. */
function safePath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}

/** The gateway's sign-in entry; after signing in, the browser comes back to `returnTo`. */
export function signInUrl(returnTo: string): string {
  return `/bff/login?returnTo=${encodeURIComponent(safePath(returnTo))}`;
}

export function redirectToSignIn(returnTo: string = browser.currentPath()): void {
  browser.assign(signInUrl(returnTo));
}
