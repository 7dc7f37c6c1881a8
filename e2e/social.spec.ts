// Social and SAML buttons: order, provider labels, authorization URLs (both
// dialects: the kit's own state for a URL it builds, the server's URL and state
// as given), SAML only with somewhere to go, unsafe stores never drawn, nothing
// secret stored.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const STATE_KEY = "signup-kit:oauth-state";
/**
 * A production build only follows https store URLs, so the demo gets an https
 * SAML start URL (the navigation is intercepted, nothing goes out).
 */
const SAML = "samlUrl=https://sso.example.test/saml&allowedHosts=sso.example.test";

/**
 * Clicks a social button and returns the URL the page navigated to, answering
 * the navigation with 204 (no content) so the page stays where it is.
 */
async function interceptNavigation(page: Page, click: () => Promise<void>): Promise<URL> {
  const navigated = new Promise<URL>((resolve) => {
    void page.route(
      (url) =>
        url.pathname !== "/" &&
        !url.pathname.startsWith("/assets") &&
        !url.pathname.startsWith("/register") &&
        !url.pathname.startsWith("/__mock"),
      async (route) => {
        if (route.request().isNavigationRequest()) {
          resolve(new URL(route.request().url()));
          await route.fulfill({ status: 204 });
        } else {
          await route.continue();
        }
      },
    );
  });
  await click();
  const url = await navigated;
  await page.unrouteAll({ behavior: "wait" });
  return url;
}

async function storedState(page: Page): Promise<{ state: string; providerId: string }> {
  const raw = await page.evaluate((key) => sessionStorage.getItem(key), STATE_KEY);
  expect(raw).not.toBeNull();
  return JSON.parse(raw ?? "{}") as { state: string; providerId: string };
}

/** Nothing that looks like a token or a secret outside the one sessionStorage entry. */
async function expectNoUnsafeStorage(page: Page): Promise<void> {
  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
  }));
  expect(storage.local).toEqual([]);
  expect(storage.session.filter((key) => key !== "signup-kit:oauth-state")).toEqual([]);
  expect(storage.cookie).toBe("");
}

test("framework dialect: priority order, and the authorization URL with a state kept in sessionStorage", async ({
  page,
  baseURL,
  signup,
  mock,
  axe,
}) => {
  await mock.configure({ preset: "providers-8" });
  await signup.goto(`/?${SAML}`);
  await axe("ready (8 providers)");
  // listIndex reorders the stores; otherwise the mapping order stands.
  await expect(signup.socialButtons).toHaveText([
    "Continue with Facebook (EU)",
    "Continue with Google Workspace",
    "Continue with GitHub Enterprise",
    "Continue with Facebook",
    "Continue with Google",
    "Continue with GitHub",
    "Continue with LinkedIn",
    "Continue with Acme SSO",
  ]);

  const cases = [
    {
      store: "Google",
      host: "accounts.google.com",
      clientId: "477922231637-mock.apps.googleusercontent.com",
      scope: "email profile",
      provider: "google",
    },
    {
      store: "GitHub",
      host: "github.com",
      clientId: "Iv1.mockgithubclient",
      scope: "user:email",
      provider: "github",
    },
    // No scope in the store: the provider's default.
    {
      store: "LinkedIn",
      host: "www.linkedin.com",
      clientId: "78mocklinkedin",
      scope: "r_basicprofile r_emailaddress",
      provider: "linkedin",
    },
  ];
  const states = new Set<string>();
  for (const expected of cases) {
    const url = await interceptNavigation(page, () => signup.socialButton(expected.store).click());
    expect(url.protocol).toBe("https:");
    expect(url.hostname).toBe(expected.host);
    const params = url.searchParams;
    expect(params.get("client_id")).toBe(expected.clientId);
    expect(params.get("scope")).toBe(expected.scope);
    expect(params.get("response_type")).toBe("code");
    expect(params.get("redirect_uri")).toBe(
      new URL(`/callbacks/${expected.provider}`, baseURL).toString(),
    );
    const state = params.get("state") ?? "";
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await storedState(page)).toMatchObject({ state, providerId: expected.provider });
    states.add(state);
    await signup.expectState("ready");
  }
  expect(states.size).toBe(cases.length);
  await expectNoUnsafeStorage(page);
  // Social logins never create an account through /register.
  expect(await mock.requests("POST")).toHaveLength(0);
});

test("client-API dialect: the server's authorizeUri is followed as given and its state is never replaced", async ({
  page,
  signup,
  mock,
}) => {
  // As express-stormpath 4.0.0 and the Client API hand them out: state and
  // redirect_uri already filled in by the server, on the store or its provider,
  // with no clientId for the kit to build from.
  const google =
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=server-client&scope=email&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.test%2Fcallbacks%2Fgoogle&state=server-state-google";
  const github =
    "https://github.com/login/oauth/authorize?client_id=server-client&state=server-state-github";
  await mock.configure({
    accountStores: [
      {
        name: "Google Directory",
        href: "https://api.stormpath.com/v1/directories/googleDir",
        authorizeUri: google,
        provider: { providerId: "google" },
      },
      {
        name: "GitHub Directory",
        href: "https://api.stormpath.com/v1/directories/githubDir",
        provider: { providerId: "github", authorizeUri: github },
      },
    ],
  });
  await signup.goto("/");
  // Labelled by provider, not by the admin's directory name.
  await expect(signup.socialButtons).toHaveText(["Continue with Google", "Continue with GitHub"]);
  // A state kept from an earlier, kit-built start must not linger.
  await page.evaluate((key) => sessionStorage.setItem(key, '{"state":"old"}'), STATE_KEY);
  const googleUrl = await interceptNavigation(page, () => signup.socialButton("Google").click());
  expect(googleUrl.toString()).toBe(google);
  const githubUrl = await interceptNavigation(page, () => signup.socialButton("GitHub").click());
  expect(githubUrl.toString()).toBe(github);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), STATE_KEY)).toBeNull();
  await expectNoUnsafeStorage(page);
});

test("SAML: the backend's SAML start URL with the store's href and a state", async ({
  page,
  signup,
  mock,
}) => {
  await mock.configure({ preset: "saml" });
  // express-stormpath has no SAML start route: without a start URL from the app
  // (or the server) there is nowhere to go, so no button, never a dead link.
  await signup.goto("/");
  await expect(signup.socialButtons).toHaveText(["Continue with Google"]);
  await signup.goto(`/?${SAML}`);
  await expect(signup.socialButtons).toHaveText([
    "Continue with Company SSO",
    "Continue with Google",
  ]);
  const url = await interceptNavigation(page, () => signup.socialButton("Company SSO").click());
  expect(url.origin).toBe("https://sso.example.test");
  expect(url.pathname).toBe("/saml");
  expect(url.searchParams.get("href")).toBe("https://api.stormpath.com/v1/directories/samlDir");
  const state = url.searchParams.get("state");
  expect(state).toBeTruthy();
  expect(await storedState(page)).toMatchObject({ state, providerId: "saml" });
  await expectNoUnsafeStorage(page);
});

test("unsafe stores are absent: script URLs, unknown hosts, disabled and cloud stores; markup stays text; no secret leaks", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  await mock.configure({ preset: "unsafe-provider" });
  await signup.goto("/");
  await axe("ready (unsafe providers filtered)");
  // The LinkedIn store's name holds markup; the button names the provider.
  await expect(signup.socialButtons).toHaveText(["Continue with Google", "Continue with LinkedIn"]);
  await expect(signup.root.locator("img")).toHaveCount(0);
  for (const name of ["Totally Google", "Evil OAuth", "GitHub", "Cloud directory"]) {
    await expect(signup.root.getByText(name)).toHaveCount(0);
  }
  const html = await signup.root.innerHTML();
  expect(html).not.toContain("javascript:");
  expect(html).not.toContain("evil.example.net");
  const url = await interceptNavigation(page, () => signup.socialButton("LinkedIn").click());
  expect(url.hostname).toBe("www.linkedin.com");
  expect(url.search).not.toContain("do-not-use");
  expect(url.searchParams.has("client_secret")).toBe(false);
  await expectNoUnsafeStorage(page);
  expect(JSON.stringify(await page.evaluate(() => ({ ...sessionStorage })))).not.toContain(
    "do-not-use",
  );
});
