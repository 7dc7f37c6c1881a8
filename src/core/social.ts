// Social and SAML login: safe targets, authorization URLs, and the `state` kept for the callback.
import type { NormalizedAccountStore } from "../contract/types";

/** The providers the Stormpath framework knows, with their authorization endpoints and default scopes. */
export const PROVIDERS: Readonly<
  Record<string, { name: string; authorizeUrl: string; scope: string }>
> = {
  facebook: {
    name: "Facebook",
    authorizeUrl: "https://www.facebook.com/dialog/oauth",
    scope: "email",
  },
  google: {
    name: "Google",
    authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
    scope: "email profile",
  },
  github: {
    name: "GitHub",
    authorizeUrl: "https://github.com/login/oauth/authorize",
    scope: "user:email",
  },
  linkedin: {
    name: "LinkedIn",
    authorizeUrl: "https://www.linkedin.com/oauth/v2/authorization",
    scope: "r_basicprofile r_emailaddress",
  },
};

/** The known provider with this id, read as an own property only. */
export function knownProvider(providerId: string): (typeof PROVIDERS)[string] | undefined {
  return Object.hasOwn(PROVIDERS, providerId) ? PROVIDERS[providerId] : undefined;
}

/** The sessionStorage key under which `state` waits for the OAuth callback. */
export const STATE_STORAGE_KEY = "signup-kit:oauth-state";

/** What is stored under {@link STATE_STORAGE_KEY}: no tokens, no personal data. */
export interface StoredOAuthState {
  state: string;
  providerId: string;
  createdAt: number;
}

/** The page's URL, or a placeholder on the server, for resolving relative URLs. */
export function baseUrl(): string {
  return typeof location !== "undefined" && location.href ? location.href : "http://localhost/";
}

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
    const record: StoredOAuthState = { state, providerId, createdAt: now };
    sessionStorage.setItem(STATE_STORAGE_KEY, JSON.stringify(record));
  } catch {
    // Without storage the callback cannot check state; the provider flow still works.
  }
}

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

/**
 * Why a URL may not be followed, or `undefined` when it may.
 * Allowed: `https:` to one of `hosts`, or (development only) `http:` on the page's own origin.
 */
export function unsafeUrlReason(
  url: string,
  hosts: readonly string[],
  development: boolean,
): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, baseUrl());
  } catch {
    return process.env.NODE_ENV !== "production" ? "the URL is not valid" : "unsafe";
  }
  const { protocol, hostname } = parsed;
  const sameOrigin = typeof location !== "undefined" && parsed.origin === location.origin;
  if (protocol === "http:" && development && sameOrigin) return undefined;
  const reason =
    protocol !== "https:"
      ? 1
      : parsed.username || parsed.password
        ? 2
        : hosts.includes(hostname.toLowerCase())
          ? 0
          : 3;
  if (!reason) return undefined;
  // The reason is for the development warning; production builds keep a marker only.
  return process.env.NODE_ENV !== "production"
    ? [
        "",
        `the scheme ${protocol} is not allowed`,
        "the URL carries credentials",
        `the host ${hostname} is not the provider's and not in allowedHosts`,
      ][reason]
    : "unsafe";
}

/** Options of {@link buildAuthorizationUrl}. */
export interface AuthorizationUrlOptions {
  /** The `redirect_uri`, or a function of the provider id. Defaults to `{origin of endpoint}/callbacks/{providerId}`. */
  redirectUri?: string | ((providerId: string) => string);
  /** The generated `state`. */
  state: string;
  /** The /register endpoint, for the default `redirect_uri`. Defaults to `"/register"`. */
  endpoint?: string;
}

/** The full URL a social/SAML button navigates to. */
export function buildAuthorizationUrl(
  store: NormalizedAccountStore,
  { redirectUri, state, endpoint = "/register" }: AuthorizationUrlOptions,
): string {
  const url = new URL(store.authorizeUrl, new URL(endpoint, baseUrl()));
  const params = url.searchParams;
  if (store.dialect === "saml") {
    if (store.href) params.set("href", store.href);
    params.set("state", state);
    return url.toString();
  }
  const redirect =
    typeof redirectUri === "function"
      ? redirectUri(store.providerId)
      : (redirectUri ??
        new URL(
          `/callbacks/${encodeURIComponent(store.providerId)}`,
          new URL(endpoint, baseUrl()),
        ).toString());
  if (store.dialect === "framework") {
    params.set("client_id", store.clientId ?? "");
    params.set("scope", store.scope ?? knownProvider(store.providerId)?.scope ?? "");
    params.set("response_type", "code");
  }
  params.set("redirect_uri", redirect);
  params.set("state", state);
  return url.toString();
}
