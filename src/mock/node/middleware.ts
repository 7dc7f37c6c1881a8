// The node `(req, res, next)` host of the mock's fetch handler: converts a
// node request into a fetch `Request` (reading at most the body limit) and
// writes the `Response` back. Express and Connect mount it as middleware; the
// standalone server uses the same two conversions.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HandleContext, MockBackend } from "../core/backend";

/**
 * What the `network-error` scenario writes before it closes the socket: a head
 * with two different Content-Length values, which no client may use (RFC 9112
 * §6.3). Chromium, Firefox and undici fail the request as a network error.
 */
const UNUSABLE_HEAD = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nContent-Length: 1\r\n\r\n";

/**
 * Reads a body up to one byte past `limit` and stops there: the backend answers
 * 413 and the connection is closed without reading the rest.
 */
function readBody(req: IncomingMessage, limit: number): Promise<{ body: Buffer; over: boolean }> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.resolve({ body: Buffer.alloc(0), over: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (over: boolean): void => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      if (over) req.pause();
      resolve({ body: Buffer.concat(chunks), over });
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk.subarray(0, limit + 1 - size));
      size += chunk.length;
      if (size > limit) done(true);
    };
    const onEnd = (): void => done(false);
    const onError = (error: Error): void => reject(error);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

/**
 * A fetch `Request` for a node request: the URL on `origin` (never from the
 * Host header), the headers as sent, and the body read up to `limit` bytes
 * (`over`: it was longer, and reading stopped).
 */
export async function toFetchRequest(
  req: IncomingMessage & { originalUrl?: string },
  origin: string,
  limit: number,
): Promise<{ request: Request; over: boolean }> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = req.method ?? "GET";
  const read = method !== "GET" && method !== "HEAD" ? await readBody(req, limit) : undefined;
  // Express strips its mount path from `url`; `originalUrl` keeps it.
  const request = new Request(new URL(req.originalUrl ?? req.url ?? "/", origin), {
    method,
    headers,
    ...(read ? { body: new Uint8Array(read.body) } : {}),
  });
  return { request, over: read?.over ?? false };
}

/**
 * Writes a fetch `Response` to a node response (cookies one by one, no body
 * for HEAD). `Response.error()`, the `network-error` scenario, becomes a head
 * no client may use, so the request fails once, as a dropped connection.
 * Resolves with the body sent.
 */
export async function writeFetchResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
): Promise<Buffer | undefined> {
  if (response.type === "error" || response.status === 0) {
    // Not a bare close: Chromium silently resends a request (even a POST) whose
    // reused keep-alive connection closes before a response head arrives, and a
    // POST must reach the server exactly once. Not a partial or garbage head
    // either: Chromium reads `HTTP/1.1 ` or `NOT-HTTP` as a 200 with no body.
    req.socket.end(UNUSABLE_HEAD);
    req.socket.destroySoon();
    return undefined;
  }
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") out[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) out["set-cookie"] = cookies;
  const payload = req.method === "HEAD" ? undefined : Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, out);
  res.end(payload);
  return payload;
}

/** Options of {@link createMockMiddleware}. */
export interface MockMiddlewareOptions {
  /** Path prefix the mock's routes live under (`/api/mock`). Defaults to `""`. */
  basePath?: string;
  /**
   * The origin links are built from (account `href`s, `Location`, verification
   * links). Defaults to the address the request arrived on (`http://127.0.0.1:3000`);
   * never taken from the Host header.
   */
  origin?: string;
  /** More per-request facts (admin token, same-site guard); `basePath` and the client address are filled in. */
  context?: Omit<HandleContext, "basePath">;
}

/** A Connect/Express middleware; a plain `(req, res)` listener when called without `next`. */
export type MockMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * The mock as node middleware, for Express, Connect or a bare `node:http`
 * server. Requests outside the mock's routes go to `next` (or get a JSON 404
 * without one). Mount it before any body parser: it reads the body itself,
 * with the mock's size limit.
 *
 * @example
 * ```ts
 * import express from "express";
 * import { createMockBackend } from "signup-kit/mock";
 * import { createMockMiddleware } from "signup-kit/mock/node";
 *
 * const app = express();
 * app.use(createMockMiddleware(createMockBackend(), { basePath: "/api/mock" }));
 * app.listen(3000);
 * ```
 */
export function createMockMiddleware(
  backend: MockBackend,
  options: MockMiddlewareOptions = {},
): MockMiddleware {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  return async (req, res, next) => {
    try {
      const local = req.socket.localAddress ?? "127.0.0.1";
      const origin =
        options.origin ??
        `http://${local.includes(":") ? `[${local}]` : local}:${String(req.socket.localPort ?? 80)}`;
      const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? "/";
      // Not one of the mock's routes: the body stays unread for the next handler.
      if (!backend.owns(url, basePath)) {
        if (next) next();
        else notFound(res);
        return;
      }
      const { request, over } = await toFetchRequest(req, origin, backend.config.maxBodyBytes);
      if (over) res.setHeader("connection", "close");
      const response = await backend.respond(request, {
        clientAddress: req.socket.remoteAddress ?? "unknown",
        ...options.context,
        basePath,
      });
      if (!response) notFound(res);
      else await writeFetchResponse(req, res, response);
    } catch (error) {
      if (next) next(error);
      else {
        if (!res.headersSent)
          res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end(
          JSON.stringify({ status: 500, message: "The mock server failed on this request." }),
        );
      }
    }
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ status: 404, message: "Not found." }));
}
