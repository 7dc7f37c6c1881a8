import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockBackend, type MockBackend } from "../core/backend";
import type { MockConfig } from "../core/config";
import { isAllowedHost, isLoopbackHost } from "../core/http-guard";
import {
  auditFileFor,
  checkWritable,
  createAuditFileSink,
  createFileStore,
  lockDataFile,
} from "./file-store";
import { toFetchRequest, writeFetchResponse } from "./middleware";
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
  /**
   * The secret the admin routes (`/__mock/*`) require in `X-Mock-Admin-Token`.
   * Defaults to a random one per process (see `RunningMockServer.adminToken`).
   * Required when `host` is not a loopback address.
   */
  adminToken?: string;
  /**
   * Host names served besides `localhost`, `127.0.0.1`, `[::1]` and the bound
   * address (a leading dot allows subdomains: `.example.test`). Every other
   * Host header is refused with 421, which stops DNS rebinding.
   */
  allowedHosts?: string[];
  /**
   * The origin links are built from (verification links, account `href`s,
   * `Location`). Defaults to the bound address. Never taken from the request.
   */
  publicUrl?: string;
  /** Take the rate-limit identity from `x-mock-client-id` (load tests) instead of the peer address. Defaults to `false`. */
  trustClientIdHeader?: boolean;
  /** Where warnings and sink failures go. Defaults to `process.stderr`. */
  log?: (line: string) => void;
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
  /** The admin token, for `X-Mock-Admin-Token`. */
  adminToken: string;
  /** Stops accepting, ends open connections, resolves when closed. */
  close(): Promise<void>;
}

function json421(res: ServerResponse, host: string | undefined): void {
  res.writeHead(421, {
    "content-type": "application/json; charset=utf-8",
    "x-content-type-options": "nosniff",
    connection: "close",
  });
  res.end(
    JSON.stringify({
      status: 421,
      message: `This mock server does not serve the host "${String(host ?? "").slice(0, 100)}". Allow it with --allowed-host (or allowedHosts) if you mean it.`,
    }),
  );
}

/**
 * Starts the mock as a plain node:http server over the backend (no msw).
 * Rejects if the data file cannot be used, is locked by another server, or
 * its audit log or outbox cannot be written.
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
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  if (!isLoopbackHost(host) && !options.adminToken)
    throw new Error(
      `Binding ${host} exposes the mock to the network. It keeps test accounts, tokens and an open admin API: set an admin token (--admin-token or SIGNUP_KIT_MOCK_ADMIN_TOKEN) if you really mean it.`,
    );
  if (options.adminToken !== undefined && options.adminToken.length < 16)
    throw new Error("The admin token must be at least 16 characters.");
  const adminToken = options.adminToken ?? randomBytes(24).toString("base64url");
  let publicUrl: URL | undefined;
  if (options.publicUrl !== undefined) {
    publicUrl = new URL(options.publicUrl);
    if (publicUrl.protocol !== "http:" && publicUrl.protocol !== "https:")
      throw new Error(`The public URL must be http(s), not ${publicUrl.protocol}`);
  }
  let release: (() => void) | undefined;
  if (options.dataFile && !options.backend) {
    const dataFile = options.dataFile;
    release = await lockDataFile(dataFile);
    try {
      await checkWritable(dataFile, auditFileFor(dataFile), outboxDirFor(dataFile));
    } catch (error) {
      release();
      throw error;
    }
  }
  const backend =
    options.backend ??
    createMockBackend(options.config, {
      hasher: createScryptHasher(options.scryptCost),
      onSinkError: (sink, error) =>
        log(
          `signup-kit-mock: the ${sink} could not be written (${error instanceof Error ? error.message : String(error)}); the request it belongs to was answered as usual. See /__mock/health.`,
        ),
      ...(options.dataFile
        ? {
            persistence: createFileStore(options.dataFile),
            onAudit: createAuditFileSink(auditFileFor(options.dataFile)),
            onEmail: createOutboxDirSink(outboxDirFor(options.dataFile)),
          }
        : {}),
    });
  try {
    await backend.ready;
  } catch (error) {
    release?.();
    throw error;
  }
  if (!isLoopbackHost(host))
    log(
      `signup-kit-mock: WARNING: listening on ${host}, reachable from other machines. This is a development server: never expose it to a network you do not control.`,
    );

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isAllowedHost(req.headers.host, host, options.allowedHosts)) {
      json421(res, req.headers.host);
      return;
    }
    // Links and routes come from configuration or the bound address, never from Host.
    const origin = publicUrl ? publicUrl.origin : `http://${linkHost}:${String(port)}`;
    const { request, over } = await toFetchRequest(req, origin, backend.config.maxBodyBytes);
    // Over the limit: answer (413) and close instead of reading the rest.
    if (over) res.setHeader("connection", "close");
    const ownOrigin = `http://${req.headers.host ?? ""}`;
    if (over && new URL(request.url).pathname !== backend.config.endpoint) {
      res.writeHead(413, {
        "content-type": "application/json; charset=utf-8",
        "x-content-type-options": "nosniff",
        connection: "close",
      });
      res.end(
        JSON.stringify({
          status: 413,
          message: `The request body is larger than ${backend.config.maxBodyBytes} bytes.`,
        }),
      );
      return;
    }
    const context = {
      clientAddress: req.socket.remoteAddress ?? "unknown",
      trustClientIdHeader: options.trustClientIdHeader ?? false,
      adminToken,
      sameSiteOnly: {
        ownOrigin,
        allowedOrigins: [
          ...(publicUrl ? [publicUrl.origin] : []),
          ...(options.allowedHosts ?? [])
            .filter((name) => !name.startsWith("."))
            .flatMap((name) => [`http://${name}:${String(port)}`, `https://${name}`]),
        ],
      },
    };
    const response =
      (await backend.respond(request, context)) ??
      new Response(JSON.stringify({ status: 404, message: "Not found." }), {
        status: 404,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    const payload = await writeFetchResponse(req, res, response);
    // The `network-error` scenario sent no answer to record.
    if (options.onExchange && response.type !== "error" && response.status !== 0) {
      const sent: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        sent[name] = value;
      });
      options.onExchange({
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        headers: sent,
        body: payload ? payload.toString("utf8") : "",
      });
    }
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
  const shownHost = host.includes(":") ? `[${host}]` : host;
  // A wildcard bind has no address to put in links: use loopback (or set publicUrl).
  const linkHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : shownHost;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    release?.();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    backend,
    adminToken,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          release?.();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
