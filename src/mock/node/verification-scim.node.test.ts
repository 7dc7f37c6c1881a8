import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCIM_DEV_TOKEN } from "../core/scim";
import type { MockEmail } from "../core/verification";
import { outboxDirFor } from "./outbox";
import { startMockServer, type RunningMockServer } from "./standalone";

const dir = mkdtempSync(join(tmpdir(), "sk-verify-"));
const dataFile = join(dir, "accounts.json");
let server: RunningMockServer;

/** fetch with the server's admin token (and a JSON type for bodies), for the admin routes. */
function adminFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("x-mock-admin-token", server.adminToken);
  if (init.method && init.method !== "GET" && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  return fetch(url, { ...init, headers });
}

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    scryptCost: 1024,
    dataFile,
    config: { preset: "email-verification", style: "modern" },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const scimHeaders = { authorization: `Bearer ${SCIM_DEV_TOKEN}`, accept: "application/scim+json" };

async function signup(email: string): Promise<Response> {
  return fetch(`${server.url}/register`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({
      givenName: "Ada",
      surname: "Lovelace",
      email,
      password: "correct horse battery staple",
    }),
  });
}

describe("verification over HTTP (standalone server on 127.0.0.1, --data)", () => {
  it("signup → outbox (+ .eml file) → link → ENABLED → SCIM active", async () => {
    const created = await signup("ada@example.com");
    expect(created.status).toBe(201);

    const outbox = (await (await adminFetch(`${server.url}/__mock/outbox`)).json()) as {
      messages: MockEmail[];
    };
    expect(outbox.messages).toHaveLength(1);
    const email = outbox.messages[0];
    if (!email) throw new Error("no email");
    expect(email.link.startsWith(`${server.url}/verify?sptoken=`)).toBe(true);

    const files = readdirSync(outboxDirFor(dataFile));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-[A-Za-z0-9_-]+\.eml$/);
    const eml = readFileSync(join(outboxDirFor(dataFile), files[0] ?? ""), "utf8");
    expect(eml).toContain("To: ada@example.com");

    const verified = await fetch(email.link, { headers: { accept: "application/json" } });
    expect(verified.status).toBe(200);

    const saved = JSON.parse(readFileSync(dataFile, "utf8")) as {
      accounts: Array<{ status: string }>;
    };
    expect(saved.accounts[0]?.status).toBe("ENABLED");

    const audit = readFileSync(join(dir, "accounts.audit.jsonl"), "utf8");
    expect(audit).toContain('"event":"verification.sent"');
    expect(audit).toContain('"event":"account.verified"');
    expect(audit).not.toContain(email.sptoken);

    const list = await fetch(
      `${server.url}/scim/v2/Users?filter=${encodeURIComponent('userName eq "ada@example.com"')}`,
      { headers: scimHeaders },
    );
    expect(list.status).toBe(200);
    expect(list.headers.get("content-type")).toBe("application/scim+json; charset=utf-8");
    const body = (await list.json()) as {
      totalResults: number;
      Resources: Array<{ active: boolean; meta: { location: string } }>;
    };
    expect(body.totalResults).toBe(1);
    expect(body.Resources[0]?.active).toBe(true);
    const location = body.Resources[0]?.meta.location ?? "";
    expect(location.startsWith(`${server.url}/scim/v2/Users/`)).toBe(true);
    expect((await fetch(location, { headers: scimHeaders })).status).toBe(200);
  });

  it("answers the resend the same for a known and an unknown login, and limits it", async () => {
    await signup("grace@example.com");
    const ask = (login: string): Promise<Response> =>
      fetch(`${server.url}/verify`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ login }),
      });
    const known = await ask("grace@example.com");
    const unknown = await ask("nobody@example.com");
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await known.text()).toBe(await unknown.text());
    const limited = await ask("grace@example.com");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited.headers.get("content-type")).toMatch(/problem\+json/);
  });

  it("keeps tokens across a restart: a used link stays used", async () => {
    const email = (
      (await (await adminFetch(`${server.url}/__mock/outbox?to=ada@example.com`)).json()) as {
        messages: MockEmail[];
      }
    ).messages[0];
    await server.close();
    server = await startMockServer({
      port: 0,
      scryptCost: 1024,
      dataFile,
      config: { preset: "email-verification", style: "modern" },
    });
    const again = await fetch(`${server.url}/verify?sptoken=${email?.sptoken ?? ""}`, {
      headers: { accept: "application/json" },
    });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { type: string }).type).toMatch(/token-used$/);
  });
});

describe("SCIM over HTTP", () => {
  it("lets a browser on a local origin call it with a bearer token (CORS preflight)", async () => {
    const preflight = await fetch(`${server.url}/scim/v2/Users`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization");
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it("creates a user with POST and finds it by filter; a second POST is 409 uniqueness", async () => {
    const body = JSON.stringify({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName: "linus@example.com",
      name: { givenName: "Linus", familyName: "Torvalds" },
    });
    const post = (): Promise<Response> =>
      fetch(`${server.url}/scim/v2/Users`, {
        method: "POST",
        headers: { ...scimHeaders, "content-type": "application/scim+json" },
        body,
      });
    const created = await post();
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toMatch(/\/scim\/v2\/Users\/[A-Za-z0-9]+$/);
    const clash = await post();
    expect(clash.status).toBe(409);
    expect(await clash.json()).toMatchObject({ status: "409", scimType: "uniqueness" });
    const unauth = await fetch(`${server.url}/scim/v2/Users`);
    expect(unauth.status).toBe(401);
    expect(unauth.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });
});
