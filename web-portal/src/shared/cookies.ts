/** The value of one cookie readable by script, or undefined. */
export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      return decodeURIComponent(rest.join('='));
    }
  }
  return undefined;
}

/**
 * The gateway's CSRF token. It is not a credential (the session cookie is HttpOnly); sending it
 * back proves the request comes from a page of this origin.
 */
export function csrfToken(): string | undefined {
  return readCookie('XSRF-TOKEN');
}
