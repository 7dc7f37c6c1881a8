import { describe, expect, it } from "vitest";
import { createMockBackend, type MockBackend } from "./backend";
import type { MockConfig } from "./config";
import { createPbkdf2Hasher } from "./hasher";
import { resolveConfig } from "./resolve";
import type { PersistenceAdapter, StoreSnapshot } from "./store";
import { hashToken, toEml, type MockEmail } from "./verification";

const BASE = "http://mock.test";
const fast = createPbkdf2Hasher(1000);

const ada = {
  givenName: "Ada",
  surname: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery staple",
};

function backend(
  config: MockConfig = {},
  extra: { now?: () => number; persistence?: PersistenceAdapter } = {},
): MockBackend {
  return createMockBackend({ preset: "email-verification", ...config }, { hasher: fast, ...extra });
}

async function call(b: MockBackend, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await b.respond(new Request(`${BASE}${path}`, init));
  if (!response) throw new Error(`not handled: ${path}`);
  return response;
}

async function signup(b: MockBackend, body: object = ada): Promise<Response> {
  return call(b, "/register", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
}

async function resend(
  b: MockBackend,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call(b, "/verify", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function verify(b: MockBackend, token: string | null, accept = "application/json") {
  const query = token === null ? "" : `?sptoken=${encodeURIComponent(token)}`;
  return call(b, `/verify${query}`, { headers: { accept } });
}

function lastEmail(b: MockBackend): MockEmail {
  const email = b.outbox().at(-1);
  if (!email) throw new Error("outbox is empty");
  return email;
}

describe("verification email at signup", () => {
  it("puts one email with a single-use link in the outbox for an UNVERIFIED account", async () => {
    const b = backend();
    const res = await signup(b);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { account: { status: string } }).account.status).toBe(
      "UNVERIFIED",
    );
    const outbox = b.outbox();
    expect(outbox).toHaveLength(1);
    const email = lastEmail(b);
    expect(email.to).toBe("ada@example.com");
    expect(email.trigger).toBe("signup");
    expect(email.subject).toMatch(/verify/i);
    expect(email.link).toBe(`${BASE}/verify?sptoken=${email.sptoken}`);
    expect(email.text).toContain(email.link);
    expect(email.html).toContain(email.link);
    expect(email.sptoken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(email.expiresAt) - Date.parse(email.createdAt)).toBe(24 * 3600 * 1000);
  });

  it("sends nothing when verification is off (accounts are ENABLED)", async () => {
    const b = createMockBackend({}, { hasher: fast });
    await signup(b);
    expect(b.outbox()).toHaveLength(0);
  });

  it("sends nothing for an enumeration-safe duplicate", async () => {
    const b = backend({ enumerationSafe: true });
    await signup(b);
    await signup(b);
    expect(b.outbox()).toHaveLength(1);
  });

  it("links to the configured page (absolute URL or a path on the mock's origin)", async () => {
    const b = backend({ verification: { linkUrl: "http://localhost:5173/verify?lang=en" } });
    await signup(b);
    expect(lastEmail(b).link).toMatch(/^http:\/\/localhost:5173\/verify\?lang=en&sptoken=/);
    const c = backend({ verification: { linkUrl: "/app/verify" } });
    await signup(c);
    expect(lastEmail(c).link).toMatch(/^http:\/\/mock\.test\/app\/verify\?sptoken=/);
  });

  it("stores only the token's hash", async () => {
    const saved: StoreSnapshot[] = [];
    const b = backend(
      {},
      {
        persistence: {
          load: () => Promise.resolve(undefined),
          save: (s) => {
            saved.push(JSON.parse(JSON.stringify(s)) as StoreSnapshot);
            return Promise.resolve();
          },
        },
      },
    );
    await signup(b);
    const token = lastEmail(b).sptoken;
    const last = saved.at(-1);
    expect(JSON.stringify(last)).not.toContain(token);
    expect(last?.verificationTokens?.[0]?.hash).toBe(await hashToken(token));
  });

  it("writes a multipart .eml a mail client can open", async () => {
    const b = backend();
    await signup(b, { ...ada, givenName: "Zoë" });
    const eml = toEml(lastEmail(b));
    expect(eml).toMatch(/^From: signup-kit mock <no-reply@signup-kit\.test>\r\n/);
    expect(eml).toContain("To: ada@example.com\r\n");
    expect(eml).toContain("Subject: Verify your email address\r\n");
    expect(eml).toContain("Content-Type: multipart/alternative;");
    const parts = eml.split(/\r\n\r\n/);
    const text = Buffer.from((parts[2] ?? "").split("\r\n--")[0] ?? "", "base64").toString("utf8");
    expect(text).toContain("Hi Zoë,");
    expect(text).toContain(lastEmail(b).link);
  });
});

describe("GET /verify?sptoken=", () => {
  it("verifies the account: ENABLED, emailVerificationStatus VERIFIED, audit event", async () => {
    const b = backend();
    await signup(b);
    const res = await verify(b, lastEmail(b).sptoken);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(""); // Stormpath: 200 and no body.
    const [account] = b.accounts();
    expect(account?.status).toBe("ENABLED");
    expect(account?.emailVerificationStatus).toBe("VERIFIED");
    expect(b.audit().map((e) => e.event)).toEqual([
      "account.created",
      "verification.sent",
      "account.verified",
    ]);
  });

  it("answers the account in modern style", async () => {
    const b = backend({ style: "modern" });
    await signup(b);
    const res = await verify(b, lastEmail(b).sptoken);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      account: { email: "ada@example.com", status: "ENABLED", emailVerificationStatus: "VERIFIED" },
    });
  });

  it("works once: the second use is 'used'", async () => {
    const b = backend();
    await signup(b);
    const token = lastEmail(b).sptoken;
    expect((await verify(b, token)).status).toBe(200);
    const again = await verify(b, token);
    expect(again.status).toBe(400);
    const body = (await again.json()) as Record<string, unknown>;
    expect(body.moreInfo).toBe("urn:signup-kit:mock:error:verification-token-used");
    expect(body.message).toMatch(/already been used/);
    expect(body.error).toBe(body.message);
  });

  it("refuses an expired token and keeps the account UNVERIFIED", async () => {
    let now = Date.parse("2026-11-23T10:00:00Z");
    const b = backend({ verification: { tokenTtlMs: 60_000 } }, { now: () => now });
    await signup(b);
    now += 60_000;
    const res = await verify(b, lastEmail(b).sptoken);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { moreInfo: string }).moreInfo).toMatch(/token-expired$/);
    expect(b.accounts()[0]?.status).toBe("UNVERIFIED");
    expect(b.audit().at(-1)).toMatchObject({
      event: "verification.failed",
      reason: "token-expired",
    });
  });

  it("refuses an unknown, malformed or missing token", async () => {
    const b = backend({ style: "modern" });
    await signup(b);
    const unknown = await verify(b, "A".repeat(43));
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("content-type")).toMatch(/problem\+json/);
    expect(await unknown.json()).toMatchObject({
      type: "urn:signup-kit:problem:verification-token-invalid",
      status: 400,
    });
    const malformed = await verify(b, "<script>");
    expect(((await malformed.json()) as { type: string }).type).toMatch(/token-invalid$/);
    const missing = await verify(b, null);
    expect(((await missing.json()) as { type: string }).type).toMatch(/token-missing$/);
    expect(b.accounts()[0]?.status).toBe("UNVERIFIED");
  });

  it("uses up the account's other links too", async () => {
    let now = 1_000_000;
    const b = backend({}, { now: () => now });
    await signup(b);
    const first = lastEmail(b).sptoken;
    now += 61_000;
    expect((await resend(b, { login: "ada@example.com" })).status).toBe(200);
    const second = lastEmail(b).sptoken;
    expect(second).not.toBe(first);
    expect((await verify(b, second)).status).toBe(200);
    const old = await verify(b, first);
    expect(((await old.json()) as { moreInfo: string }).moreInfo).toMatch(/token-used$/);
  });

  it("shows a page to a browser that opens the link directly", async () => {
    const b = backend();
    await signup(b);
    const res = await verify(b, lastEmail(b).sptoken, "text/html,application/xhtml+xml");
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("Email verified");
    const bad = await verify(b, "nope", "text/html");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("not valid");
  });

  it("is rate-limited per client", async () => {
    const b = backend({ verification: { verifyLimit: { max: 2, windowMs: 60_000 } } });
    await verify(b, "x");
    await verify(b, "x");
    const res = await verify(b, "x");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("60");
  });

  it("survives a restart with persistence: the link still works", async () => {
    let saved: StoreSnapshot | undefined;
    const persistence: PersistenceAdapter = {
      load: () =>
        Promise.resolve(saved ? (JSON.parse(JSON.stringify(saved)) as StoreSnapshot) : undefined),
      save: (s) => {
        saved = JSON.parse(JSON.stringify(s)) as StoreSnapshot;
        return Promise.resolve();
      },
    };
    const first = backend({}, { persistence });
    await signup(first);
    const token = lastEmail(first).sptoken;
    const second = backend({}, { persistence });
    await second.ready;
    expect((await verify(second, token)).status).toBe(200);
    expect(saved?.accounts[0]?.status).toBe("ENABLED");
    expect(saved?.verificationTokens?.[0]?.usedAt).not.toBeNull();
  });
});

describe("POST /verify {login}: resend", () => {
  it("sends a new email to an UNVERIFIED account (by email or username, any case)", async () => {
    let now = 0;
    const b = backend({}, { now: () => now });
    await signup(b);
    const res = await resend(b, { login: "ADA@example.com" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    expect(b.outbox()).toHaveLength(2);
    expect(lastEmail(b).trigger).toBe("resend");
    now += 60_000;
    const modern = backend({ style: "modern" });
    await signup(modern);
    expect((await resend(modern, { login: "ada@example.com" })).status).toBe(202);
  });

  it("answers a login with no account exactly like one with an account", async () => {
    const b = backend();
    await signup(b);
    const known = await resend(b, { login: "ada@example.com" });
    const unknown = await resend(b, { login: "nobody@example.com" });
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    const strip = (r: Response): Record<string, string> => {
      const out: Record<string, string> = {};
      r.headers.forEach((v, k) => (out[k] = v));
      return out;
    };
    expect(strip(unknown)).toEqual(strip(known));
    expect(b.outbox()).toHaveLength(2); // signup + the known resend
  });

  it("sends nothing for an account that is already verified, with the same answer", async () => {
    const b = backend();
    await signup(b);
    await verify(b, lastEmail(b).sptoken);
    const res = await resend(b, { login: "ada@example.com" });
    expect(res.status).toBe(200);
    expect(b.outbox()).toHaveLength(1);
    expect(b.audit().at(-1)).toMatchObject({
      event: "verification.resend.skipped",
      reason: "account enabled",
    });
  });

  it("is rate-limited per login, whether or not the account exists", async () => {
    const b = backend();
    await signup(b);
    expect((await resend(b, { login: "ada@example.com" })).status).toBe(200);
    const again = await resend(b, { login: "ada@example.com" });
    expect(again.status).toBe(429);
    expect(again.headers.get("retry-after")).toBe("60");
    expect(((await again.json()) as { message: string }).message).toMatch(/Try again in 60/);
    expect((await resend(b, { login: "ghost@example.com" })).status).toBe(200);
    const ghost = await resend(b, { login: "ghost@example.com" });
    expect(ghost.status).toBe(429);
    expect(b.audit().at(-1)).toMatchObject({ event: "rate.limited", reason: "too-many-resends" });
  });

  it("is rate-limited per client across logins", async () => {
    const b = backend({ verification: { resendClientLimit: { max: 3, windowMs: 60_000 } } });
    for (const n of [1, 2, 3])
      expect((await resend(b, { login: `p${n}@example.com` })).status).toBe(200);
    expect((await resend(b, { login: "p4@example.com" })).status).toBe(429);
    const other = await resend(b, { login: "p5@example.com" }, { "x-mock-client-id": "other" });
    expect(other.status).toBe(200);
  });

  it("refuses a malformed request (these do not depend on the account)", async () => {
    const b = backend();
    const bad = async (body: unknown, type = "application/json"): Promise<[number, string]> => {
      const res = await resend(b, body, { "content-type": type });
      return [res.status, ((await res.json()) as { moreInfo: string }).moreInfo];
    };
    expect(await bad("{")).toEqual([400, "urn:signup-kit:mock:error:bad-json"]);
    expect(await bad([])).toEqual([400, "urn:signup-kit:mock:error:not-an-object"]);
    expect(await bad({})).toEqual([400, "urn:signup-kit:mock:error:login-required"]);
    expect(await bad({ login: 42 })).toEqual([400, "urn:signup-kit:mock:error:login-required"]);
    expect(await bad({ login: "a@b.co", isAdmin: true })).toEqual([
      400,
      "urn:signup-kit:mock:error:unknown-field",
    ]);
    expect(await bad("login=a@b.co", "application/x-www-form-urlencoded")).toEqual([
      415,
      "urn:signup-kit:mock:error:unsupported-media-type",
    ]);
  });
});

describe("outbox admin endpoint", () => {
  it("lists, filters by recipient, gives the latest, and clears", async () => {
    let now = 0;
    const b = backend({}, { now: () => now });
    await signup(b);
    await signup(b, { ...ada, email: "grace@example.com" });
    now += 61_000;
    await resend(b, { login: "ada@example.com" });
    const all = (await (await call(b, "/__mock/outbox")).json()) as { messages: MockEmail[] };
    expect(all.messages.map((m) => m.to)).toEqual([
      "ada@example.com",
      "grace@example.com",
      "ada@example.com",
    ]);
    const ada2 = (await (await call(b, "/__mock/outbox?to=ADA@example.com")).json()) as {
      messages: MockEmail[];
    };
    expect(ada2.messages).toHaveLength(2);
    const latest = (await (await call(b, "/__mock/outbox/latest?to=ada@example.com")).json()) as {
      message: MockEmail;
    };
    expect(latest.message.trigger).toBe("resend");
    expect((await call(b, "/__mock/outbox/latest?to=x@example.com")).status).toBe(404);
    await call(b, "/__mock/outbox", { method: "DELETE" });
    expect(b.outbox()).toHaveLength(0);
  });

  it("is emptied by reset", async () => {
    const b = backend();
    await signup(b);
    await b.reset();
    expect(b.outbox()).toHaveLength(0);
  });
});

describe("configuration", () => {
  it("refuses a bad verification setting with a clear error", () => {
    expect(() => resolveConfig({ verification: { linkUrl: "javascript:alert(1)" } })).toThrow(
      /linkUrl/,
    );
    expect(() => resolveConfig({ verification: { tokenTtlMs: 0 } })).toThrow(/tokenTtlMs/);
  });

  it("serves the endpoint at a configured path", async () => {
    const b = backend({ verification: { path: "/account/verify" } });
    await signup(b);
    expect(lastEmail(b).link).toMatch(/\/account\/verify\?sptoken=/);
    expect((await call(b, `/account/verify?sptoken=${lastEmail(b).sptoken}`)).status).toBe(200);
  });
});

describe("scenarios on /verify", () => {
  async function force(b: MockBackend, body: object): Promise<Response> {
    return call(b, "/__mock/scenario", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  it("applies X-Mock-Scenario and ?scenario= to the GET check and the POST resend", async () => {
    const b = backend();
    await signup(b);
    const { sptoken } = lastEmail(b);
    const down = await call(b, `/verify?sptoken=${sptoken}`, {
      headers: { accept: "application/json", "x-mock-scenario": "unavailable" },
    });
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("30");
    expect(down.headers.get("x-mock-scenario")).toBe("unavailable");
    const html = await call(b, `/verify?sptoken=${sptoken}&scenario=html`);
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(await html.text()).toContain("<form>");
    const limited = await call(b, "/verify?scenario=rate-limited&retryAfter=7", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ login: "ada@example.com" }),
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    const dropped = await resend(
      b,
      { login: "ada@example.com" },
      { "x-mock-scenario": "network-error" },
    );
    expect(dropped.type).toBe("error");
    // None of these reached the rules: the token still works, no email was resent.
    expect(b.outbox()).toHaveLength(1);
    expect((await verify(b, sptoken)).status).toBe(200);
  });

  it("answers normally after `slow`, and ignores registration-only scenarios", async () => {
    const b = backend();
    await signup(b);
    const started = Date.now();
    const slow = await resend(
      b,
      { login: "ada@example.com" },
      { "x-mock-scenario": "slow", "x-mock-delay-ms": "50" },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(slow.status).toBe(200);
    expect(slow.headers.get("x-mock-scenario")).toBe("slow");
    const email = lastEmail(b);
    const ok = await call(b, `/verify?sptoken=${email.sptoken}`, {
      headers: { accept: "application/json", "x-mock-scenario": "error-oauth" },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-mock-scenario")).toBeNull();
  });

  it("forces a scenario on /verify with endpoint: 'verify', by method, leaving /register alone", async () => {
    const b = backend();
    const set = await force(b, {
      name: "server-error",
      endpoint: "verify",
      target: "POST",
      times: 2,
    });
    expect(await set.json()).toMatchObject({
      active: { name: "server-error", endpoint: "verify", target: "POST", remaining: 2 },
    });
    // /register and GET /verify do not take it.
    expect((await signup(b)).status).toBe(200);
    const { sptoken } = lastEmail(b);
    expect((await verify(b, "A".repeat(43))).status).toBe(400);
    const failed = await resend(b, { login: "ada@example.com" });
    expect(failed.status).toBe(500);
    expect(failed.headers.get("x-mock-scenario")).toBe("server-error");
    expect((await resend(b, { login: "ada@example.com" })).status).toBe(500);
    expect(b.outbox()).toHaveLength(1);
    // Used up: the third resend reaches the rules again, and so does the link.
    expect((await resend(b, { login: "ada@example.com" })).status).toBe(200);
    expect(b.outbox()).toHaveLength(2);
    expect((await verify(b, sptoken)).status).toBe(200);
  });

  it("keeps a forced /register scenario off /verify (the default endpoint)", async () => {
    const b = backend();
    await signup(b);
    await force(b, { name: "unavailable", times: 1 });
    expect((await resend(b, { login: "ada@example.com" })).status).toBe(200);
    expect((await call(b, "/register", { headers: { accept: "application/json" } })).status).toBe(
      503,
    );
  });

  it("refuses an unknown endpoint and a scenario that means nothing on /verify", async () => {
    const b = backend();
    const unknown = await force(b, { name: "slow", endpoint: "scim" });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({
      message: expect.stringMatching(/register, verify/),
    });
    const wrong = await force(b, { name: "error-oauth", endpoint: "verify" });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      message: expect.stringMatching(/error-oauth does not apply to verify.*network-error/),
    });
    expect(await (await call(b, "/__mock/scenario")).json()).toMatchObject({ active: null });
  });
});
