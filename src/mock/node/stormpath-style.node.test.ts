// The `stormpath` style answers like express-stormpath 3.2.0 and 4.0.0 as
// measured (the contract's section 5), over real HTTP: errors, values, CSRF,
// content negotiation, custom fields, duplicates, the password policy, success,
// the declared consent and captcha keys, and the development login session.
import { afterAll, describe, expect, it } from "vitest";
import type { MockConfig } from "../core/config";
import { startMockServer, type RunningMockServer } from "./standalone";

const servers: RunningMockServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** A stormpath-style server, the style named explicitly (as a stock express-stormpath, unless configured). */
async function start(config: MockConfig = {}): Promise<string> {
  const server = await startMockServer({
    port: 0,
    scryptCost: 1024,
    config: { style: "stormpath", ...config },
  });
  servers.push(server);
  return server.url;
}

const ada = {
  givenName: "Ada",
  surname: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery staple",
};

function post(url: string, body: unknown, path = "/register"): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
}

/** The backend behind a started server's URL (the admin routes need a token). */
function backendOf(url: string): RunningMockServer["backend"] {
  const server = servers.find((one) => one.url === url);
  if (!server) throw new Error(`no server at ${url}`);
  return server.backend;
}

async function read(res: Response): Promise<unknown> {
  return (await res.json()) as unknown;
}

/** The `name=value` of a Set-Cookie header, to send back as Cookie. */
function cookieOf(res: Response): string {
  const [first] = res.headers.getSetCookie();
  return first?.split(";")[0] ?? "";
}

describe("stormpath style: errors", () => {
  it("answers {status, message} only, one error at a time (the first express-stormpath finds)", async () => {
    const url = await start();
    // Missing first name and an unknown key: express-stormpath checks required fields first.
    const res = await post(url, { ...ada, givenName: "", isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await read(res)).toEqual({ status: 400, message: "First Name required." });
    const mismatch = await start({ fields: { confirmPassword: { enabled: true } } });
    expect(await read(await post(mismatch, { ...ada, confirmPassword: "other" }))).toEqual({
      status: 400,
      message: "Passwords do not match.",
    });
  });

  it("refuses the consent and captcha keys of a server that does not declare them", async () => {
    const url = await start();
    for (const [body, key] of [
      [{ ...ada, consent: { termsVersion: "1" } }, "consent"],
      [{ ...ada, captchaToken: "10000000-aaaa-bbbb-cccc-000000000001" }, "captchaToken"],
      [{ ...ada, customData: { consent: { termsVersion: "1" } } }, "consent"],
      [{ ...ada, "customData.consent": "yes" }, "customData.consent"],
    ] as const) {
      const res = await post(url, body);
      expect(await read(res)).toEqual({
        status: 400,
        message: `${key} is not a configured registration field.`,
      });
    }
  });

  it("other routes of the endpoint answer in the same shape (405)", async () => {
    const url = await start();
    const res = await fetch(`${url}/register`, { method: "PUT" });
    expect(res.status).toBe(405);
    expect(await read(res)).toEqual({ status: 405, message: "PUT is not allowed here." });
  });
});

describe("stormpath style: values and forms", () => {
  it("does not type-check values (react-stormpath posts an unchecked checkbox as an empty string)", async () => {
    const url = await start({
      customFields: [
        { name: "newsletter", label: "Newsletter", type: "checkbox" },
        { name: "teamSize", label: "Team size", type: "number" },
      ],
    });
    const res = await post(url, { ...ada, newsletter: "", teamSize: "a dozen" });
    expect(res.status).toBe(200);
    expect(backendOf(url).accounts()[0]?.customData).toEqual({
      newsletter: "",
      teamSize: "a dozen",
    });
  });

  it("accepts an urlencoded POST without any CSRF token", async () => {
    const url = await start();
    const res = await fetch(`${url}/register`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams(ada),
    });
    expect(res.status).toBe(200);
    expect(((await read(res)) as { account: { email: string } }).account.email).toBe(ada.email);
  });
  it("a plain form's consent parts (consent[termsVersion] …) make one record under a declared key", async () => {
    const server = await startMockServer({
      port: 0,
      scryptCost: 1024,
      config: { consent: { enabled: true } },
    });
    servers.push(server);
    const res = await fetch(`${server.url}/register`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams([
        ...Object.entries(ada),
        ["consent[termsVersion]", "2026-01"],
        ["consent[locale]", "en"],
        ["consent[marketing]", "on"],
      ]),
    });
    expect(res.status).toBe(200);
    const [record] = server.backend.consents();
    expect(record).toMatchObject({ termsVersion: "2026-01", locale: "en", marketing: true });
    expect(Number.isNaN(Date.parse(record?.acceptedAt ?? ""))).toBe(false);
  });
});

describe("stormpath style: GET /register content negotiation", () => {
  it("answers a browser's Accept with an HTML page, JSON only when JSON is asked for", async () => {
    const url = await start();
    const kind = async (accept: string | undefined): Promise<string> => {
      const res = await fetch(
        `${url}/register`,
        accept === undefined ? {} : { headers: { accept } },
      );
      expect(res.status).toBe(200);
      return res.headers.get("content-type") ?? "";
    };
    for (const accept of [
      "*/*",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "text/html, application/json",
      "*/*, application/json",
    ]) {
      expect(await kind(accept), accept).toMatch(/^text\/html/);
    }
    for (const accept of [
      "application/json",
      "application/json, text/html",
      "application/json, */*",
    ]) {
      expect(await kind(accept), accept).toMatch(/^application\/json/);
    }
    // Node's fetch sends `*/*` when no Accept is given: a browser-like request.
    expect(await kind(undefined)).toMatch(/^text\/html/);
    expect((await fetch(`${url}/register`, { headers: { accept: "image/png" } })).status).toBe(406);
  });

  it("the HTML page is text only: nosniff, no script, a form with no CSRF token", async () => {
    const url = await start();
    const res = await fetch(`${url}/register`, { headers: { accept: "*/*" } });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-csrf-token")).toBeNull();
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('name="email"');
    expect(page).not.toContain("<script");
    expect(page).not.toContain("_csrf");
  });
});

describe("stormpath style: express-stormpath's field defaults", () => {
  it("an enabled known field is required unless configured otherwise, and username comes first", async () => {
    const url = await start({
      fields: { username: { enabled: true }, confirmPassword: { enabled: true } },
    });
    const vm = (await (
      await fetch(`${url}/register`, { headers: { accept: "application/json" } })
    ).json()) as { form: { fields: Array<{ name: string; required: boolean }> } };
    expect(vm.form.fields.map((field) => field.name)).toEqual([
      "username",
      "givenName",
      "surname",
      "email",
      "password",
      "confirmPassword",
    ]);
    expect(vm.form.fields.every((field) => field.required)).toBe(true);
    expect(await read(await post(url, { ...ada, username: "ada" }))).toEqual({
      status: 400,
      message: "Confirm Password required.",
    });
  });
});

describe("stormpath style: custom fields", () => {
  it("takes custom fields at the root and moves them into customData", async () => {
    const url = await start({
      customFields: [{ name: "company", label: "Company", required: true }],
    });
    expect((await post(url, { ...ada, company: "Analytical Engines" })).status).toBe(200);
    expect(backendOf(url).accounts()[0]?.customData).toEqual({ company: "Analytical Engines" });
  });

  it("reports a required custom field sent inside customData as missing", async () => {
    const url = await start({
      customFields: [{ name: "company", label: "Company", required: true }],
    });
    const res = await post(url, { ...ada, customData: { company: "Analytical Engines" } });
    expect(await read(res)).toEqual({ status: 400, message: "Company required." });
  });

  it("3.2.0: a field configured as customData.x passes as that dotted root key, never nested", async () => {
    const url = await start({ customFields: [{ name: "customData.plan", label: "Plan" }] });
    // Nested, the inner key is checked by its own name, as express-stormpath 3.2.0 does.
    expect(await read(await post(url, { ...ada, customData: { plan: "team" } }))).toEqual({
      status: 400,
      message: "plan is not a configured registration field.",
    });
    expect(await read(await post(url, { ...ada, plan: "team" }))).toEqual({
      status: 400,
      message: "plan is not a configured registration field.",
    });
    const res = await post(url, { ...ada, "customData.plan": "team" });
    expect(res.status).toBe(200);
    // prepAccountData moves every non-core root key into customData as it is.
    expect(backendOf(url).accounts()[0]?.customData).toEqual({ "customData.plan": "team" });
  });

  it("3.2.0: a required customData.x field sent nested is reported missing by its label", async () => {
    const url = await start({
      customFields: [{ name: "customData.plan", label: "Plan", required: true }],
    });
    expect(await read(await post(url, { ...ada, customData: { plan: "team" } }))).toEqual({
      status: 400,
      message: "Plan required.",
    });
    expect((await post(url, { ...ada, "customData.plan": "team" })).status).toBe(200);
  });

  it("4.0.0: a dotted customData.x key never passes, even when configured under that name", async () => {
    const url = await start({
      stormpathVersion: 4,
      customFields: [{ name: "customData.plan", label: "Plan" }],
    });
    expect(await read(await post(url, { ...ada, "customData.plan": "team" }))).toEqual({
      status: 400,
      message: "customData.plan is not a configured registration field.",
    });
  });

  it("an urlencoded form: customData.plan is the configured root key, customData[plan] is refused", async () => {
    const url = await start({ customFields: [{ name: "customData.plan", label: "Plan" }] });
    const form = (pairs: Record<string, string>) =>
      fetch(`${url}/register`, {
        method: "POST",
        headers: {
          accept: "application/json",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ ...ada, ...pairs }).toString(),
      });
    expect(await read(await form({ "customData[plan]": "team" }))).toEqual({
      status: 400,
      message: "plan is not a configured registration field.",
    });
    expect((await form({ "customData.plan": "team" })).status).toBe(200);
  });
});

describe("stormpath style: duplicates and the password policy", () => {
  it("3.2.0 (default): a duplicate email is the REST API's 409, relayed", async () => {
    const url = await start();
    await post(url, ada);
    const res = await post(url, { ...ada, email: "ADA@example.com" });
    expect(res.status).toBe(409);
    expect(await read(res)).toEqual({
      status: 409,
      message: "Account with that email already exists.  Please choose another email.",
    });
  });

  it("4.0.0: a duplicate email is 400 with express-stormpath's own text", async () => {
    const url = await start({ stormpathVersion: 4 });
    await post(url, ada);
    const res = await post(url, ada);
    expect(res.status).toBe(400);
    expect(await read(res)).toEqual({
      status: 400,
      message: "An account with that email address already exists.",
    });
  });

  it("password policy: 3.2.0 relays the REST API's text, 4.0.0 Okta's with the 'password: ' prefix", async () => {
    const three = await start();
    const four = await start({ stormpathVersion: 4 });
    const short = { ...ada, password: "short" };
    expect(await read(await post(three, short))).toEqual({
      status: 400,
      message: "Account password minimum length not satisfied.",
    });
    expect(await read(await post(four, short))).toEqual({
      status: 400,
      message:
        "password: Password requirements were not met. Password requirements: at least 8 characters.",
    });
    expect(await read(await post(four, { ...ada, password: "password1" }))).toEqual({
      status: 400,
      message:
        "password: This password was found in a list of commonly used passwords. Please try another password.",
    });
  });
});

describe("stormpath style: success", () => {
  it("3.2.0: 200 {account} with the Stormpath root properties; UNVERIFIED with verification on", async () => {
    const url = await start();
    const res = await post(url, ada);
    expect(res.status).toBe(200);
    expect(res.headers.get("location")).toBeNull();
    const { account } = (await read(res)) as { account: Record<string, unknown> };
    expect(Object.keys(account).sort()).toEqual(
      [
        "createdAt",
        "email",
        "emailVerificationStatus",
        "fullName",
        "givenName",
        "href",
        "middleName",
        "modifiedAt",
        "status",
        "surname",
        "username",
      ].sort(),
    );
    expect(account.status).toBe("ENABLED");
    const verifying = await start({ emailVerification: true });
    const pending = (await read(await post(verifying, ada))) as { account: { status: string } };
    expect(pending.account.status).toBe("UNVERIFIED");
  });

  it("names default to UNKNOWN when not required, as express-stormpath fills them", async () => {
    const url = await start({ preset: "minimal" });
    const { account } = (await read(
      await post(url, { email: ada.email, password: ada.password }),
    )) as { account: { givenName: string; surname: string } };
    expect(account).toMatchObject({ givenName: "UNKNOWN", surname: "UNKNOWN" });
  });

  it("4.0.0: 200 with Okta members and an /api/v1/users href", async () => {
    const url = await start({ stormpathVersion: 4 });
    const { account } = (await read(await post(url, ada))) as { account: Record<string, unknown> };
    expect(account).toMatchObject({ status: "ENABLED", email: ada.email });
    expect(account.href).toMatch(/\/api\/v1\/users\/[A-Za-z0-9_-]+$/);
    for (const key of ["id", "created", "activated", "lastUpdated"])
      expect(account, key).toHaveProperty(key);
  });
});

describe("declared consent and captcha keys", () => {
  it("a configured consent key is declared as a hidden, not visible field and its record is stored", async () => {
    const url = await start({ consent: { enabled: true } });
    const vm = (await (
      await fetch(`${url}/register`, { headers: { accept: "application/json" } })
    ).json()) as { form: { fields: Array<Record<string, unknown>> } };
    expect(vm.form.fields.at(-1)).toEqual({
      name: "consent",
      label: "Consent",
      placeholder: "",
      required: false,
      type: "hidden",
      visible: false,
      enabled: true,
    });
    const record = {
      termsVersion: "2026-01",
      acceptedAt: "2026-01-02T03:04:05.000Z",
      locale: "en",
    };
    expect((await post(url, { ...ada, consent: record })).status).toBe(200);
    expect(backendOf(url).consents()[0]).toMatchObject(record);
  });

  it("a required consent key is reported missing by its label", async () => {
    const url = await start({ preset: "consent-required" });
    expect(await read(await post(url, ada))).toEqual({ status: 400, message: "Consent required." });
  });

  it("captcha on declares the token key; the token is checked and never stored", async () => {
    const server = await startMockServer({
      port: 0,
      scryptCost: 1024,
      config: { preset: "captcha" },
    });
    servers.push(server);
    const vm = (await (
      await fetch(`${server.url}/register`, { headers: { accept: "application/json" } })
    ).json()) as { form: { fields: Array<Record<string, unknown>> } };
    expect(vm.form.fields.at(-1)).toMatchObject({
      name: "captchaToken",
      type: "hidden",
      visible: false,
      required: true,
    });
    expect(await read(await post(server.url, { ...ada, captchaToken: "forged" }))).toEqual({
      status: 400,
      message: "The captcha answer is not valid or has expired. Complete the captcha again.",
    });
    const token = server.backend.issueCaptchaToken();
    expect((await post(server.url, { ...ada, captchaToken: token })).status).toBe(200);
    expect(JSON.stringify(server.backend.accounts())).not.toContain(token);
  });

  it("the modern style declares its consent key too, so a client needs no configuration", async () => {
    const url = await start({ style: "modern" });
    const vm = (await (
      await fetch(`${url}/register`, { headers: { accept: "application/json" } })
    ).json()) as { form: { fields: Array<Record<string, unknown>> } };
    expect(vm.form.fields.map((field) => field.name)).toContain("consent");
  });
});

describe("no configuration at all", () => {
  it("declares the kit's default consent key and stores the record posted under it", async () => {
    const server = await startMockServer({ port: 0, scryptCost: 1024 });
    servers.push(server);
    expect(server.backend.config.style).toBe("stormpath");
    const vm = (await (
      await fetch(`${server.url}/register`, { headers: { accept: "application/json" } })
    ).json()) as { form: { fields: Array<Record<string, unknown>> } };
    expect(vm.form.fields.find((field) => field.name === "consent")).toMatchObject({
      type: "hidden",
      visible: false,
      enabled: true,
      required: false,
    });
    const record = { termsVersion: "2026-01", termsUrl: "https://example.com/terms", locale: "en" };
    const res = await post(server.url, { ...ada, consent: record });
    expect(res.status).toBe(200);
    expect(server.backend.consents()).toEqual([expect.objectContaining(record)]);
  });
});

describe("development login session", () => {
  it("POST /login (username or login) sets an HttpOnly, SameSite=Lax cookie, and GET /me answers the account", async () => {
    const url = await start();
    await post(url, ada);
    for (const key of ["username", "login"]) {
      const login = await post(url, { [key]: ada.email, password: ada.password }, "/login");
      expect(login.status).toBe(200);
      const setCookie = login.headers.getSetCookie()[0] ?? "";
      expect(setCookie).toMatch(/^access_token=[0-9a-f]{64}; /);
      expect(setCookie).toContain("HttpOnly");
      expect(setCookie).toContain("SameSite=Lax");
      expect(setCookie).not.toContain("Secure");
      const me = await fetch(`${url}/me`, {
        headers: { accept: "application/json", cookie: cookieOf(login) },
      });
      expect(me.status).toBe(200);
      expect(me.headers.get("cache-control")).toContain("no-store");
      const { account } = (await read(me)) as { account: Record<string, unknown> };
      expect(account).toMatchObject({ email: ada.email, status: "ENABLED" });
      expect(JSON.stringify(account)).not.toContain("passwordHash");
    }
  });

  it("refuses wrong credentials and unverified accounts; /me without a session is 401", async () => {
    const url = await start();
    await post(url, ada);
    expect(
      await read(await post(url, { username: ada.email, password: "wrong" }, "/login")),
    ).toEqual({ status: 400, message: "Invalid username or password." });
    expect(
      await read(await post(url, { username: "nobody@example.com", password: "x" }, "/login")),
    ).toEqual({ status: 400, message: "Invalid username or password." });
    const me = await fetch(`${url}/me`, { headers: { accept: "application/json" } });
    expect(me.status).toBe(401);
    expect(await read(me)).toEqual({ status: 401, message: "Unauthorized" });
    const verifying = await start({ emailVerification: true });
    await post(verifying, ada);
    const unverified = await post(
      verifying,
      { username: ada.email, password: ada.password },
      "/login",
    );
    expect(await read(unverified)).toEqual({
      status: 400,
      message: "Login attempt failed because the Account is not verified.",
    });
  });

  it("POST /logout ends the session", async () => {
    const url = await start();
    await post(url, ada);
    const cookie = cookieOf(
      await post(url, { username: ada.email, password: ada.password }, "/login"),
    );
    const out = await fetch(`${url}/logout`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: "{}",
    });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()[0]).toMatch(/^access_token=; .*Max-Age=0/);
    expect((await fetch(`${url}/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("autoLogin opens the same session at signup", async () => {
    const url = await start({ autoLogin: true });
    const cookie = cookieOf(await post(url, ada));
    const me = await fetch(`${url}/me`, { headers: { cookie } });
    expect(((await read(me)) as { account: { email: string } }).account.email).toBe(ada.email);
  });

  it("is not mounted in the modern style unless asked for", async () => {
    const url = await start({ style: "modern" });
    expect((await post(url, { username: "a", password: "b" }, "/login")).status).toBe(404);
    const on = await start({ style: "modern", session: { enabled: true } });
    expect((await fetch(`${on}/me`)).status).toBe(401);
  });
});

describe("stormpath style: a browser's form post", () => {
  const browser = (url: string, pairs: Record<string, string>, query = "") =>
    fetch(`${url}/register${query}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(pairs).toString(),
    });

  it("a signup is redirected to /login?status=created, as express-stormpath 3.2.0 does", async () => {
    const url = await start();
    const res = await browser(url, ada);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login?status=created");
    expect(backendOf(url).accounts()).toHaveLength(1);
  });

  it("an UNVERIFIED signup goes to /login?status=unverified; with autoLogin to next's path, with the session", async () => {
    const verify = await start({ emailVerification: true });
    expect((await browser(verify, ada)).headers.get("location")).toBe("/login?status=unverified");
    const auto = await start({ autoLogin: true });
    const res = await browser(
      auto,
      ada,
      `?next=${encodeURIComponent("https://evil.example/app?x=1")}`,
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/app?x=1");
    expect(res.headers.get("set-cookie")).toMatch(/^access_token=/);
  });

  it("a refused form post renders the form again with the message (200 HTML)", async () => {
    const url = await start();
    const res = await browser(url, { ...ada, givenName: "" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("First Name required.");
    expect(backendOf(url).accounts()).toHaveLength(0);
  });

  it("a form post that asks for JSON still gets JSON", async () => {
    const url = await start();
    const res = await fetch(`${url}/register`, {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(ada).toString(),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { account: { email: string } }).account.email).toBe(ada.email);
  });
});
