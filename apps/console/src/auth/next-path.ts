/**
 * Where to go after signing in. `/login?next=…` carries the page an anonymous visitor wanted; the
 * value comes from the URL, so anyone can craft it: only a path on this origin is followed, never
 * `//evil.example`, `/\evil.example` (browsers read `\` as `/`) or `https://…`, which would turn the
 * sign-in page into an open redirect.
 */

export const LOGIN_PATH = "/login";
const HOME_PATH = "/";

// any origin would do: it only has to be one that a crafted value cannot name
const PLACEHOLDER_ORIGIN = "https://console.invalid";

/** The page to open after signing in: `next` when it is a path of this console, otherwise home. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return HOME_PATH;
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return HOME_PATH;
  }
  // the parser drops tabs and newlines and resolves dot segments: "/\t/evil" and "/.//evil" end up
  // naming another host, or a path that the browser would read as one
  if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname.startsWith("//")) return HOME_PATH;
  // back to the sign-in page would only loop
  if (url.pathname === LOGIN_PATH) return HOME_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering `location` so that the user comes back to it. */
export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  const wanted = `${location.pathname}${location.search}${location.hash}`;
  if (safeNextPath(wanted) === HOME_PATH) return LOGIN_PATH;
  return `${LOGIN_PATH}?${new URLSearchParams({ next: wanted }).toString()}`;
}
