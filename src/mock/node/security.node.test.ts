// The security group: one test per class of attack on the development server,
// each against the real standalone server on 127.0.0.1 (the cross-site and
// rebinding ones from a real Chromium page). Bounded in count and time.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../../tools/find-chromium.mjs";
import { createMockBackend } from "../core/backend";
import type { MockConfig } from "../core/config";
import { SCIM_DEV_TOKEN } from "../core/scim";
import { auditFileFor } from "./file-store";
import { createScryptHasher } from "./scrypt";
import { startMockServer, type RunningMockServer, type StartMockServerOptions } from "./standalone";

const root = new URL("../../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "sk-security-"));
const started: RunningMockServer[] = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.close().catch(() => {})));
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: StartMockServerOptions = {}): Promise<RunningMockServer> {
  const server = await startMockServer({ port: 0, scryptCost: 1024, ...options });
  started.push(server);
  return server;
}

function admin(server: RunningMockServer, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("x-mock-admin-token", server.adminToken);
  if (init.body !== undefined && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  return fetch(`${server.url}${path}`, { ...init, headers });
}

const ada = {
  givenName: "Ada",
  surname: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery staple",
};

function signup(server: RunningMockServer, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/register`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

async function accountCount(server: RunningMockServer): Promise<number> {
  const res = await admin(server, "/__mock/accounts");
  return ((await res.json()) as { accounts: unknown[] }).accounts.length;
}

/** A raw HTTP/1.1 exchange, so the Host header is ours to choose. */
function rawGet(
  server: RunningMockServer,
  path: string,
  host: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: server.port, path, headers: { host, ...headers } },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

describe("security", () => {
  let browser: Browser;
  let attacker: Server;
  let attackerPort = 0;

  beforeAll(async () => {
    const options = chromiumLaunchOptions();
    browser = await chromium.launch({
      ...options,
      // evil.test resolves to loopback: a hostile site, or a rebinding name.
      args: [...(options.args ?? []), "--host-resolver-rules=MAP evil.test 127.0.0.1"],
    });
    attacker = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!doctype html><title>another site</title><p>hello</p>");
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    attackerPort = (attacker.address() as { port: number }).port;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
  });

  it("admin routes need the per-process admin token; health and the captcha script stay public", async () => {
    const server = await start();
    expect((await fetch(`${server.url}/__mock/accounts`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/__mock/accounts`, {
      headers: { "x-mock-admin-token": "x".repeat(32) },
    });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${server.url}/__mock/reset`, { method: "POST" })).status).toBe(401);
    expect((await admin(server, "/__mock/accounts")).status).toBe(200);
    expect((await fetch(`${server.url}/__mock/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/__mock/hcaptcha/api.js`)).status).toBe(200);
    expect(server.adminToken.length).toBeGreaterThanOrEqual(16);
  });

  it("a page on another site cannot wipe, reconfigure or sign up (real Chromium)", async () => {
    const server = await start({ config: { preset: "stormpath-default" } });
    expect((await signup(server, ada)).status).toBe(200);
    const page = await browser.newPage();
    try {
      for (const origin of [
        `http://localhost:${attackerPort}`, // another loopback origin (cross-site to 127.0.0.1)
        `http://evil.test:${attackerPort}`, // a hostile site
      ]) {
        await page.goto(`${origin}/`);
        const outcomes = await page.evaluate(async (mock) => {
          const simple = (path: string, body: string) =>
            fetch(mock + path, {
              method: "POST",
              mode: "no-cors",
              headers: { "content-type": "text/plain" },
              body,
            }).then(
              () => "sent",
              () => "failed",
            );
          const cors = (path: string, body: string) =>
            fetch(mock + path, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
            }).then(
              (r) => r.status,
              () => "blocked",
            );
          return [
            await simple("/__mock/reset", "{}"),
            await simple("/__mock/config", '{"scim":{"token":false}}'),
            await simple(
              "/register",
              JSON.stringify({
                givenName: "Eve",
                surname: "X",
                email: "eve@example.com",
                password: "correct horse battery staple",
              }),
            ),
            await cors("/__mock/reset", "{}"),
          ];
        }, server.url);
        // A JSON request with CORS from a loopback page gets an answer: 401 without the token.
        expect(outcomes[3] === 401 || outcomes[3] === "blocked").toBe(true);
      }
    } finally {
      await page.close();
    }
    expect(await accountCount(server)).toBe(1);
    const config = (await (await admin(server, "/__mock/config")).json()) as {
      config: MockConfig & { scim: { token: unknown } };
    };
    expect(config.config.scim.token).toBe(SCIM_DEV_TOKEN);
    // And from node, a cross-site JSON POST (as a browser labels it) is refused too.
    const labelled = await signup(
      server,
      { ...ada, email: "mallory@example.com" },
      { origin: "http://evil.test", "sec-fetch-site": "cross-site" },
    );
    expect(labelled.status).toBe(403);
    const unlabelled = await signup(
      server,
      { ...ada, email: "nobody@example.com" },
      { "sec-fetch-site": "cross-site" },
    );
    expect(unlabelled.status).toBe(403);
  }, 30_000);

  it("state-changing requests need a JSON Content-Type, even with the token", async () => {
    const server = await start();
    const plain = await admin(server, "/__mock/config", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ style: "modern" }),
    });
    expect(plain.status).toBe(415);
    const scenario = await admin(server, "/__mock/scenario", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "name=server-error",
    });
    expect(scenario.status).toBe(415);
    const json = await admin(server, "/__mock/config", {
      method: "POST",
      body: JSON.stringify({ style: "modern" }),
    });
    expect(json.status).toBe(200);
  });

  it("serves only expected Host names: a rebinding page gets nothing (real Chromium)", async () => {
    const server = await start({ config: { preset: "email-verification" } });
    expect((await signup(server, ada)).status).toBe(200);
    const page = await browser.newPage();
    try {
      const outbox = await page.goto(`http://evil.test:${server.port}/__mock/outbox`);
      expect(outbox?.status()).toBe(421);
      expect(await outbox?.text()).not.toContain("sptoken");
      const form = await page.goto(`http://evil.test:${server.port}/register`);
      expect(form?.status()).toBe(421);
    } finally {
      await page.close();
    }
    expect((await rawGet(server, "/__mock/health", `evil.test:${server.port}`)).status).toBe(421);
    expect((await rawGet(server, "/__mock/health", `localhost:${server.port}`)).status).toBe(200);
    expect((await rawGet(server, "/__mock/health", `[::1]:${server.port}`)).status).toBe(200);
    const named = await start({ allowedHosts: ["mock.example.test"] });
    expect((await rawGet(named, "/__mock/health", "mock.example.test")).status).toBe(200);
    expect((await rawGet(named, "/__mock/health", "other.example.test")).status).toBe(421);
  }, 30_000);

  it("binding a non-loopback host needs an admin token and warns", async () => {
    await expect(startMockServer({ port: 0, host: "0.0.0.0" })).rejects.toThrow(/admin token/);
    const lines: string[] = [];
    const open = await start({
      host: "0.0.0.0",
      adminToken: "a-long-enough-admin-token",
      log: (line) => lines.push(line),
    });
    expect(open.adminToken).toBe("a-long-enough-admin-token");
    expect(lines.join("\n")).toMatch(/WARNING.*never expose it to a network/);
  });

  it("a pattern that backtracks exponentially is refused in configuration; the server stays responsive", async () => {
    const server = await start();
    const config = await admin(server, "/__mock/config", {
      method: "POST",
      body: JSON.stringify({
        customFields: [{ name: "customData.code", label: "Code", pattern: "(a|aa)+" }],
      }),
    });
    expect(config.status).toBe(400);
    expect(await config.text()).toMatch(/pattern/);
    const t0 = performance.now();
    const res = await signup(server, { ...ada, "customData.code": `${"a".repeat(40)}!` });
    await res.arrayBuffer();
    expect(performance.now() - t0).toBeLessThan(2000);
    await expect(
      startMockServer({
        port: 0,
        config: { customFields: [{ name: "code", label: "Code", pattern: "(x+x+)+y" }] },
      }),
    ).rejects.toThrow(/could freeze the server/);
  });

  it("the request log is bounded by bytes: a flood of object-heavy bodies leaves the heap flat", async () => {
    const server = await start({ config: { rateLimit: false } });
    const junk = JSON.stringify({ junk: Array.from({ length: 9000 }, () => ({})) });
    expect(junk.length).toBeLessThan(65_536);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let round = 0; round < 25; round++) {
      await Promise.all(
        [0, 1, 2, 3].map(async () => {
          const res = await fetch(`${server.url}/register`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: junk,
          });
          await res.arrayBuffer();
        }),
      );
    }
    collectGarbage();
    const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    // Without a byte bound, 100 such requests keep ~400 MB of copies.
    expect(grown).toBeLessThan(40);
    const logged = (await (await admin(server, "/__mock/requests")).json()) as {
      requests: Array<{ body: unknown }>;
    };
    expect(logged.requests.length).toBe(100);
    expect(String(logged.requests[0]?.body)).toMatch(/^\[truncated: \d+ characters\]/);
  }, 60_000);

  it("every keyed map is bounded: a flood of distinct clients leaves each structure capped", async () => {
    // A small cap (the default is 10,000) so a short flood shows the bound.
    // Modern style: its GET /register hands out CSRF tokens (the stormpath style issues none).
    const backend = createMockBackend(
      { style: "modern" },
      { hasher: createScryptHasher(1024), maxKeys: 300 },
    );
    const server = await start({ backend });
    for (let n = 0; n < 1_500; n++) {
      await backend.handle(
        new Request(`${server.url}/register`, { headers: { accept: "application/json" } }),
        { clientAddress: `10.0.${n >> 8}.${n & 255}` },
      );
    }
    const report = backend.memoryReport();
    expect(report.readRateLimitKeys).toBe(300);
    expect(report.csrfTokens).toBe(300);
    expect(report.requestLogEntries).toBeLessThanOrEqual(500);
  }, 60_000);

  it("rate-limit identity is the connection; the client-id header counts only when configured, capped", async () => {
    const limited: MockConfig = { rateLimit: { max: 2, windowMs: 60_000 } };
    const server = await start({ config: limited });
    const statuses: number[] = [];
    for (let n = 0; n < 3; n++) {
      const res = await signup(
        server,
        { ...ada, email: `rl${n}@example.com` },
        { "x-mock-client-id": `client-${n}` },
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    const trusting = await start({ config: limited, trustClientIdHeader: true });
    const long = "k".repeat(64);
    const codes: number[] = [];
    for (let n = 0; n < 3; n++) {
      const res = await signup(
        trusting,
        { ...ada, email: `tr${n}@example.com` },
        { "x-mock-client-id": `${long}${n}` },
      );
      codes.push(res.status);
    }
    // Ids that differ only after 64 characters are one client.
    expect(codes).toEqual([200, 200, 429]);
  });

  it("links and hrefs come from the bound address or the public URL, never from Host", async () => {
    const server = await start({ config: { style: "modern" } });
    const viaLocalhost = await new Promise<{ location: string; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: "127.0.0.1",
            port: server.port,
            method: "POST",
            path: "/register",
            headers: { host: `localhost:${server.port}`, "content-type": "application/json" },
          },
          (res) => {
            let body = "";
            res.on("data", (chunk: Buffer) => (body += chunk.toString()));
            res.on("end", () => resolve({ location: String(res.headers.location), body }));
          },
        );
        req.on("error", reject);
        req.end(JSON.stringify(ada));
      },
    );
    expect(viaLocalhost.location.startsWith(`${server.url}/`)).toBe(true);
    expect(viaLocalhost.body).not.toContain("localhost");
    const published = await start({
      config: { preset: "email-verification" },
      publicUrl: "https://signup.example.test",
    });
    expect((await signup(published, ada)).status).toBe(200);
    const outbox = (await (await admin(published, "/__mock/outbox")).json()) as {
      messages: Array<{ link: string }>;
    };
    expect(outbox.messages[0]?.link).toMatch(/^https:\/\/signup\.example\.test\//);
  });

  it("a failing audit log after the commit never changes the answer; start-up refuses an unwritable one", async () => {
    const dataFile = join(dir, "sink", "accounts.json");
    const lines: string[] = [];
    const server = await start({ dataFile, log: (line) => lines.push(line) });
    const audit = auditFileFor(dataFile);
    unlinkSync(audit);
    mkdirSync(audit); // appending to it now fails with EISDIR
    const res = await signup(server, ada);
    expect(res.status).toBe(200);
    expect(await accountCount(server)).toBe(1);
    const health = (await (await fetch(`${server.url}/__mock/health`)).json()) as {
      status: string;
      sinkFailures?: Array<{ sink: string }>;
    };
    expect(health.status).toBe("degraded");
    expect(health.sinkFailures?.[0]?.sink).toBe("audit log");
    expect(lines.join("\n")).toMatch(/audit log could not be written/);
    await server.close();
    await expect(startMockServer({ port: 0, dataFile })).rejects.toThrow(
      /cannot write its audit log/,
    );
  });

  it("two processes on one data file: the second refuses to start and names the holder", async () => {
    const dataFile = join(dir, "shared.json");
    const cli = (): ReturnType<typeof spawn> =>
      spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          join(root, "src/mock/cli.ts"),
          "--port",
          "0",
          "--data",
          dataFile,
          "--admin-token",
          "a-long-enough-admin-token",
        ],
        { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
      );
    const first = cli();
    const firstExit = new Promise((resolve) => first.on("exit", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        let out = "";
        first.stdout?.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes("listening on")) resolve();
        });
        first.on("exit", () => reject(new Error("the first server did not start")));
      });
      const second = cli();
      let stderr = "";
      second.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise((resolve) => second.on("exit", resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(`process ${String(first.pid)}`);
    } finally {
      first.kill("SIGTERM");
      await firstExit;
    }
  }, 60_000);

  it("RFC 7592: another client's registration token is a 401, like an unknown one", async () => {
    const server = await start();
    const register = async () =>
      (await (
        await fetch(`${server.url}/oauth/register`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ redirect_uris: ["https://app.example.test/cb"] }),
        })
      ).json()) as { registration_client_uri: string; registration_access_token: string };
    const a = await register();
    const b = await register();
    const res = await fetch(a.registration_client_uri, {
      headers: { authorization: `Bearer ${b.registration_access_token}` },
    });
    expect(res.status).toBe(401);
  });

  it("language-tagged URI members and jwks_uri get the URL checks", async () => {
    const server = await start();
    for (const extra of [
      { "tos_uri#fr": "javascript:alert(1)" },
      { "logo_uri#ja": "data:image/svg+xml,<svg onload=alert(1)>" },
      { jwks_uri: "javascript:alert(1)" },
    ]) {
      const res = await fetch(`${server.url}/oauth/register`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ redirect_uris: ["https://app.example.test/cb"], ...extra }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBe("invalid_client_metadata");
    }
  });

  it("malformed percent-encoding in a path is a 400, not a 500", async () => {
    const server = await start();
    for (const path of ["/oauth/register/%ZZ", "/scim/v2/Users/%E0%A4%A", "/__mock/accounts/%C3"]) {
      const res = await fetch(`${server.url}${path}`, {
        headers: {
          authorization: `Bearer ${SCIM_DEV_TOKEN}`,
          "x-mock-admin-token": server.adminToken,
        },
      });
      expect(res.status, path).toBe(400);
    }
  });

  it("the captcha accepts only tokens it issued, once", async () => {
    const server = await start({ config: { preset: "captcha" } });
    const madeUp = await signup(server, {
      ...ada,
      captchaToken: "10000000-aaaa-bbbb-cccc-0123456789ab",
    });
    expect(madeUp.status).toBe(400);
    const script = await (await fetch(`${server.url}/__mock/hcaptcha/api.js`)).text();
    // The script's load carries an issued seed; its widget makes tokens from it.
    const seed = /var SEED = "([0-9a-f]{8})"/.exec(script)?.[1];
    expect(seed).toBeDefined();
    const issued = `10000000-aaaa-bbbb-cccc-${seed ?? ""}0001`;
    expect((await signup(server, { ...ada, captchaToken: issued })).status).toBe(200);
    const reused = await signup(server, { ...ada, email: "b@example.com", captchaToken: issued });
    expect(reused.status).toBe(400);
  });

  it("a data file with malformed entries is refused on load with a clear message", async () => {
    for (const [name, snapshot] of [
      ["bad-account.json", { version: 1, accounts: [{ id: 5 }], consents: [] }],
      ["bad-consent.json", { version: 1, accounts: [], consents: [null] }],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(snapshot));
      await expect(startMockServer({ port: 0, dataFile: file })).rejects.toThrow(
        new RegExp(`${name}.*not a valid signup-kit mock data file`),
      );
    }
  });

  it("enumeration-safe: a duplicate's href answers exactly like a real account's", async () => {
    const server = await start({ config: { style: "modern", enumerationSafe: true } });
    const first = await signup(server, ada);
    const again = await signup(server, ada);
    expect([first.status, again.status]).toEqual([201, 201]);
    const real = await admin(server, new URL(String(first.headers.get("location"))).pathname);
    const made = await admin(server, new URL(String(again.headers.get("location"))).pathname);
    expect(made.status).toBe(real.status);
    const shape = (body: unknown): string[] =>
      Object.keys((body as { account: Record<string, unknown> }).account).sort();
    expect(shape(await made.json())).toEqual(shape(await real.json()));
  });

  it("HTML answers carry nosniff, a CSP and frame-ancestors", async () => {
    const server = await start();
    const res = await fetch(`${server.url}/register`, { headers: { accept: "text/html" } });
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
  });

  it("an oversized body gets its 413 at the limit, without the rest being read", async () => {
    const server = await start();
    const answer = (head: string, body: string): Promise<string> =>
      new Promise((resolve, reject) => {
        const socket = connect(server.port, "127.0.0.1");
        let text = "";
        const timer = setTimeout(() => {
          socket.destroy();
          resolve(text);
        }, 5000);
        socket.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes("\r\n\r\n")) {
            clearTimeout(timer);
            socket.destroy();
            resolve(text);
          }
        });
        socket.on("error", reject);
        // The rest of the body is never sent: the server must answer anyway.
        socket.write(head + body);
      });
    const chunk = "x".repeat(80_000);
    const chunked = await answer(
      "POST /register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
      `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413/);
    const declared = await answer(
      "POST /scim/v2/Users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n",
      "{",
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413/);
  }, 30_000);
});
