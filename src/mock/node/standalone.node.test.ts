import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer } from "../msw-node";
import { startMockServer, type RunningMockServer } from "./standalone";

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
  server = await startMockServer({ port: 0, scryptCost: 1024, config: { preset: "captcha" } });
});
afterAll(() => server.close());

const ada = {
  givenName: "Ada",
  surname: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery staple",
};

describe("standalone server on 127.0.0.1", () => {
  it("listens on a free port on loopback", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves the view model and creates an account with a token from the test widget flow", async () => {
    const vm = await fetch(`${server.url}/register`, { headers: { accept: "application/json" } });
    expect(vm.status).toBe(200);
    const token = (
      (await (await adminFetch(`${server.url}/__mock/captcha-token`)).json()) as { token: string }
    ).token;
    const res = await fetch(`${server.url}/register`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ ...ada, captchaToken: token }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("ratelimit-limit")).toBe("60");
    const accounts = (await (await adminFetch(`${server.url}/__mock/accounts`)).json()) as {
      accounts: Array<{ email: string }>;
    };
    expect(accounts.accounts.map((a) => a.email)).toContain("ada@example.com");
  });

  it("drops the connection for the network-error scenario", async () => {
    await expect(
      fetch(`${server.url}/register?scenario=network-error`, {
        headers: { accept: "application/json" },
      }),
    ).rejects.toThrow();
    expect((await fetch(`${server.url}/__mock/health`)).status).toBe(200);
  });

  it("drops the connection of a POST /verify forced with endpoint: 'verify'", async () => {
    const forced = await adminFetch(`${server.url}/__mock/scenario`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "network-error", endpoint: "verify", target: "POST" }),
    });
    expect(forced.status).toBe(200);
    // The registration endpoint does not take it.
    expect(
      (await fetch(`${server.url}/register`, { headers: { accept: "application/json" } })).status,
    ).toBe(200);
    await expect(
      fetch(`${server.url}/verify`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ login: "ada@example.com" }),
      }),
    ).rejects.toThrow();
    expect(await (await adminFetch(`${server.url}/__mock/scenario`)).json()).toMatchObject({
      active: null,
    });
  });

  it("answers 413 for a huge body without buffering it all", async () => {
    const res = await fetch(`${server.url}/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...ada, givenName: "x".repeat(5_000_000) }),
    });
    expect(res.status).toBe(413);
  });

  it("answers CORS preflights for localhost origins", async () => {
    const res = await fetch(`${server.url}/register`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("serves the hCaptcha test script with the onload contract", async () => {
    const res = await fetch(
      `${server.url}/__mock/hcaptcha/1/api.js?onload=hCaptchaOnLoad&render=explicit`,
    );
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    const script = await res.text();
    for (const name of [
      "render",
      "execute",
      "reset",
      "getResponse",
      "getRespKey",
      "remove",
      "setData",
      "close",
      "__hcaptchaTest",
    ]) {
      expect(script).toContain(name);
    }
  });

  it("serves the committed openapi.json (default configuration)", async () => {
    const plain = await startMockServer({ port: 0 });
    try {
      const served: unknown = await (await fetch(`${plain.url}/openapi.json`)).json();
      const committed: unknown = JSON.parse(
        readFileSync(new URL("../../../openapi.json", import.meta.url), "utf8"),
      );
      expect(served).toEqual(committed);
    } finally {
      await plain.close();
    }
  });

  it("verifies tokens like siteverify", async () => {
    const token = (
      (await (await adminFetch(`${server.url}/__mock/captcha-token`)).json()) as { token: string }
    ).token;
    const verify = (): Promise<Response> =>
      fetch(`${server.url}/__mock/hcaptcha/siteverify`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          secret: "0x0000000000000000000000000000000000000000",
          response: token,
        }),
      });
    expect(await (await verify()).json()).toMatchObject({ success: true });
    expect(await (await verify()).json()).toMatchObject({
      success: false,
      "error-codes": ["invalid-or-already-seen-response"],
    });
  });
});

describe("createMockServer (msw setupServer)", () => {
  it("answers fetch in node through msw, with an absolute base URL", async () => {
    const { server: msw, backend } = createMockServer({
      config: { preset: "minimal", style: "modern" },
      baseUrl: "http://api.test/v1",
    });
    msw.listen({ onUnhandledRequest: "error" });
    try {
      const res = await fetch("http://api.test/v1/register", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "grace@example.com", password: "a long passphrase" }),
      });
      expect(res.status).toBe(201);
      expect(res.headers.get("location")).toMatch(/^http:\/\/api\.test\/v1\/__mock\/accounts\//);
      expect(backend.accounts()).toHaveLength(1);
      await expect(fetch("http://api.test/v1/register?scenario=network-error")).rejects.toThrow();
    } finally {
      msw.close();
    }
  });
});
