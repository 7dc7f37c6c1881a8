import { describe, expect, it } from "vitest";
import type { RegisterViewModel } from "../../contract/types";
import { normalizeViewModel } from "../../core/normalize";
import { mapServerError } from "../../core/serverError";
import { en } from "../../en";
import { createMockBackend, type MockBackend } from "./backend";
import type { MockConfig } from "./config";
import { HCAPTCHA_TEST_TOKEN } from "./hcaptcha-test";
import { fixtures, presetNames } from "./fixtures";
import { createPbkdf2Hasher } from "./hasher";
import { resolveConfig } from "./resolve";
import { SCENARIO_NAMES } from "./scenarios";
import type { PersistenceAdapter, StoreSnapshot } from "./store";

const BASE = "http://mock.test";
const fast = createPbkdf2Hasher(1000);

function backend(config: MockConfig = {}, persistence?: PersistenceAdapter): MockBackend {
  return createMockBackend(config, { hasher: fast, ...(persistence ? { persistence } : {}) });
}

const ada = {
  givenName: "Ada",
  surname: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery staple",
};

async function post(
  b: MockBackend,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await b.respond(
    new Request(`${BASE}/register`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
  if (!response) throw new Error("not handled");
  return response;
}

async function get(
  b: MockBackend,
  path = "/register",
  headers: Record<string, string> = { accept: "application/json" },
): Promise<Response> {
  const response = await b.respond(new Request(`${BASE}${path}`, { headers }));
  if (!response) throw new Error("not handled");
  return response;
}

describe("GET /register", () => {
  it("answers the view model for Accept: application/json, only enabled fields in fieldOrder", async () => {
    const b = backend({
      style: "stormpath",
      fields: { username: { enabled: true } },
      fieldOrder: ["email", "username"],
    });
    const res = await get(b);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { form: { fields: Array<{ name: string }> } };
    expect(body.form.fields.map((f) => f.name)).toEqual([
      "email",
      "username",
      "givenName",
      "surname",
      "password",
    ]);
  });

  it("modern style: answers an HTML notice with a CSRF token for text/html, and 406 for anything else", async () => {
    const b = backend({ style: "modern" });
    const page = await get(b, "/register", { accept: "text/html" });
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(await page.text()).toContain('name="_csrf"');
    expect((await get(b, "/register", { accept: "image/png" })).status).toBe(406);
  });

  it("ignores URLs that are not its routes", async () => {
    expect(await backend().respond(new Request(`${BASE}/elsewhere`))).toBeUndefined();
  });

  it("keeps account stores in mapping order and passes both dialects through", async () => {
    expect(fixtures["providers-3"].accountStores.map((s) => s.name)).toEqual([
      "Facebook",
      "Google",
      "GitHub",
    ]);
    expect(fixtures["client-api"].accountStores[0]?.provider?.authorizeUri).toMatch(/^https:/);
    expect(fixtures.saml.accountStores[0]?.provider?.providerId).toBe("saml");
  });

  it("builds a view model for every preset", () => {
    for (const name of presetNames) expect(fixtures[name].form.fields.length).toBeGreaterThan(1);
  });
});

describe("POST /register: the rules", () => {
  it("creates an account and returns only the root properties (Stormpath: 200)", async () => {
    const b = backend();
    const res = await post(b, ada);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { account: Record<string, unknown> };
    expect(Object.keys(body.account).sort()).toEqual(
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
    expect(body.account.status).toBe("ENABLED");
    expect(JSON.stringify(body)).not.toContain(ada.password);
    expect(JSON.stringify(b.accounts())).not.toContain(ada.password);
  });

  it("modern style: 201 with Location", async () => {
    const res = await post(backend({ style: "modern" }), ada);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { account: { href: string } };
    expect(res.headers.get("location")).toBe(body.account.href);
  });

  it("UNVERIFIED when email verification is on", async () => {
    const res = await post(backend({ preset: "email-verification" }), ada);
    expect(((await res.json()) as { account: { status: string } }).account.status).toBe(
      "UNVERIFIED",
    );
  });

  it("refuses unknown keys, naming them, and never pollutes prototypes", async () => {
    const b = backend();
    const res = await post(b, { ...ada, isAdmin: true });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe(
      "isAdmin is not a configured registration field.",
    );
    const proto = await post(
      b,
      `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"email":"x@example.com","password":"long enough pw","givenName":"a","surname":"b"}`,
    );
    expect(proto.status).toBe(400);
    expect(((await proto.json()) as { message: string }).message).toBe(
      "__proto__ is not a configured registration field.",
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("names the missing required field by its label", async () => {
    const res = await post(backend(), { ...ada, givenName: "" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ status: 400, message: "First Name required." });
  });

  it("modern style: refuses wrong types with 400", async () => {
    const res = await post(backend({ style: "modern" }), { ...ada, givenName: 42 });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toBe("First Name must be text.");
  });

  it("applies the password policy in code points", async () => {
    const b = backend();
    const short = await post(b, { ...ada, password: "😀😀😀😀😀😀😀" }); // 7 code points, 14 UTF-16 units
    expect(((await short.json()) as { message: string }).message).toBe(
      "Account password minimum length not satisfied.",
    );
    const ok = await post(b, { ...ada, password: "😀😀😀😀😀😀😀😀" });
    expect(ok.status).toBe(200);
    const long = await post(backend(), { ...ada, password: "a".repeat(1025) });
    expect(((await long.json()) as { message: string }).message).toBe(
      "Password exceeded the maximum length.",
    );
    const max = await post(backend(), { ...ada, password: "a b ".repeat(256) });
    expect(max.status).toBe(200);
  });

  it("refuses blocklisted passwords with a reason and guidance (after NFKC, any case)", async () => {
    const res = await post(backend(), { ...ada, password: "ＰＡＳＳＷＯＲＤ１" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string };
    expect(body.message).toMatch(/^Password is too common: .*common or breached.*passphrase/);
  });

  it.each(["stormpath", "modern"] as const)(
    "a blocklisted password lands on the password field in the client (%s style)",
    async (style) => {
      const b = backend({ style, fields: { password: { label: "Passphrase" } } });
      const vm = (await (await get(b)).json()) as RegisterViewModel;
      const fields = normalizeViewModel(vm, { development: false }).fields;
      const res = await post(b, { ...ada, password: "password1" });
      const mapped = mapServerError(res.status, res.headers, await res.text(), fields, {
        messages: en,
        retryAfter: () => 0,
      });
      expect(mapped.formError).toBeUndefined();
      expect(Object.keys(mapped.fields)).toEqual(["password"]);
      expect(mapped.fields.password).toMatch(/^Passphrase is too common: /);
    },
  );

  it("checks confirmPassword", async () => {
    const res = await post(backend({ fields: { confirmPassword: { enabled: true } } }), {
      ...ada,
      confirmPassword: "something else",
    });
    expect(await res.json()).toMatchObject({ status: 400, message: "Passwords do not match." });
  });

  it("finds duplicates case-insensitively after NFKC: 409", async () => {
    const b = backend();
    await post(b, ada);
    const res = await post(b, { ...ada, email: "ＡＤＡ@EXAMPLE.COM" });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      status: 409,
      message: "Account with that email already exists.  Please choose another email.",
    });
  });

  it("enumeration-safe mode answers a duplicate like a new account and stores nothing", async () => {
    const b = backend({ preset: "enumeration-safe" });
    const first = await post(b, ada);
    const second = await post(b, ada);
    expect(second.status).toBe(first.status);
    expect(Object.keys(((await second.json()) as { account: object }).account).sort()).toEqual(
      Object.keys(((await first.json()) as { account: object }).account).sort(),
    );
    expect(b.accounts()).toHaveLength(1);
  });

  it("refuses disposable domains with 422", async () => {
    const res = await post(backend(), { ...ada, email: "ada@mailinator.com" });
    expect(res.status).toBe(422);
  });

  it("answers 413, 415 and 400 for size, content type and bad JSON", async () => {
    const b = backend({ maxBodyBytes: 1000 });
    expect((await post(b, { ...ada, givenName: "x".repeat(2000) })).status).toBe(413);
    expect((await post(b, "{not json")).status).toBe(400);
    expect((await post(b, "[1,2]")).status).toBe(400);
    expect((await post(b, JSON.stringify(ada), { "content-type": "text/plain" })).status).toBe(415);
  });

  it("rate-limits per client with 429 and Retry-After", async () => {
    const b = backend({ rateLimit: { max: 2, windowMs: 60_000 } });
    await post(b, { ...ada, email: "a1@example.com" });
    await post(b, { ...ada, email: "a2@example.com" });
    const res = await post(b, { ...ada, email: "a3@example.com" });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(
      (await post(b, { ...ada, email: "a4@example.com" }, { "x-mock-client-id": "other" })).status,
    ).toBe(200);
    expect(b.audit().some((e) => e.event === "rate.limited")).toBe(true);
  });

  it("words a one-second wait in the singular", async () => {
    const b = backend({ rateLimit: { max: 1, windowMs: 1000 } });
    await post(b, { ...ada, email: "b1@example.com" });
    const res = await post(b, { ...ada, email: "b2@example.com" });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(((await res.json()) as { message: string }).message).toBe(
      "Too many attempts. Try again in 1 second.",
    );
  });

  it("modern style lists every field error as problem+json", async () => {
    const res = await post(backend({ style: "modern" }), { email: "nope", password: "short" });
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const body = (await res.json()) as { errors: Array<{ pointer: string }> };
    expect(body.errors.map((e) => e.pointer)).toEqual([
      "#/givenName",
      "#/surname",
      "#/email",
      "#/password",
    ]);
  });

  it("stores the consent record with the server's timestamp and the client's acceptedAt", async () => {
    const b = backend({ consent: { enabled: true } });
    const acceptedAt = "2020-01-01T00:00:00.000Z";
    await post(b, {
      ...ada,
      consent: {
        termsVersion: "2026-01",
        termsUrl: "https://example.com/terms",
        acceptedAt,
        locale: "en",
      },
    });
    const [record] = b.consents();
    expect(record).toMatchObject({ termsVersion: "2026-01", acceptedAt, locale: "en" });
    expect(record?.recordedAt).not.toBe(acceptedAt);
    expect(b.audit().map((e) => e.event)).toEqual(["account.created", "consent.recorded"]);
  });

  it("modern style: accepts root and customData.<name> custom fields (each one root key) and checks select, checkbox and date values", async () => {
    const b = backend({ preset: "custom-fields", style: "modern" });
    const good = {
      ...ada,
      company: "Acme",
      phone: "+1 555 0100",
      "customData.plan": "team",
      "customData.newsletter": true,
      "customData.birthday": "1990-12-10",
      "customData.teamSize": 4,
    };
    expect((await post(b, good)).status).toBe(201);
    expect(b.accounts()[0]?.customData).toMatchObject({
      company: "Acme",
      plan: "team",
      newsletter: true,
      teamSize: 4,
    });
    const bad = await post(b, {
      ...good,
      email: "z@example.com",
      "customData.plan": "gold",
    });
    expect(((await bad.json()) as { detail: string }).detail).toBe(
      "Plan must be one of the listed options.",
    );
    const missing = await post(b, { ...ada, email: "y@example.com", company: "Acme" });
    expect(((await missing.json()) as { detail: string }).detail).toBe("Plan required.");
  });

  it("modern style: a customData.<name> field posted nested is refused as express-stormpath 3.2.0 refuses it", async () => {
    const b = backend({
      style: "modern",
      customFields: [
        { name: "customData.nickname", label: "Nickname" },
        { name: "customData.plan", label: "Plan", required: true },
      ],
    });
    const res = await post(b, { ...ada, customData: { nickname: "Countess", plan: "team" } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ pointer: string; detail: string }> };
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pointer: "#/customData/nickname",
          detail: "nickname is not a configured registration field.",
        }),
        expect.objectContaining({ pointer: "#/customData.plan", detail: "Plan required." }),
      ]),
    );
    const ok = await post(b, {
      ...ada,
      "customData.nickname": "Countess",
      "customData.plan": "team",
    });
    expect(ok.status).toBe(201);
    expect(b.accounts()[0]?.customData).toEqual({ nickname: "Countess", plan: "team" });
  });
});

describe("captcha", () => {
  it("refuses a missing, invalid or reused token with hCaptcha codes and the field name", async () => {
    const b = backend({ preset: "captcha", style: "modern" });
    const missing = await post(b, ada);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      "error-codes": ["missing-input-response"],
      errors: [{ pointer: "#/captchaToken" }],
    });
    const invalid = await post(b, { ...ada, captchaToken: "forged" });
    expect(await invalid.json()).toMatchObject({ "error-codes": ["invalid-input-response"] });
    expect((await post(b, { ...ada, captchaToken: HCAPTCHA_TEST_TOKEN })).status).toBe(201);
    const reused = await post(b, {
      ...ada,
      email: "b@example.com",
      captchaToken: HCAPTCHA_TEST_TOKEN,
    });
    expect(await reused.json()).toMatchObject({
      "error-codes": ["invalid-or-already-seen-response"],
    });
  });

  it("accepts issued tokens once each, in the body or in X-Captcha-Token", async () => {
    const b = backend({ preset: "captcha" });
    const one = b.issueCaptchaToken();
    const two = b.issueCaptchaToken();
    expect(one).not.toBe(two);
    expect((await post(b, { ...ada, captchaToken: one })).status).toBe(200);
    expect(
      (await post(b, { ...ada, email: "c@example.com" }, { "x-captcha-token": two })).status,
    ).toBe(200);
  });

  it("modern style: accepts the consent and captcha keys by default even with captcha off", async () => {
    const res = await post(backend({ style: "modern" }), {
      ...ada,
      captchaToken: "anything",
      consent: { termsVersion: "1" },
    });
    expect(res.status).toBe(201);
    // The key the kit used before, customData.consent, still records consent here.
    const b = backend({ style: "modern" });
    const legacy = await post(b, { ...ada, customData: { consent: { termsVersion: "2" } } });
    expect(legacy.status).toBe(201);
    expect(b.consents()[0]?.termsVersion).toBe("2");
  });
});

describe("urlencoded form", () => {
  it("modern style: needs a single-use CSRF token from GET", async () => {
    const b = backend({ style: "modern" });
    const form = (csrf?: string): Promise<Response> =>
      b.respond(
        new Request(`${BASE}/register`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            ...ada,
            ...(csrf ? { _csrf: csrf } : {}),
            "consent.termsVersion": "1",
          }),
        }),
      ) as Promise<Response>;
    expect((await form()).status).toBe(403);
    const token = (await get(b)).headers.get("x-csrf-token") ?? "";
    expect((await form(token)).status).toBe(201);
    expect((await form(token)).status).toBe(403);
    expect(b.consents()[0]?.termsVersion).toBe("1");
  });
});

describe("scenarios and admin", () => {
  it("forces every scenario by header", async () => {
    for (const name of SCENARIO_NAMES) {
      if (name === "slow") continue;
      const res = await post(backend(), ada, { "x-mock-scenario": name });
      if (name === "network-error") expect(res.type).toBe("error");
      else expect(res.headers.get("x-mock-scenario")).toBe(name);
    }
  });

  it("forces a scenario for the next N requests through the admin endpoint, then recovers", async () => {
    const b = backend();
    await b.respond(
      new Request(`${BASE}/__mock/scenario`, {
        method: "POST",
        body: JSON.stringify({ name: "unavailable", times: 2, target: "any" }),
      }),
    );
    expect((await get(b)).status).toBe(503);
    const second = await get(b);
    expect(second.headers.get("retry-after")).toBe("30");
    expect((await get(b)).status).toBe(200);
  });

  it("forces by query parameter, and slow delays then answers normally", async () => {
    const b = backend();
    const started = Date.now();
    const res = await get(b, "/register?scenario=slow&delayMs=150");
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await get(b, "/register?scenario=malformed-view-model")).status).toBe(200);
  });

  it("logs POSTs without passwords or tokens, and resets", async () => {
    const b = backend({ preset: "captcha" });
    await post(b, { ...ada, captchaToken: HCAPTCHA_TEST_TOKEN });
    const log = JSON.stringify(b.requests());
    expect(log).not.toContain(ada.password);
    expect(log).not.toContain(HCAPTCHA_TEST_TOKEN);
    expect(b.requests().filter((r) => r.method === "POST")).toHaveLength(1);
    const accounts = (await (await get(b, "/__mock/accounts")).json()) as { accounts: object[] };
    expect(JSON.stringify(accounts)).not.toContain("passwordHash");
    await b.respond(new Request(`${BASE}/__mock/reset`, { method: "POST" }));
    expect(b.accounts()).toHaveLength(0);
    expect(b.requests()).toHaveLength(0);
  });

  it("serves the health, well-known and OpenAPI documents", async () => {
    const b = backend();
    expect(await (await get(b, "/__mock/health")).json()).toMatchObject({ status: "ok" });
    const meta = (await (await get(b, "/.well-known/openid-configuration")).json()) as Record<
      string,
      unknown
    >;
    // OAuth client registration (RFC 7591) and user signup are different endpoints.
    expect(meta.registration_endpoint).toBe(`${BASE}/oauth/register`);
    expect(meta.signup_kit).toMatchObject({ register_endpoint: `${BASE}/register` });
    const doc = (await (await get(b, "/openapi.json")).json()) as { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
  });

  it("answers CORS for localhost origins only", async () => {
    const b = backend();
    const local = await get(b, "/register", {
      accept: "application/json",
      origin: "http://localhost:5173",
    });
    expect(local.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(local.headers.get("access-control-allow-credentials")).toBe("true");
    const other = await get(b, "/register", {
      accept: "application/json",
      origin: "https://evil.example",
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("works under a base path", async () => {
    const b = backend({ endpoint: "/signup" });
    const res = await b.respond(
      new Request(`${BASE}/api/signup`, { headers: { accept: "application/json" } }),
      { basePath: "/api" },
    );
    expect(res?.status).toBe(200);
    expect(await b.respond(new Request(`${BASE}/register`), { basePath: "/api" })).toBeUndefined();
  });
});

describe("persistence", () => {
  it("acknowledges only after saving, and saves account and consent together", async () => {
    const saved: StoreSnapshot[] = [];
    const b = backend(
      { consent: { enabled: true } },
      { load: async () => undefined, save: async (s) => void saved.push(structuredClone(s)) },
    );
    await post(b, { ...ada, consent: { termsVersion: "1" } });
    expect(saved.at(-1)?.accounts).toHaveLength(1);
    expect(saved.at(-1)?.consents).toHaveLength(1);
  });

  it("answers 500 and keeps nothing when saving fails", async () => {
    const b = backend(
      {},
      { load: async () => undefined, save: () => Promise.reject(new Error("disk full")) },
    );
    expect((await post(b, ada)).status).toBe(500);
    expect(b.accounts()).toHaveLength(0);
    expect(b.consents()).toHaveLength(0);
  });

  it("refuses to start on unreadable data", async () => {
    const b = backend(
      {},
      { load: () => Promise.reject(new Error("corrupt")), save: async () => {} },
    );
    await expect(b.ready).rejects.toThrow("corrupt");
  });
});

describe("configuration", () => {
  it("refuses unknown presets and dangerous field names", () => {
    expect(() => resolveConfig({ preset: "nope" })).toThrow(/Unknown preset/);
    expect(() =>
      resolveConfig({ customFields: [{ name: "customData.__proto__", label: "x" }] }),
    ).toThrow();
    expect(() => resolveConfig({ password: { maxLength: 32 } })).toThrow();
  });
});
