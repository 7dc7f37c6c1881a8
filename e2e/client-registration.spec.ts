// OAuth 2.0 dynamic client registration (RFC 7591) and management (RFC 7592)
// in the demo, against the standalone mock server: sign up, register an
// application (the secret shown once), manage it (read, full update, delete),
// and the errors. The server side is checked through `/__mock/oauth/clients`.
import type { Page, Request } from "@playwright/test";
import {
  adminHeaders,
  defaultValues,
  expect,
  mockOrigin,
  test,
  uniqueEmail,
} from "./support/fixtures";

interface StoredClient {
  client_id: string;
  metadata: Record<string, unknown>;
  client_secret_expires_at: number | null;
}

interface ClientInformation {
  client_id: string;
  client_secret?: string;
  client_secret_expires_at?: number;
  registration_access_token: string;
  registration_client_uri: string;
}

async function storedClients(page: Page): Promise<StoredClient[]> {
  const response = await page.request.get(`${mockOrigin}/__mock/oauth/clients`, {
    headers: adminHeaders,
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { clients: StoredClient[] }).clients;
}

async function forceScenario(page: Page, scenario: Record<string, unknown>): Promise<void> {
  const response = await page.request.post(`${mockOrigin}/__mock/oauth/scenario`, {
    headers: adminHeaders,
    data: scenario,
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/** The form, the manager and their parts, by role and name. */
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
  };
}

/** Counts what the browser sends to the registration endpoint. */
function oauthRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/oauth/register")) seen.push(request);
  });
  return seen;
}

async function openRegisterApp(page: Page, query = ""): Promise<ReturnType<typeof parts>> {
  await page.goto(`/?view=register-app${query}`);
  const p = parts(page);
  await expect(p.form).toHaveAttribute("data-state", "ready");
  return p;
}

async function register(
  page: Page,
  p: ReturnType<typeof parts>,
  values: { name: string; redirectUri: string },
): Promise<ClientInformation> {
  await p.name.fill(values.name);
  await p.redirectUri(1).fill(values.redirectUri);
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === "POST" &&
      new URL(response.url()).pathname === "/oauth/register",
  );
  await p.submit.click();
  const response = await answered;
  expect(response.status()).toBe(201);
  return (await response.json()) as ClientInformation;
}

test.describe("OAuth client registration", () => {
  test("sign up, then register an application: the secret is shown once, copied, with its expiry", async ({
    page,
    context,
    signup,
    mock,
    axe,
  }) => {
    await mock.configure({ oauthRegistration: { clientSecretTtlSeconds: 30 * 86400 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const requests = oauthRequests(page);

    await signup.goto("/");
    await signup.fill({ ...defaultValues, email: uniqueEmail("oauth") });
    await signup.acceptTerms();
    await signup.submit();
    await signup.expectSuccess("ENABLED");

    await expect(page.getByRole("heading", { name: "Register an application" })).toBeVisible();
    const p = parts(page);
    // Discovery went through RFC 8414 on the demo's origin (proxied to the mock).
    await expect(p.form).toHaveAttribute("data-state", "ready");
    await axe("signed up, registration form ready");

    const info = await register(page, p, {
      name: "Analytical Engine",
      redirectUri: "https://engine.example.com/callback",
    });
    await expect(p.form).toHaveAttribute("data-state", "registered");
    await expect(p.credentials).toBeFocused();
    await expect(p.credentials.getByText(info.client_id, { exact: true })).toBeVisible();
    await expect(p.credentials.getByText(info.client_secret ?? "?", { exact: true })).toBeVisible();
    await expect(p.credentials.getByText(/It is shown only once/)).toBeVisible();
    const expiry = new Date((info.client_secret_expires_at ?? 0) * 1000);
    expect(expiry.getTime() - Date.now()).toBeGreaterThan(29 * 86400 * 1000);
    await expect(p.credentials.getByText(/^The secret expires on /)).toContainText(
      String(expiry.getFullYear()),
    );
    // The registration access token is for the app (onRegistered), never on the page.
    await expect(page.locator("body")).not.toContainText(info.registration_access_token);
    await axe("registered, secret shown");

    await p.credentials.getByRole("button", { name: "Copy Client secret" }).click();
    await expect(p.form.getByRole("status")).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(info.client_secret);

    // Server side: one client, its secret stored only as a digest.
    const [stored, ...others] = await storedClients(page);
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      client_id: info.client_id,
      metadata: {
        client_name: "Analytical Engine",
        redirect_uris: ["https://engine.example.com/callback"],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    });
    expect(JSON.stringify(stored)).not.toContain(info.client_secret);
    expect(requests.filter((r) => r.method() === "POST")).toHaveLength(1);
    expect(await requests[0]?.headerValue("authorization")).toBeNull();

    // Once: after "I have saved the secret" it is gone from the page.
    await p.credentials.getByRole("button", { name: "I have saved the secret" }).click();
    await expect(page.locator("body")).not.toContainText(info.client_secret ?? "?");
    await expect(p.credentials.getByText(info.client_id, { exact: true })).toBeVisible();
    await axe("registered, secret saved");
  });

  test("manage it: read, then update with the full metadata", async ({ page, mock, axe }) => {
    void mock; // reset by the fixture
    const p = await openRegisterApp(page);
    await p.form.getByLabel(/^Contacts/).fill("ada@example.com");
    // Scope and the grant types wait in the collapsed "Advanced settings".
    await expect(p.form.getByLabel(/^Scope/)).toBeHidden();
    await p.form.getByText("Advanced settings", { exact: true }).click();
    await p.form.getByLabel(/^Scope/).fill("read write");
    const refresh = p.form.getByRole("checkbox", { name: "Refresh token" });
    await expect(refresh).toHaveAccessibleDescription("refresh_token");
    await refresh.check();
    const info = await register(page, p, {
      name: "Analytical Engine",
      redirectUri: "http://127.0.0.1:8080/callback",
    });

    // Read (GET with the registration access token): the same fields, no secret.
    const m = p.manager;
    await expect(m).toHaveAttribute("data-state", "ready");
    await expect(m.getByLabel(/^Application name/)).toHaveValue("Analytical Engine");
    await expect(m.getByRole("checkbox", { name: "Refresh token" })).toBeHidden();
    await m.getByText("Advanced settings", { exact: true }).click();
    await expect(m.getByLabel(/^Scope/)).toHaveValue("read write");
    await expect(m.getByRole("checkbox", { name: "Refresh token" })).toBeChecked();
    await expect(m.getByText(info.client_id, { exact: true })).toBeVisible();
    await axe("manager ready");

    // Update: a PUT with the full metadata and client_id (RFC 7592 §2.2).
    await m.getByLabel(/^Application name/).fill("Difference Engine");
    await m.getByRole("button", { name: "Add a redirect URI" }).click();
    await m.getByRole("textbox", { name: "Redirect URI 2" }).fill("https://engine.example.com/cb");
    const put = page.waitForRequest((r) => r.method() === "PUT");
    await m.getByRole("button", { name: "Save changes" }).click();
    const body = (await put).postDataJSON() as Record<string, unknown>;
    expect(body).toEqual({
      client_id: info.client_id,
      client_name: "Difference Engine",
      redirect_uris: ["http://127.0.0.1:8080/callback", "https://engine.example.com/cb"],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      scope: "read write",
      contacts: ["ada@example.com"],
    });
    expect(await (await put).headerValue("authorization")).toBe(
      `Bearer ${info.registration_access_token}`,
    );
    await expect(m.getByRole("status")).toHaveText("Changes saved.");
    expect((await storedClients(page))[0]?.metadata).toMatchObject({
      client_name: "Difference Engine",
      redirect_uris: ["http://127.0.0.1:8080/callback", "https://engine.example.com/cb"],
      scope: "read write",
      contacts: ["ada@example.com"],
    });
    await axe("manager saved");
  });

  test("manage it: delete with confirmation, then the token answers 401", async ({
    page,
    mock,
    axe,
  }) => {
    void mock; // reset by the fixture
    const p = await openRegisterApp(page);
    const info = await register(page, p, {
      name: "Difference Engine",
      redirectUri: "https://engine.example.com/callback",
    });
    const m = p.manager;
    await expect(m).toHaveAttribute("data-state", "ready");

    // Delete: asks first, focus on Cancel; nothing deleted until confirmed.
    await m.getByRole("button", { name: "Delete application" }).click();
    await expect(m).toHaveAttribute("data-state", "confirm-delete");
    await expect(m.getByRole("button", { name: "Cancel" })).toBeFocused();
    await expect(m.getByText(/Delete Difference Engine\?/)).toBeVisible();
    await axe("confirm delete");
    expect(await storedClients(page)).toHaveLength(1);
    await m.getByRole("button", { name: "Delete for good" }).click();
    await expect(m).toHaveAttribute("data-state", "deleted");
    await expect(m.getByText("The application was deleted.")).toBeVisible();
    await axe("deleted");
    expect(await storedClients(page)).toEqual([]);

    // The registration access token no longer works.
    const after = await page.request.get(info.registration_client_uri, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(after.status()).toBe(401);
    expect(after.headers()["www-authenticate"]).toMatch(/^Bearer /);
  });

  test("a manager whose token was revoked says so (401)", async ({ page, mock, axe }) => {
    void mock;
    const p = await openRegisterApp(page);
    await register(page, p, { name: "Short-lived", redirectUri: "https://s.example.com/cb" });
    await expect(p.manager).toHaveAttribute("data-state", "ready");
    await forceScenario(page, { name: "oauth-invalid-token", target: "PUT", times: 1 });
    await p.manager.getByRole("button", { name: "Save changes" }).click();
    await expect(p.manager).toHaveAttribute("data-state", "unauthorized");
    await expect(p.manager.getByRole("alert")).toHaveText(/cannot be managed any more/);
    await expect(p.manager.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await axe("manager unauthorized");
  });

  test("redirect URI errors land on the field: the kit's rules, then the server's", async ({
    page,
    mock,
    axe,
  }) => {
    void mock;
    const requests = oauthRequests(page);
    const p = await openRegisterApp(page);
    await p.name.fill("Analytical Engine");
    await p.redirectUri(1).fill("http://engine.example.com/callback");
    await p.submit.click();
    await expect(p.redirectUri(1)).toHaveAttribute("aria-invalid", "true");
    await expect(p.redirectUri(1)).toHaveAccessibleDescription(/Use https/);
    await expect(p.redirectUri(1)).toBeFocused();
    expect(requests).toHaveLength(0);
    await axe("redirect URI refused by the kit");

    await forceScenario(page, { name: "oauth-invalid-redirect-uri", target: "POST", times: 1 });
    await p.redirectUri(1).fill("https://engine.example.com/callback");
    await p.submit.click();
    await expect(p.redirectUri(1)).toHaveAccessibleDescription(
      /did not accept this redirect URI.*not allowed for this server/,
    );
    await expect(p.redirectUri(1)).toBeFocused();
    await expect(p.redirectUri(1)).toHaveValue("https://engine.example.com/callback");
    await axe("redirect URI refused by the server");
    expect(requests.filter((r) => r.method() === "POST")).toHaveLength(1);
    expect(await storedClients(page)).toEqual([]);

    // The next attempt goes through.
    await p.submit.click();
    await expect(p.form).toHaveAttribute("data-state", "registered");
    expect(await storedClients(page)).toHaveLength(1);
  });

  test("protected registration needs the initial access token (Authorization: Bearer)", async ({
    page,
    mock,
    axe,
  }) => {
    await mock.configure({ oauthRegistration: { initialAccessToken: "iat-e2e" } });
    const requests = oauthRequests(page);
    let p = await openRegisterApp(page);
    await p.name.fill("Analytical Engine");
    await p.redirectUri(1).fill("https://engine.example.com/callback");
    await p.submit.click();
    await expect(p.form.getByRole("alert")).toHaveText(/needs a valid initial access token/);
    await axe("initial access token missing");
    expect(await storedClients(page)).toEqual([]);

    p = await openRegisterApp(page, "&initialAccessToken=iat-e2e");
    await register(page, p, {
      name: "Analytical Engine",
      redirectUri: "https://engine.example.com/callback",
    });
    await expect(p.form).toHaveAttribute("data-state", "registered");
    const posts = requests.filter((r) => r.method() === "POST");
    expect(await posts.at(-1)?.headerValue("authorization")).toBe("Bearer iat-e2e");
    expect(await storedClients(page)).toHaveLength(1);
  });
});
