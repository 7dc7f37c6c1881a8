import { describe, expect, it } from "vitest";
import type { NormalizedAccountStore } from "../contract/types";
import { takeState } from "../client/browser";
import { PROVIDERS, STATE_STORAGE_KEY, socialButtonText } from "./social";
import {
  DEFAULT_SCOPES,
  buildAuthorizationUrl,
  createState,
  saveState,
  startLogin,
} from "../client/socialStart";

const framework = (
  providerId: string,
  extra: Partial<NormalizedAccountStore> = {},
): NormalizedAccountStore => ({
  id: providerId,
  name: providerId,
  providerName: providerId,
  distinguish: false,
  providerId,
  kind: "social",
  dialect: "framework",
  clientId: "client-1",
  authorizeUrl: {
    facebook: "https://www.facebook.com/dialog/oauth",
    google: "https://accounts.google.com/o/oauth2/v2/auth",
    github: "https://github.com/login/oauth/authorize",
    linkedin: "https://www.linkedin.com/oauth/v2/authorization",
  }[providerId] as string,
  ...extra,
});

// ../client/socialStart (lazy) keeps its own copies so that it imports nothing from the eager form.
it("the lazy start and the eager half agree on the known providers' default scopes", () => {
  expect(DEFAULT_SCOPES).toEqual(
    Object.fromEntries(Object.entries(PROVIDERS).map(([id, provider]) => [id, provider.scope])),
  );
});

describe("createState", () => {
  it("is random, URL-safe and long", () => {
    const a = createState();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createState()).not.toBe(a);
  });
});

describe("state storage", () => {
  it("keeps state, provider and time in sessionStorage, and nothing else", () => {
    saveState("abc", "github", 1000);
    expect(JSON.parse(sessionStorage.getItem(STATE_STORAGE_KEY) ?? "")).toEqual({
      state: "abc",
      providerId: "github",
      createdAt: 1000,
    });
    expect(takeState()).toEqual({ state: "abc", providerId: "github", createdAt: 1000 });
    expect(takeState()).toBeUndefined();
  });
});

describe("buildAuthorizationUrl", () => {
  it.each([
    ["facebook", "email"],
    ["github", "user:email"],
    ["google", "email profile"],
    ["linkedin", "r_basicprofile r_emailaddress"],
  ])("framework dialect for %s with default scope", (providerId, scope) => {
    const url = new URL(
      buildAuthorizationUrl(framework(providerId), {
        state: "s1",
        endpoint: "https://app.example.com/register",
      }),
    );
    expect(url.searchParams.get("client_id")).toBe("client-1");
    expect(url.searchParams.get("scope")).toBe(scope);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("redirect_uri")).toBe(
      `https://app.example.com/callbacks/${providerId}`,
    );
    expect(url.searchParams.get("state")).toBe("s1");
  });

  it("uses the store's scope and a configured redirect URI", () => {
    const url = new URL(
      buildAuthorizationUrl(framework("github", { scope: "read:user" }), {
        state: "s",
        redirectUri: (id) => `https://app.example.com/oauth/${id}`,
      }),
    );
    expect(url.searchParams.get("scope")).toBe("read:user");
    expect(url.searchParams.get("redirect_uri")).toBe("https://app.example.com/oauth/github");
  });

  it("defaults redirect_uri to the origin of a relative endpoint", () => {
    const url = new URL(buildAuthorizationUrl(framework("github"), { state: "s" }));
    expect(url.searchParams.get("redirect_uri")).toBe(`${location.origin}/callbacks/github`);
  });

  const serverStore = (authorizeUrl: string): NormalizedAccountStore => ({
    id: "linkedin",
    name: "LinkedIn",
    providerName: "LinkedIn",
    distinguish: false,
    providerId: "linkedin",
    kind: "social",
    dialect: "client-api",
    authorizeUrl,
  });

  it("client-API dialect: the server's URL as given, its state never replaced", () => {
    const given =
      "https://www.linkedin.com/oauth/v2/authorization?client_id=abc&state=server-state&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallbacks%2Flinkedin&response_type=code";
    expect(buildAuthorizationUrl(serverStore(given), { state: "kit-state" })).toBe(given);
    // An app redirectUri does not replace the server's either.
    expect(
      buildAuthorizationUrl(serverStore(given), {
        state: "kit-state",
        redirectUri: "https://other.example.com/cb",
      }),
    ).toBe(given);
  });

  it("client-API dialect: an app redirectUri fills only a missing redirect_uri; no state is added", () => {
    const url = new URL(
      buildAuthorizationUrl(serverStore("https://www.linkedin.com/oauth/v2/authorization?x=1"), {
        state: "kit-state",
        redirectUri: "https://app.example.com/cb",
      }),
    );
    expect(url.searchParams.get("x")).toBe("1");
    expect(url.searchParams.get("redirect_uri")).toBe("https://app.example.com/cb");
    expect(url.searchParams.has("state")).toBe(false);
    expect(url.searchParams.has("response_type")).toBe(false);
  });

  it("SAML adds the store href as a query parameter", () => {
    const store: NormalizedAccountStore = {
      id: "saml",
      name: "SSO",
      providerName: "SSO",
      distinguish: false,
      providerId: "saml",
      kind: "saml",
      dialect: "saml",
      authorizeUrl: "https://auth.example.com/saml",
      href: "https://api.example.com/v1/directories/1",
    };
    const url = new URL(buildAuthorizationUrl(store, { state: "s" }));
    expect(url.origin + url.pathname).toBe("https://auth.example.com/saml");
    expect(url.searchParams.get("href")).toBe("https://api.example.com/v1/directories/1");
  });
});

describe("startLogin", () => {
  it("keeps a fresh state for a URL the kit builds", () => {
    const { state, url } = startLogin(framework("github"), { endpoint: "/register" });
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new URL(url).searchParams.get("state")).toBe(state);
    expect(takeState()).toMatchObject({ state, providerId: "github" });
  });

  it("returns the server's state for a server URL, stores none and forgets an older one", () => {
    saveState("older", "github");
    const store: NormalizedAccountStore = {
      ...framework("linkedin"),
      dialect: "client-api",
      authorizeUrl: "https://www.linkedin.com/oauth/v2/authorization?state=server-1",
    };
    delete store.clientId;
    expect(startLogin(store, {})).toEqual({
      state: "server-1",
      url: "https://www.linkedin.com/oauth/v2/authorization?state=server-1",
    });
    expect(sessionStorage.getItem(STATE_STORAGE_KEY)).toBeNull();
    const bare = { ...store, authorizeUrl: "https://www.linkedin.com/oauth/v2/authorization" };
    expect(startLogin(bare, {})).toEqual({ url: bare.authorizeUrl });
  });
});

describe("socialButtonText", () => {
  const t = (key: string, params: Record<string, string>) =>
    key === "socialButton"
      ? `Continue with ${params.name}`
      : `Continue with ${params.name} (${params.store})`;

  it("names the provider, not the directory", () => {
    expect(
      socialButtonText({ name: "Google Directory", providerName: "Google", distinguish: false }, t),
    ).toBe("Continue with Google");
  });

  it("adds the store's name when two stores share a provider", () => {
    expect(
      socialButtonText({ name: "Employees", providerName: "Google", distinguish: true }, t),
    ).toBe("Continue with Google (Employees)");
    // A store name that already names the provider stands alone.
    expect(
      socialButtonText({ name: "Google Workspace", providerName: "Google", distinguish: true }, t),
    ).toBe("Continue with Google Workspace");
  });

  it("uses the SAML store's name, the only name there is", () => {
    expect(
      socialButtonText({ name: "Acme SSO", providerName: "Acme SSO", distinguish: false }, t),
    ).toBe("Continue with Acme SSO");
  });
});
