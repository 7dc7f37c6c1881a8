import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type RunningMockServer } from "../node";
import type { MockConfig } from "./config";

type Info = Record<string, unknown> & {
  client_id: string;
  client_secret?: string;
  registration_access_token: string;
  registration_client_uri: string;
};

const valid = {
  client_name: "Example App",
  redirect_uris: ["https://app.example.com/callback", "http://127.0.0.1:8080/cb"],
  grant_types: ["authorization_code", "refresh_token"],
  response_types: ["code"],
  scope: "read write",
  contacts: ["dev@example.com"],
};

let server: RunningMockServer;

/** fetch with the server's admin token (and a JSON type for bodies), for the admin routes. */
function adminFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("x-mock-admin-token", server.adminToken);
  if (init.method && init.method !== "GET" && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  return fetch(url, { ...init, headers });
}
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sk-oauth-"));
  server = await startMockServer({ port: 0, scryptCost: 1024, dataFile: join(dir, "data.json") });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function configure(config: MockConfig): Promise<void> {
  await adminFetch(`${server.url}/__mock/reset`, { method: "POST" });
  const res = await adminFetch(`${server.url}/__mock/config`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(config),
  });
  expect(res.status).toBe(200);
}

function register(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/oauth/register`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

async function registered(body: unknown = valid): Promise<Info> {
  const res = await register(body);
  expect(res.status).toBe(201);
  return (await res.json()) as Info;
}

async function expectError(res: Response, status: number, error: string): Promise<string> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: string; error_description: string };
  expect(body.error).toBe(error);
  return body.error_description;
}

describe("discovery (RFC 8414)", () => {
  it("names registration_endpoint, apart from the signup endpoint", async () => {
    await configure({});
    for (const doc of ["oauth-authorization-server", "openid-configuration"]) {
      const meta = (await (await fetch(`${server.url}/.well-known/${doc}`)).json()) as Record<
        string,
        unknown
      >;
      expect(meta.registration_endpoint).toBe(`${server.url}/oauth/register`);
      expect((meta.signup_kit as Record<string, unknown>).register_endpoint).toBe(
        `${server.url}/register`,
      );
    }
  });
  it("drops it when client registration is off", async () => {
    await configure({ oauthRegistration: { enabled: false } });
    const meta = (await (
      await fetch(`${server.url}/.well-known/oauth-authorization-server`)
    ).json()) as Record<string, unknown>;
    expect(meta.registration_endpoint).toBeUndefined();
    expect((await register(valid)).status).toBe(404);
  });
});

describe("POST /oauth/register (RFC 7591 §3)", () => {
  beforeAll(() => configure({}));

  it("answers 201 with the client information response, no-store", async () => {
    const res = await register(valid);
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("pragma")).toBe("no-cache");
    const info = (await res.json()) as Info;
    expect(info.client_id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(info.client_secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(info.client_secret_expires_at).toBe(0);
    expect(typeof info.client_id_issued_at).toBe("number");
    expect(info.registration_client_uri).toBe(`${server.url}/oauth/register/${info.client_id}`);
    expect(info.registration_access_token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(info.redirect_uris).toEqual(valid.redirect_uris);
    expect(info.token_endpoint_auth_method).toBe("client_secret_basic");
    expect(res.headers.get("location")).toBe(info.registration_client_uri);
  });

  it("applies the RFC 7591 defaults for omitted members", async () => {
    const info = await registered({ redirect_uris: ["https://a.example/cb"] });
    expect(info.grant_types).toEqual(["authorization_code"]);
    expect(info.response_types).toEqual(["code"]);
    expect(info.token_endpoint_auth_method).toBe("client_secret_basic");
  });

  it("issues no secret (and no expiry) to a public client", async () => {
    const info = await registered({ ...valid, token_endpoint_auth_method: "none" });
    expect(info.client_secret).toBeUndefined();
    expect(info.client_secret_expires_at).toBeUndefined();
  });

  it("ignores members it does not understand (§2) and never takes server-set ones", async () => {
    const info = await registered({ ...valid, is_admin: true, client_id: "chosen" });
    expect(info.is_admin).toBeUndefined();
    expect(info.client_id).not.toBe("chosen");
  });

  it("keeps language-tagged names (§2.2)", async () => {
    const info = await registered({ ...valid, "client_name#ja-Jpan-JP": "クライアント名" });
    expect(info["client_name#ja-Jpan-JP"]).toBe("クライアント名");
  });

  it.each([
    ["a relative URI", "/callback"],
    ["a fragment", "https://app.example.com/cb#frag"],
    ["an empty fragment", "https://app.example.com/cb#"],
    ["plain http on a public host", "http://app.example.com/cb"],
    ["a javascript: URI", "javascript:alert(1)"],
  ])("refuses a redirect URI with %s: invalid_redirect_uri", async (_name, uri) => {
    const text = await expectError(
      await register({ ...valid, redirect_uris: [uri] }),
      400,
      "invalid_redirect_uri",
    );
    expect(text).toMatch(/^redirect_uris\[0\]/);
  });

  it("accepts http for loopback only", async () => {
    await registered({ ...valid, redirect_uris: ["http://localhost:3000/cb", "http://[::1]/cb"] });
  });

  it("needs a redirect URI for authorization_code", async () => {
    await expectError(await register({ ...valid, redirect_uris: [] }), 400, "invalid_redirect_uri");
    await registered({
      grant_types: ["client_credentials"],
      response_types: [],
      redirect_uris: [],
    });
  });

  it.each([
    [["client_credentials"], ["code"], "grant_types"],
    [["authorization_code"], ["token"], "grant_types"],
    [["authorization_code", "implicit"], ["code"], "response_types"],
  ])("refuses grant_types %j with response_types %j (§2.1)", async (grants, responses, field) => {
    const text = await expectError(
      await register({ ...valid, grant_types: grants, response_types: responses }),
      400,
      "invalid_client_metadata",
    );
    expect(text.startsWith(field)).toBe(true);
  });

  it.each([
    ["token_endpoint_auth_method", "private_key_jwt"],
    ["grant_types", ["password"]],
    ["scope", 'bad"scope'],
    ["contacts", ["not-an-email"]],
    ["logo_uri", "javascript:alert(1)"],
    ["tos_uri", "/relative"],
    ["client_name", 42],
  ])("refuses a bad %s with invalid_client_metadata naming it", async (member, value) => {
    const text = await expectError(
      await register({ ...valid, [member]: value }),
      400,
      "invalid_client_metadata",
    );
    expect(text.startsWith(member)).toBe(true);
  });

  it("refuses jwks with jwks_uri", async () => {
    await expectError(
      await register({ ...valid, jwks: { keys: [] }, jwks_uri: "https://a.example/jwks" }),
      400,
      "invalid_client_metadata",
    );
  });

  it("refuses a malformed software statement, and an untrusted well-formed one", async () => {
    await expectError(
      await register({ ...valid, software_statement: "not-a-jwt" }),
      400,
      "invalid_software_statement",
    );
    const part = (v: object) => Buffer.from(JSON.stringify(v)).toString("base64url");
    await expectError(
      await register({
        ...valid,
        software_statement: `${part({ alg: "RS256" })}.${part({ software_id: "x" })}.c2ln`,
      }),
      400,
      "unapproved_software_statement",
    );
  });

  it("refuses non-JSON and non-object bodies", async () => {
    const form = await fetch(`${server.url}/oauth/register`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "client_name=x",
    });
    expect(form.status).toBe(415);
    await expectError(await register([1, 2]), 400, "invalid_client_metadata");
  });

  it("stores only digests of the client secret and the registration access token", async () => {
    const info = await registered();
    const file = readFileSync(join(dir, "data.json"), "utf8");
    expect(file).toContain(info.client_id);
    expect(file).not.toContain(info.client_secret);
    expect(file).not.toContain(info.registration_access_token);
    const admin = await (await adminFetch(`${server.url}/__mock/oauth/clients`)).text();
    expect(admin).toContain(info.client_id);
    expect(admin).not.toContain("sha256$");
  });
});

describe("initial access token (RFC 7591 §3)", () => {
  beforeAll(() => configure({ oauthRegistration: { initialAccessToken: "iat-123" } }));

  it("answers 401 with a Bearer challenge without one, or with a wrong one", async () => {
    const none = await register(valid);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const wrong = await register(valid, { authorization: "Bearer nope" });
    await expectError(wrong, 401, "invalid_token");
    expect(wrong.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("registers with the right one", async () => {
    expect((await register(valid, { authorization: "Bearer iat-123" })).status).toBe(201);
  });
});

describe("client configuration endpoint (RFC 7592)", () => {
  beforeAll(() => configure({}));
  const call = (
    info: Info,
    method: string,
    body?: unknown,
    token = info.registration_access_token,
  ) =>
    fetch(info.registration_client_uri, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const fullUpdate = (info: Info, over: Record<string, unknown> = {}) => ({
    client_id: info.client_id,
    ...valid,
    ...over,
  });

  it("reads the registration with the token, never the secret", async () => {
    const info = await registered();
    const res = await call(info, "GET");
    expect(res.status).toBe(200);
    const read = (await res.json()) as Info;
    expect(read.client_id).toBe(info.client_id);
    expect(read.client_name).toBe("Example App");
    expect(read.client_secret).toBeUndefined();
    expect(read.client_secret_expires_at).toBe(0);
    expect(read.registration_client_uri).toBe(info.registration_client_uri);
  });

  it("answers 401 without a token, with a wrong one, or for an unknown client", async () => {
    const info = await registered();
    expect((await fetch(info.registration_client_uri)).status).toBe(401);
    await expectError(await call(info, "GET", undefined, "wrong"), 401, "invalid_token");
    const gone = await fetch(`${server.url}/oauth/register/unknownclient`, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(gone.status).toBe(401);
  });

  it("answers 401 for another client's token, as for an unknown one (nothing says whose it is)", async () => {
    const a = await registered();
    const b = await registered();
    await expectError(
      await call(a, "GET", undefined, b.registration_access_token),
      401,
      "invalid_token",
    );
  });

  it("replaces the whole metadata on PUT (§2.2): omitted members are gone", async () => {
    const info = await registered();
    const res = await call(info, "PUT", {
      client_id: info.client_id,
      redirect_uris: ["https://new.example/cb"],
      client_name: "Renamed",
    });
    expect(res.status).toBe(200);
    const updated = (await res.json()) as Info;
    expect(updated.client_name).toBe("Renamed");
    expect(updated.redirect_uris).toEqual(["https://new.example/cb"]);
    expect(updated.scope).toBeUndefined();
    expect(updated.contacts).toBeUndefined();
    expect(updated.client_secret).toBeUndefined();
  });

  it("refuses a PUT without the matching client_id, or with server-set members", async () => {
    const info = await registered();
    await expectError(await call(info, "PUT", { ...valid }), 400, "invalid_client_metadata");
    await expectError(
      await call(info, "PUT", fullUpdate(info, { client_id: "other" })),
      400,
      "invalid_client_metadata",
    );
    for (const member of [
      "registration_access_token",
      "registration_client_uri",
      "client_secret_expires_at",
      "client_id_issued_at",
    ]) {
      const text = await expectError(
        await call(info, "PUT", fullUpdate(info, { [member]: "x" })),
        400,
        "invalid_client_metadata",
      );
      expect(text).toContain(member);
    }
  });

  it("accepts client_secret in a PUT only when it matches", async () => {
    const info = await registered();
    await expectError(
      await call(info, "PUT", fullUpdate(info, { client_secret: "wrong" })),
      400,
      "invalid_client_metadata",
    );
    expect(
      (await call(info, "PUT", fullUpdate(info, { client_secret: info.client_secret }))).status,
    ).toBe(200);
  });

  it("validates a PUT like a registration", async () => {
    const info = await registered();
    await expectError(
      await call(info, "PUT", fullUpdate(info, { redirect_uris: ["http://evil.example/cb"] })),
      400,
      "invalid_redirect_uri",
    );
  });

  it("rotates the secret on update when configured, and the old one stops matching", async () => {
    await configure({
      oauthRegistration: { rotateSecretOnUpdate: true, clientSecretTtlSeconds: 3600 },
    });
    const info = await registered();
    expect(info.client_secret_expires_at).toBeGreaterThan(Date.now() / 1000);
    const res = await call(info, "PUT", fullUpdate(info));
    const updated = (await res.json()) as Info;
    expect(updated.client_secret).toBeDefined();
    expect(updated.client_secret).not.toBe(info.client_secret);
    await expectError(
      await call(info, "PUT", fullUpdate(info, { client_secret: info.client_secret })),
      400,
      "invalid_client_metadata",
    );
    await configure({});
  });

  it("deletes with 204, after which the token no longer works", async () => {
    const info = await registered();
    const res = await call(info, "DELETE");
    expect(res.status).toBe(204);
    expect((await call(info, "GET")).status).toBe(401);
    expect((await call(info, "DELETE")).status).toBe(401);
  });

  it("answers CORS preflights for PUT with Authorization", async () => {
    const res = await fetch(`${server.url}/oauth/register/x`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "PUT",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toContain("PUT");
    expect(res.headers.get("access-control-allow-headers")).toContain("authorization");
  });
});

describe("scenarios and persistence", () => {
  beforeAll(() => configure({}));

  it("forces RFC 7591 errors by header and by the admin endpoint", async () => {
    await expectError(
      await register(valid, { "x-mock-scenario": "oauth-invalid-redirect-uri" }),
      400,
      "invalid_redirect_uri",
    );
    await adminFetch(`${server.url}/__mock/oauth/scenario`, {
      method: "POST",
      body: JSON.stringify({ name: "oauth-forbidden", target: "GET", times: 1 }),
    });
    const info = await registered();
    const res = await fetch(info.registration_client_uri, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-mock-scenario")).toBe("oauth-forbidden");
    const next = await fetch(info.registration_client_uri, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(next.status).toBe(200);
  });

  it("passes retryAfter and delayMs on to the transport scenarios", async () => {
    await adminFetch(`${server.url}/__mock/oauth/scenario`, {
      method: "POST",
      body: JSON.stringify({ name: "rate-limited", target: "POST", times: 1, retryAfter: 4 }),
    });
    const limited = await register(valid);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("4");
    const started = Date.now();
    const slow = await fetch(`${server.url}/oauth/register?scenario=slow&delayMs=50`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(valid),
    });
    expect(slow.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("answers the transport scenarios in its own dialect (RFC 7591 error bodies)", async () => {
    const cases: Array<[string, number, string]> = [
      ["rate-limited", 429, "invalid_request"],
      ["unavailable", 503, "temporarily_unavailable"],
      ["server-error", 500, "server_error"],
    ];
    for (const [scenario, status, error] of cases) {
      const res = await fetch(`${server.url}/oauth/register?scenario=${scenario}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(valid),
      });
      expect(res.status, scenario).toBe(status);
      const body = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(["error", "error_description"]);
      expect(body.error).toBe(error);
      if (status !== 500) expect(res.headers.get("retry-after")).toBe("30");
    }
  });

  it("keeps clients across a restart with the same data file", async () => {
    const info = await registered();
    const file = join(dir, "data.json");
    // One server per data file: stop this one, start another on the same file.
    const before = server.url;
    await server.close();
    server = await startMockServer({ port: 0, scryptCost: 1024, dataFile: file });
    const uri = info.registration_client_uri.replace(before, server.url);
    const res = await fetch(uri, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(res.status).toBe(200);
  });

  it("reset forgets every client", async () => {
    const info = await registered();
    await adminFetch(`${server.url}/__mock/reset`, { method: "POST" });
    const res = await fetch(info.registration_client_uri, {
      headers: { authorization: `Bearer ${info.registration_access_token}` },
    });
    expect(res.status).toBe(401);
  });
});
