import { describe, expect, it } from "vitest";
import type { NormalizedAccountStore } from "../contract/types";
import { PROVIDERS, STATE_STORAGE_KEY, takeState } from "./social";
import { DEFAULT_SCOPES, buildAuthorizationUrl, createState, saveState } from "./socialStart";

const framework = (
  providerId: string,
  extra: Partial<NormalizedAccountStore> = {},
): NormalizedAccountStore => ({
  id: providerId,
  name: providerId,
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

// ./socialStart (lazy) keeps its own copies so that it imports nothing from the eager form.
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

  it("client-API dialect adds redirect_uri and state to authorizeUri", () => {
    const store: NormalizedAccountStore = {
      id: "google",
      name: "Google",
      providerId: "google",
      kind: "social",
      dialect: "client-api",
      authorizeUrl: "https://accounts.google.com/o/oauth2/auth?client_id=abc",
    };
    const url = new URL(
      buildAuthorizationUrl(store, { state: "s", redirectUri: "https://app.example.com/cb" }),
    );
    expect(url.searchParams.get("client_id")).toBe("abc");
    expect(url.searchParams.get("redirect_uri")).toBe("https://app.example.com/cb");
    expect(url.searchParams.get("state")).toBe("s");
    expect(url.searchParams.has("response_type")).toBe(false);
  });

  it("SAML adds the store href as a query parameter", () => {
    const store: NormalizedAccountStore = {
      id: "saml",
      name: "SSO",
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
