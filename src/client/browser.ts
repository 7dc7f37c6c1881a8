// What the kit reads from the browser: the page's address (relative URLs, the
// same-origin check) and, on the OAuth callback page, the `state` kept in
// sessionStorage. The pure code (../core) gets these values as parameters.
import { NO_PAGE_URL, STATE_STORAGE_KEY } from "../core/social";
import type { PageLocation, StoredOAuthState } from "../core/social";

/** The page the form runs on, or `undefined` on the server. */
export const currentPage = (): PageLocation | undefined =>
  typeof location !== "undefined" ? location : undefined;

/** The page's URL, or a placeholder on the server, for resolving relative URLs. */
export const baseUrl = (): string => currentPage()?.href || NO_PAGE_URL;

/** Read and remove the stored `state` (for the callback page). */
export function takeState(): StoredOAuthState | undefined {
  try {
    const raw = sessionStorage.getItem(STATE_STORAGE_KEY);
    sessionStorage.removeItem(STATE_STORAGE_KEY);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (
      parsed &&
      typeof parsed === "object" &&
      typeof (parsed as StoredOAuthState).state === "string" &&
      typeof (parsed as StoredOAuthState).providerId === "string"
    ) {
      return parsed as StoredOAuthState;
    }
  } catch {
    // Unreadable storage counts as no state.
  }
  return undefined;
}
