// Social and SAML login, the eager half: known providers and safe targets (what
// normalisation needs). Pure: the page's address comes in as a parameter.
// Reading `state` back on the callback page is ../client/browser; starting a
// login (a fresh `state`, the authorization URL) is ../client/socialStart,
// which the form loads with import() on first use.
import type { NormalizedAccountStore } from "../contract/types";

/**
 * The providers the Stormpath framework knows, with their authorization
 * endpoints and default scopes (../client/socialStart keeps its own copy of the scopes:
 * it imports nothing from the eager form; social.test.ts checks they agree).
 */
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

/**
 * The button text for a store: "Continue with Google". When two shown stores
 * share a provider, the store's name tells them apart: on its own when it
 * already names the provider ("Continue with Google Workspace"), else after it
 * ("Continue with Google (Employees)").
 * @param t Formats a catalogue message (`socialButton`, `socialButtonStore`).
 */
export function socialButtonText(
  store: Pick<NormalizedAccountStore, "name" | "providerName" | "distinguish">,
  t: (key: "socialButton" | "socialButtonStore", params: Record<string, string>) => string,
): string {
  if (!store.distinguish) return t("socialButton", { name: store.providerName });
  return store.name.toLowerCase().includes(store.providerName.toLowerCase())
    ? t("socialButton", { name: store.name })
    : t("socialButtonStore", { name: store.providerName, store: store.name });
}

/** The sessionStorage key under which `state` waits for the OAuth callback (../client/socialStart writes it, ../client/browser's takeState() reads it). */
export const STATE_STORAGE_KEY = "signup-kit:oauth-state";

/** What is stored under {@link STATE_STORAGE_KEY}: no tokens, no personal data. */
export interface StoredOAuthState {
  state: string;
  providerId: string;
  createdAt: number;
}

/** The page the form runs on: `location` in the browser, none on the server. */
export interface PageLocation {
  href: string;
  origin: string;
}

/** Relative URLs resolve against this when there is no page (server rendering). */
export const NO_PAGE_URL = "http://localhost/";

/**
 * Why an absolute URL may not be followed, or `undefined` when it may.
 * Allowed: `https:` to one of `hosts`, or (development only) `http:` on the page's own origin.
 */
export function unsafeUrlReason(
  url: string,
  hosts: readonly string[],
  development: boolean,
  pageOrigin?: string,
): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return process.env.NODE_ENV !== "production" ? "the URL is not valid" : "unsafe";
  }
  const { protocol, hostname } = parsed;
  const sameOrigin = parsed.origin === pageOrigin;
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
