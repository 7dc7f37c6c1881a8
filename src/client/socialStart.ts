// Starting a social or SAML login: a fresh `state`, kept for the callback, and
// the authorization URL. The form loads this module with import() on the first
// click of a social button (or after render when it has account stores), so it
// imports nothing at run time: anything it shared with the eager form would
// become an extra eager chunk. The few values it needs from ../core/social are copied
// here; core/social.test.ts checks they agree.
import type { NormalizedAccountStore } from "../contract/types";

/** Same value as STATE_STORAGE_KEY in ../core/social, where takeState() reads it. */
const STATE_STORAGE_KEY = "signup-kit:oauth-state";

/** The known providers' default scopes (PROVIDERS in ../core/social), read as own properties only. */
export const DEFAULT_SCOPES: Readonly<Record<string, string>> = {
  facebook: "email",
  google: "email profile",
  github: "user:email",
  linkedin: "r_basicprofile r_emailaddress",
};

/** The page's URL, or a placeholder on the server, for resolving relative URLs (as baseUrl() in ../core/social). */
const pageUrl = () =>
  typeof location !== "undefined" && location.href ? location.href : "http://localhost/";

/** A fresh, unguessable `state`: 32 random bytes, base64url. */
export function createState(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Keep `state` for the callback page. Storage failures (private mode, quotas) are ignored. */
export function saveState(state: string, providerId: string, now = Date.now()): void {
  try {
    sessionStorage.setItem(
      STATE_STORAGE_KEY,
      JSON.stringify({ state, providerId, createdAt: now }),
    );
  } catch {
    // Without storage the callback cannot check state; the provider flow still works.
  }
}

/** Forget a kept `state`: a server-supplied URL carries the server's own. */
function clearState(): void {
  try {
    sessionStorage.removeItem(STATE_STORAGE_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** Options of {@link buildAuthorizationUrl}. */
export interface AuthorizationUrlOptions {
  /**
   * The `redirect_uri`, or a function of the provider id. Defaults to
   * `{origin of endpoint}/callbacks/{providerId}` for a URL the kit builds; a
   * server's URL keeps its own and gets this one only when given and the URL
   * has none.
   */
  redirectUri?: string | ((providerId: string) => string);
  /** The generated `state` (ignored for a server's URL). */
  state: string;
  /** The /register endpoint, for the default `redirect_uri`. Defaults to `"/register"`. */
  endpoint?: string;
}

/** The full URL a social/SAML button navigates to. */
export function buildAuthorizationUrl(
  store: NormalizedAccountStore,
  { redirectUri, state, endpoint = "/register" }: AuthorizationUrlOptions,
): string {
  const base = new URL(endpoint, pageUrl());
  const url = new URL(store.authorizeUrl, base);
  const params = url.searchParams;
  const configured =
    typeof redirectUri === "function" ? redirectUri(store.providerId) : redirectUri;
  if (store.dialect === "client-api") {
    // The server's URL, as given: its `state` is checked against the server's own
    // cookie on the callback, so nothing it holds is replaced.
    if (configured !== undefined && !params.has("redirect_uri"))
      params.set("redirect_uri", configured);
    return url.toString();
  }
  if (store.dialect === "saml") {
    if (store.href) params.set("href", store.href);
    params.set("state", state);
    return url.toString();
  }
  const redirect =
    configured ?? new URL(`/callbacks/${encodeURIComponent(store.providerId)}`, base).toString();
  params.set("client_id", store.clientId ?? "");
  const known = Object.hasOwn(DEFAULT_SCOPES, store.providerId);
  params.set("scope", store.scope ?? (known ? DEFAULT_SCOPES[store.providerId] : "") ?? "");
  params.set("response_type", "code");
  params.set("redirect_uri", redirect);
  params.set("state", state);
  return url.toString();
}

/**
 * Start a login. For a URL the kit builds (framework dialect, the app's
 * `samlUrl`): keep a fresh `state` and return it with the URL. For a server's
 * `authorizeUri`: the URL as given, and the server's `state` if it has one.
 */
export function startLogin(
  store: NormalizedAccountStore,
  options: Omit<AuthorizationUrlOptions, "state">,
): { state?: string; url: string } {
  if (store.dialect === "client-api") {
    clearState();
    const url = buildAuthorizationUrl(store, { ...options, state: "" });
    const state = new URL(url).searchParams.get("state");
    return state ? { state, url } : { url };
  }
  const state = createState();
  saveState(state, store.providerId);
  return { state, url: buildAuthorizationUrl(store, { ...options, state }) };
}
