import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockBackend, type MockBackend } from "../core/backend";
import type { MockConfig } from "../core/config";
import { auditFileFor, createAuditFileSink, createFileStore } from "./file-store";
import { createOutboxDirSink, outboxDirFor } from "./outbox";
import { createScryptHasher } from "./scrypt";

/** Options of {@link startMockServer}. */
export interface StartMockServerOptions {
  /** Defaults to 4010; 0 picks a free port. */
  port?: number;
  /** Defaults to `127.0.0.1`. */
  host?: string;
  /** Configuration (may name a preset). Defaults to the Stormpath default form. */
  config?: MockConfig;
  /** JSON file the accounts and consent records are saved to; the audit log goes beside it. Defaults to none (memory only). */
  dataFile?: string;
  /** scrypt cost N. Defaults to 16384. */
  scryptCost?: number;
  /** An existing backend instead of `config`/`dataFile`. */
  backend?: MockBackend;
  /** Called with every answer sent (for recording traffic, as `--record` does). Defaults to none. */
  onExchange?: (exchange: MockExchange) => void;
}

/** One answer of the server, as sent. */
export interface MockExchange {
  method: string;
  /** Path without the query. */
  path: string;
  status: number;
  headers: Record<string, string>;
  /** The body as UTF-8 text ("" for none or HEAD). */
  body: string;
}

/** A running standalone server. */
export interface RunningMockServer {
  /** `http://127.0.0.1:4010` (no trailing slash). */
  url: string;
  port: number;
  host: string;
  backend: MockBackend;
  /** Stops accepting, ends open connections, resolves when closed. */
  close(): Promise<void>;
}

/**
 * What the `network-error` scenario writes before it closes the socket: a head
 * with two different Content-Length values, which no client may use (RFC 9112
 * §6.3). Chromium, Firefox and undici fail the request as a network error.
 */
const UNUSABLE_HEAD = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nContent-Length: 1\r\n\r\n";

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    // Keep one byte past the limit so the backend answers 413; drop the rest.
    if (size <= limit) chunks.push(chunk.subarray(0, limit + 1 - size));
    size += chunk.length;
  }
  return Buffer.concat(chunks);
}

/**
 * Starts the mock as a plain node:http server over the backend (no msw).
 * Rejects if the data file cannot be used.
 *
 * @example
 * ```ts
 * const server = await startMockServer({ port: 0, config: { preset: "captcha" } });
 * await fetch(`${server.url}/register`, { headers: { accept: "application/json" } });
 * await server.close();
 * ```
 */
export async function startMockServer(
  options: StartMockServerOptions = {},
): Promise<RunningMockServer> {
  const backend =
    options.backend ??
    createMockBackend(options.config, {
      hasher: createScryptHasher(options.scryptCost),
      ...(options.dataFile
        ? {
            persistence: createFileStore(options.dataFile),
            onAudit: createAuditFileSink(auditFileFor(options.dataFile)),
            onEmail: createOutboxDirSink(outboxDirFor(options.dataFile)),
          }
        : {}),
    });
  await backend.ready;
  const host = options.host ?? "127.0.0.1";

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = `http://${req.headers.host ?? `${host}:${String(port)}`}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    const method = req.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    const body = hasBody ? await readBody(req, backend.config.maxBodyBytes) : undefined;
    const request = new Request(new URL(req.url ?? "/", origin), {
      method,
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    const response =
      (await backend.respond(request)) ??
      new Response(JSON.stringify({ status: 404, message: "Not found." }), {
        status: 404,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    if (response.type === "error" || response.status === 0) {
      // The `network-error` scenario: the client sees a failed request. Not a bare
      // close: Chromium silently resends a request (even a POST) whose reused
      // keep-alive connection closes before a response head arrives, and a POST
      // must reach the server exactly once. Not a partial or garbage head either:
      // Chromium reads `HTTP/1.1 ` or `NOT-HTTP` as a 200 with no body. A head no
      // client may use fails the request once, everywhere (see UNUSABLE_HEAD).
      req.socket.end(UNUSABLE_HEAD);
      req.socket.destroySoon();
      return;
    }
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") out[name] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) out["set-cookie"] = cookies;
    const payload = method === "HEAD" ? undefined : Buffer.from(await response.arrayBuffer());
    if (options.onExchange) {
      const sent: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        sent[name] = value;
      });
      options.onExchange({
        method,
        path: request.url ? new URL(request.url).pathname : "/",
        status: response.status,
        headers: sent,
        body: payload ? payload.toString("utf8") : "",
      });
    }
    res.writeHead(response.status, out);
    res.end(payload);
  };

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent)
        res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ status: 500, message: "The mock server failed on this request." }));
    });
  });
  server.keepAliveTimeout = 5_000;
  let port = options.port ?? 4010;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
