// Client registration (RFC 7591) and management (RFC 7592) through our
// components against oidc-provider, a certified OpenID provider, on loopback
// (e2e/support/oidc-provider-server.mjs, started by playwright.config.ts). The
// demo page is on another origin, so every request crosses CORS for real.
import type { Page, Request, Response } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const oidcOrigin = process.env.E2E_OIDC_ORIGIN ?? "";

interface ClientInformation {
  client_id: string;
  client_secret?: string;
  client_name?: string;
  registration_access_token: string;
  registration_client_uri: string;
}

function parts(page: Page) {
  const form = page.locator('[data-component="client-registration"]');
  const manager = page.locator('[data-component="client-registration-manager"]');
  return {
    form,
    manager,
    name: form.getByLabel(/^Application name/),
    redirectUri: (n: number) => form.getByRole("textbox", { name: `Redirect URI ${n}` }),
    submit: form.getByRole("button", { name: "Register application" }),
    credentials: form.getByRole("region", { name: "Your application is registered" }),
    managerName: manager.getByLabel(/^Application name/),
    save: manager.getByRole("button", { name: "Save changes" }),
  };
}

async function open(page: Page, setup: string, query = "") {
  const issuer = `${oidcOrigin}/${setup}`;
  await page.goto(`/?view=register-app&issuer=${encodeURIComponent(issuer)}${query}`);
  const p = parts(page);
  await expect(p.form).toHaveAttribute("data-state", "ready");
  return p;
}

/** Every request the page sends to a setup's registration endpoints. */
function registrationTraffic(page: Page, setup: string): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path === `/${setup}/reg` || path.startsWith(`/${setup}/reg/`)) seen.push(request);
  });
  return seen;
}

function answer(page: Page, method: string, setup: string): Promise<Response> {
  return page.waitForResponse(
    (response) =>
      response.request().method() === method &&
      new URL(response.url()).pathname.startsWith(`/${setup}/reg`),
  );
}

async function register(
  page: Page,
  p: ReturnType<typeof parts>,
  setup: string,
  values = { name: "Analytical Engine", redirectUri: "https://engine.example.com/callback" },
): Promise<ClientInformation> {
  await p.name.fill(values.name);
  await p.redirectUri(1).fill(values.redirectUri);
  const answered = answer(page, "POST", setup);
  await p.submit.click();
  const response = await answered;
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as ClientInformation;
}

/** Renames the client in the manager and saves; returns the PUT's answer. */
async function rename(page: Page, p: ReturnType<typeof parts>, setup: string, name: string) {
  await p.managerName.fill(name);
  const answered = answer(page, "PUT", setup);
  await p.save.click();
  const response = await answered;
  expect(response.status(), await response.text()).toBe(200);
  await expect(p.manager.getByRole("status")).toHaveText("Changes saved.");
  return (await response.json()) as ClientInformation;
}

async function serverRequests(page: Page): Promise<Record<string, string[]>> {
  const response = await page.request.get(`${oidcOrigin}/__requests`);
  return (await response.json()) as Record<string, string[]>;
}

test.describe("client registration against oidc-provider", () => {
  test("open registration: register, read, update twice, delete", async ({ page, axe }) => {
    const p = await open(page, "open");
    // Offered from the provider's metadata: its response types (no bare "token"), its grants.
    // In words, each identifier under its label (the control's description).
    await p.form.getByText("Advanced settings", { exact: true }).click();
    const responseTypes = p.form.getByRole("group", { name: /^Response types/ });
    await expect(responseTypes.getByRole("checkbox")).toHaveCount(4);
    for (const [label, type] of [
      ["Authorization code", "code"],
      ["ID token", "id_token"],
      ["Authorization code and ID token", "code id_token"],
      ["None", "none"],
    ] as const) {
      const box = responseTypes.getByRole("checkbox", { name: label, exact: true });
      await expect(box).toBeVisible();
      await expect(box).toHaveAccessibleDescription(type);
    }
    const grants = p.form.getByRole("group", { name: /^Grant types/ });
    await expect(grants.getByRole("checkbox", { name: "Client credentials" })).toHaveCount(0);
    await expect(grants.getByRole("checkbox", { name: "Refresh token" })).toBeVisible();
    await axe("oidc-provider: form ready");

    const info = await register(page, p, "open");
    await expect(p.credentials).toBeFocused();
    await expect(p.credentials.getByText(info.client_secret ?? "?", { exact: true })).toBeVisible();
    await expect(p.credentials.getByText("The secret does not expire.")).toBeVisible();

    // Read: the manager GETs with the registration access token.
    await expect(p.manager).toHaveAttribute("data-state", "ready");
    await expect(p.managerName).toHaveValue("Analytical Engine");
    await expect(p.manager.getByText(info.client_id, { exact: true })).toBeVisible();
    await axe("oidc-provider: manager ready");

    // Two updates: oidc-provider repeats the unchanged secret each time; that is no rotation.
    await rename(page, p, "open", "Difference Engine");
    await expect(p.manager.getByText(/issued a new client secret/)).toHaveCount(0);
    const second = await rename(page, p, "open", "Engine No. 2");
    expect(second.client_secret).toBe(info.client_secret);
    await expect(p.manager.getByText(/issued a new client secret/)).toHaveCount(0);
    const read = await page.request.get(info.registration_client_uri, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(((await read.json()) as ClientInformation).client_name).toBe("Engine No. 2");

    await p.manager.getByRole("button", { name: "Delete application" }).click();
    const deleted = answer(page, "DELETE", "open");
    await p.manager.getByRole("button", { name: "Delete for good" }).click();
    expect((await deleted).status()).toBe(204);
    await expect(p.manager).toHaveAttribute("data-state", "deleted");
    const gone = await page.request.get(info.registration_client_uri, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(gone.status()).toBe(401);
    await axe("oidc-provider: deleted");
  });

  test("token rotation: every request after an update uses the newest token", async ({
    page,
    axe,
  }) => {
    const traffic = registrationTraffic(page, "rotate");
    const p = await open(page, "rotate");
    const info = await register(page, p, "rotate");
    await expect(p.manager).toHaveAttribute("data-state", "ready");

    const first = await rename(page, p, "rotate", "Difference Engine");
    expect(first.registration_access_token).not.toBe(info.registration_access_token);
    const second = await rename(page, p, "rotate", "Engine No. 2");
    expect(second.registration_access_token).not.toBe(first.registration_access_token);
    await expect(p.manager.getByText(/cannot be managed any more/)).toHaveCount(0);
    // The app was told each time (the demo stores the token and does not pass it back,
    // so what follows proves the manager keeps the newest token itself).
    await expect(page.getByTestId("demo/token-rotations")).toHaveText(
      /rotated the registration access token 2 times/,
    );
    await axe("oidc-provider: saved across a rotation");

    await p.manager.getByRole("button", { name: "Delete application" }).click();
    const deleted = answer(page, "DELETE", "rotate");
    await p.manager.getByRole("button", { name: "Delete for good" }).click();
    expect((await deleted).status()).toBe(204);
    await expect(p.manager).toHaveAttribute("data-state", "deleted");

    const sent = await Promise.all(
      traffic
        .filter((r) => r.method() !== "OPTIONS")
        .map(async (r) => `${r.method()} ${(await r.headerValue("authorization")) ?? "-"}`),
    );
    expect(sent).toEqual([
      "POST -",
      `GET Bearer ${info.registration_access_token}`,
      `PUT Bearer ${info.registration_access_token}`,
      `PUT Bearer ${first.registration_access_token}`,
      `DELETE Bearer ${second.registration_access_token}`,
    ]);
    // The discarded token really is dead on the server.
    const stale = await page.request.get(info.registration_client_uri, {
      headers: { authorization: `Bearer ${first.registration_access_token}` },
    });
    expect(stale.status()).toBe(401);
  });

  test("initial access token: refused without it, registered with it", async ({ page, axe }) => {
    let p = await open(page, "iat");
    await p.name.fill("Analytical Engine");
    await p.redirectUri(1).fill("https://engine.example.com/callback");
    await p.submit.click();
    await expect(p.form.getByRole("alert")).toHaveText(/needs a valid initial access token/);
    await expect(p.name).toHaveValue("Analytical Engine");
    await axe("oidc-provider: initial access token missing");

    const traffic = registrationTraffic(page, "iat");
    p = await open(page, "iat", "&initialAccessToken=iat-e2e");
    await register(page, p, "iat");
    await expect(p.form).toHaveAttribute("data-state", "registered");
    const post = traffic.find((r) => r.method() === "POST");
    expect(await post?.headerValue("authorization")).toBe("Bearer iat-e2e");
    await expect(p.manager).toHaveAttribute("data-state", "ready");
  });

  test("oidc-provider's invalid metadata errors land on their fields", async ({ page, axe }) => {
    const p = await open(page, "open");
    await p.name.fill("Analytical Engine");
    await p.redirectUri(1).fill("https://engine.example.com/callback");

    // scope: a value the provider does not support.
    await p.form.getByText("Advanced settings", { exact: true }).click();
    const scope = p.form.getByLabel(/^Scope/);
    await scope.fill("openid admin");
    await p.submit.click();
    await expect(scope).toHaveAttribute("aria-invalid", "true");
    await expect(scope).toHaveAccessibleDescription(
      /did not accept this value.*scope must only contain Authorization Server supported scope values/,
    );
    await expect(scope).toBeFocused();
    await axe("oidc-provider: scope refused");
    await scope.fill("openid");

    // An implicit OpenID client (id_token, no bare token) with a loopback http redirect URI:
    // the provider refuses http for implicit web clients, naming no entry.
    const form = p.form;
    const grants = form.getByRole("group", { name: /^Grant types/ });
    const responses = form.getByRole("group", { name: /^Response types/ });
    await grants.getByRole("checkbox", { name: "Authorization code" }).uncheck();
    await grants.getByRole("checkbox", { name: "Implicit" }).check();
    await responses.getByRole("checkbox", { name: "Authorization code", exact: true }).uncheck();
    await responses.getByRole("checkbox", { name: "ID token", exact: true }).check();
    await p.redirectUri(1).fill("http://127.0.0.1:8080/callback");
    await p.submit.click();
    await expect(p.redirectUri(1)).toBeFocused();
    await expect(p.redirectUri(1)).toHaveAttribute("aria-invalid", "true");
    await expect(p.redirectUri(1)).toHaveAccessibleDescription(
      /implicit flow MUST only register URLs using the https scheme/,
    );
    await axe("oidc-provider: redirect URI refused, no entry named");

    await p.redirectUri(1).fill("https://engine.example.com/callback");
    const answered = answer(page, "POST", "open");
    await p.submit.click();
    const info = (await (await answered).json()) as Record<string, unknown>;
    expect(info).toMatchObject({ grant_types: ["implicit"], response_types: ["id_token"] });
    await expect(p.form).toHaveAttribute("data-state", "registered");
  });

  test("where the kit is stricter than the provider, it says so before sending", async ({
    page,
  }) => {
    const traffic = registrationTraffic(page, "open");
    const p = await open(page, "open");
    await p.name.fill("Analytical Engine");
    // http on a public host: oidc-provider accepts it for a code-flow web client; the kit does not.
    await p.redirectUri(1).fill("http://engine.example.com/callback");
    await p.submit.click();
    await expect(p.redirectUri(1)).toHaveAccessibleDescription(/Use https/);
    await p.redirectUri(1).fill("https://engine.example.com/callback");
    // Not an email address (an address literal is the whole domain or nothing): both refuse it.
    const contacts = p.form.getByLabel(/^Contacts/);
    await contacts.fill("dev@[127.0.0.1].example");
    await p.submit.click();
    await expect(contacts).toHaveAccessibleDescription(/Enter email addresses/);
    expect(traffic.filter((r) => r.method() === "POST")).toHaveLength(0);

    const direct = (body: Record<string, unknown>) =>
      page.request.post(`${oidcOrigin}/open/reg`, { data: body });
    expect((await direct({ redirect_uris: ["http://engine.example.com/callback"] })).status()).toBe(
      201,
    );
    const refused = await direct({
      redirect_uris: ["https://engine.example.com/callback"],
      contacts: ["dev@[127.0.0.1].example"],
    });
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "invalid_client_metadata" });
  });

  test("a refused CORS preflight says nothing was sent; a lost answer says it may have been registered", async ({
    page,
    axe,
  }) => {
    // /nocors is oidc-provider as it ships: discovery has CORS, /reg has none.
    let p = await open(page, "nocors");
    await p.name.fill("Analytical Engine");
    await p.redirectUri(1).fill("https://engine.example.com/callback");
    await p.submit.click();
    await expect(p.form.getByRole("alert")).toHaveText(
      /not registered: the server does not accept registration requests from this page.*CORS.*nothing was sent/,
    );
    await expect(p.name).toHaveValue("Analytical Engine");
    await axe("oidc-provider: CORS preflight refused");
    const nocors = (await serverRequests(page)).nocors ?? [];
    expect(nocors.filter((line) => line.startsWith("POST"))).toEqual([]);
    expect(nocors).toContain("OPTIONS /reg");

    // The answer is lost after the provider processed the POST.
    const before = ((await serverRequests(page)).open ?? []).filter((l) => l === "POST /reg");
    await page.request.post(`${oidcOrigin}/__drop-next?setup=open`);
    p = await open(page, "open");
    await p.name.fill("Analytical Engine");
    await p.redirectUri(1).fill("https://engine.example.com/callback");
    await p.submit.click();
    await expect(p.form.getByRole("alert")).toHaveText(/may or may not have been registered/);
    await expect(p.name).toHaveValue("Analytical Engine");
    const after = ((await serverRequests(page)).open ?? []).filter((l) => l === "POST /reg");
    expect(after.length - before.length).toBe(1);
  });
});
