// One fetch handler, many hosts: the node `(req, res, next)` middleware over
// real HTTP (as Express and Connect call it), a Next.js route handler (a
// `(Request) => Response` function) and a Hono app. The msw hosts and the
// CLI's server have their own tests (standalone, cli).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import { createMockBackend } from "../core/backend";
import { createPbkdf2Hasher } from "../core/hasher";
import { createMockMiddleware } from "./middleware";

const backend = () => createMockBackend({ style: "modern" }, { hasher: createPbkdf2Hasher(1000) });
const ada = {
  givenName: "Ada",
  surname: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery staple",
};
const jsonHeaders = { accept: "application/json", "content-type": "application/json" };

let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) {
    running.closeAllConnections();
    await new Promise<void>((resolve) => running.close(() => resolve()));
  }
});

async function listen(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<string> {
  server = createServer(listener);
  const started = server;
  await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
}

/** What the app behind the middleware answers: it echoes the body it could still read. */
function app(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`app: ${req.method ?? ""} ${req.url ?? ""} ${Buffer.concat(chunks).toString()}`);
  });
}

describe("node (req, res, next) middleware (Express, Connect)", () => {
  it("serves the mock's routes under its base path over real HTTP and passes the rest on", async () => {
    const mock = backend();
    const middleware = createMockMiddleware(mock, { basePath: "/api/mock" });
    const url = await listen((req, res) => void middleware(req, res, () => app(req, res)));

    const view = await fetch(`${url}/api/mock/register`, {
      headers: { accept: "application/json" },
    });
    expect(view.status).toBe(200);
    expect(await view.json()).toHaveProperty("form.fields");

    const created = await fetch(`${url}/api/mock/register`, {
      method: "POST",
      headers: jsonHeaders,
      body: JSON.stringify(ada),
    });
    expect(created.status).toBe(201);
    // Links come from the address the request arrived on, with the base path.
    expect(created.headers.get("location")).toMatch(
      new RegExp(`^${url}/api/mock/__mock/accounts/[A-Za-z0-9_-]+$`),
    );
    expect(mock.accounts().map((a) => a.email)).toEqual(["ada@example.com"]);

    // Not the mock's: the app gets the request with its body unread.
    const other = await fetch(`${url}/api/orders`, { method: "POST", body: "order 1" });
    expect(await other.text()).toBe("app: POST /api/orders order 1");
    const below = await fetch(`${url}/api/mock/elsewhere`, { method: "POST", body: "x" });
    expect(await below.text()).toBe("app: POST /api/mock/elsewhere x");
  });

  it("uses Express's originalUrl when mounted on a path, and fails network-error as a dropped connection", async () => {
    const middleware = createMockMiddleware(backend(), { basePath: "/api/mock" });
    // What `app.use("/api/mock", middleware)` does to the request before calling it.
    const url = await listen((req, res) => {
      const mounted = req as IncomingMessage & { originalUrl?: string };
      mounted.originalUrl = req.url;
      req.url = (req.url ?? "/").slice("/api/mock".length) || "/";
      void middleware(req, res, () => app(req, res));
    });
    const view = await fetch(`${url}/api/mock/register`, {
      headers: { accept: "application/json" },
    });
    expect(view.status).toBe(200);
    await expect(
      fetch(`${url}/api/mock/register`, {
        method: "POST",
        headers: { ...jsonHeaders, "x-mock-scenario": "network-error" },
        body: JSON.stringify(ada),
      }),
    ).rejects.toThrow();
  });

  it("answers a JSON 404 as a plain listener (no next)", async () => {
    const url = await listen((req, res) => void createMockMiddleware(backend())(req, res));
    const missing = await fetch(`${url}/elsewhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ status: 404, message: "Not found." });
  });
});

describe("Next.js route handler: (Request) => Response", () => {
  // app/api/mock/[...path]/route.ts exports this function as GET, POST, PUT, DELETE and OPTIONS.
  const mock = backend();
  const handler = (request: Request) => mock.handle(request, { basePath: "/api/mock" });

  it("serves GET and POST, and a JSON 404 for a path that is not the mock's", async () => {
    const view = await handler(
      new Request("http://localhost:3000/api/mock/register", {
        headers: { accept: "application/json" },
      }),
    );
    expect(view.status).toBe(200);
    const created = await handler(
      new Request("http://localhost:3000/api/mock/register", {
        method: "POST",
        headers: jsonHeaders,
        body: JSON.stringify(ada),
      }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toMatch(
      /^http:\/\/localhost:3000\/api\/mock\/__mock\/accounts\//,
    );
    const missing = await handler(new Request("http://localhost:3000/api/mock/nothing-here"));
    expect(missing.status).toBe(404);
    const preflight = await handler(
      new Request("http://localhost:3000/api/mock/register", {
        method: "OPTIONS",
        headers: { origin: "http://localhost:3000", "access-control-request-method": "POST" },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
  });
});

describe("Hono: app.all(path, (c) => backend.handle(c.req.raw))", () => {
  it("answers through app.fetch, leaving the app's other routes alone", async () => {
    const mock = backend();
    const hono = new Hono();
    hono.get("/health", (c) => c.text("app ok"));
    hono.all("/api/mock/*", (c) => mock.handle(c.req.raw, { basePath: "/api/mock" }));

    const view = await hono.fetch(
      new Request("http://localhost:8787/api/mock/register", {
        headers: { accept: "application/json" },
      }),
    );
    expect(view.status).toBe(200);
    expect(await view.json()).toHaveProperty("form.fields");
    const created = await hono.fetch(
      new Request("http://localhost:8787/api/mock/register", {
        method: "POST",
        headers: jsonHeaders,
        body: JSON.stringify(ada),
      }),
    );
    expect(created.status).toBe(201);
    expect(mock.accounts()).toHaveLength(1);
    const own = await hono.fetch(new Request("http://localhost:8787/health"));
    expect(await own.text()).toBe("app ok");
  });
});
