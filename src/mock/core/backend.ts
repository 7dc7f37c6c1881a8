// The mock backend: one `handle(Request) → Response` over one route table.
// This file composes: the state, the route table every feature mounts its
// routes on, CORS and the door checks. The rules live in the features.
import { mountAdmin } from "./admin";
import type { MockConfig, ResolvedConfig } from "./config";
import { relativePath, type HandleContext } from "./http/context";
import { corsHeaders, preflight, withHeaders } from "./http/cors";
import { refuse } from "./http/door";
import { Router } from "./http/router";
import type { AuditEvent, LoggedRequest } from "./logs";
import type { OAuthRegistrar } from "./oauth-registration";
import { buildOpenApiDocument } from "./openapi";
import { mountRegister } from "./register/route";
import { droppedConnection, scenarioMiddleware } from "./scenario-middleware";
import type { ScenarioName, ScenarioOptions } from "./scenarios";
import { ADMIN, BackendState, type MockBackendOptions, type SinkFailure } from "./state";
import type { ConsentRecord, StoredAccount } from "./store";
import type { MockEmail } from "./verification";
import { mountWellKnown } from "./well-known";

export { toResource, type AccountResource } from "./register/resource";
export { negotiate } from "./register/view";
export { parseForm } from "./register/form-post";
export type { MockBackendOptions, SinkFailure } from "./state";
export type { HandleContext } from "./http/context";

/** The longest `x-mock-client-id` honoured; longer values are cut. */
const CLIENT_ID_MAX = 64;

/** The route table for a configuration: every feature mounts its own routes, in this order. */
function buildRouter(state: BackendState): Router {
  const router = new Router();
  const config = state.config;
  mountRegister(router, state);
  // Logins share the POST budget of /register; /me the read budget.
  state.sessions.mount(router, ({ request, client }) =>
    (request.method === "POST" ? state.limiter : state.readLimiter).take(client),
  );
  state.oauth.mount(router, config.style);
  state.verification.mount(router, [scenarioMiddleware(state, "verify")]);
  state.scim.mount(router);
  state.pwned.mount(router, config.style, ({ client }) => state.readLimiter.take(client));
  mountWellKnown(router, config.style, config, () => buildOpenApiDocument(state.config));
  mountAdmin(router, state);
  return router;
}

/**
 * The mock backend. Create it with {@link createMockBackend}; hosts call
 * {@link MockBackend.handle}.
 */
export class MockBackend {
  /** Resolves once saved data is loaded; rejects (and the host must not start) for unreadable data. */
  readonly ready: Promise<void>;
  private readonly state: BackendState;
  private router: Router | undefined;
  private routerFor: ResolvedConfig | undefined;

  constructor(config: MockConfig = {}, options: MockBackendOptions = {}) {
    this.state = new BackendState(config, options);
    this.ready = this.state.store.load();
    // Hosts await `ready`; this keeps an unawaited rejection from crashing the process first.
    this.ready.catch(() => {});
  }

  /** The configuration in force, with defaults filled in. */
  get config(): ResolvedConfig {
    return this.state.config;
  }

  /** Replaces the configuration (the store is kept). */
  configure(config: MockConfig): void {
    this.state.configure(config);
  }

  /** Emails in the development outbox, oldest first. */
  outbox(): MockEmail[] {
    return this.state.verification.outbox();
  }

  /** Forces a scenario for the next `times` requests (0 = until cleared). */
  setScenario(name: ScenarioName, options: ScenarioOptions = {}): void {
    this.state.scenario.set(name, options);
  }

  clearScenario(): void {
    this.state.scenario.clear();
  }

  /** Stored accounts, without password hashes. */
  accounts(): Array<Omit<StoredAccount, "passwordHash">> {
    return this.state.store.listAccounts();
  }

  /** Registered OAuth clients (RFC 7591), without secret digests. */
  oauthClients(): ReturnType<OAuthRegistrar["list"]> {
    return this.state.oauth.list();
  }

  /** Stored consent records. */
  consents(): ConsentRecord[] {
    return this.state.store.listConsents();
  }

  /** Received requests to the registration endpoint, oldest first, secrets redacted. */
  requests(): LoggedRequest[] {
    return this.state.requestLog.list();
  }

  /** Audit events, oldest first. */
  audit(): AuditEvent[] {
    return this.state.auditLog.list();
  }

  /** A fresh single-use captcha token, as the test widget would give. */
  issueCaptchaToken(): string {
    return this.state.captcha.issue();
  }

  /** Clears accounts (and saved data), scenario, limits, logs and tokens; restores the first configuration. */
  reset(): Promise<void> {
    return this.state.reset();
  }

  /**
   * How much the in-memory structures hold (entries, and bytes of logged
   * bodies): each is bounded, so this stays flat under a flood of distinct
   * clients. For benchmarks and the health of long-running servers.
   */
  memoryReport(): Record<string, number> {
    return this.state.memoryReport();
  }

  /** Sinks that failed since start (or the last reset). */
  sinkErrors(): SinkFailure[] {
    return [...this.state.sinkFailures.values()];
  }

  /**
   * Answers every request: the fetch handler to mount in any framework (a
   * Next.js route handler, Hono, `Deno.serve`, a service worker). A path that
   * is not one of the mock's routes gets a JSON 404. The `network-error`
   * scenario, which a framework cannot send as `Response.error()`, is a 502
   * whose body fails after the headers: reading it rejects like a dropped
   * connection, and signup-kit reports it as a network error.
   *
   * @example
   * ```ts
   * // app/api/mock/[...path]/route.ts (Next.js App Router)
   * const backend = createMockBackend();
   * const handle = (request: Request) => backend.handle(request, { basePath: "/api/mock" });
   * export { handle as GET, handle as POST, handle as PUT, handle as DELETE, handle as OPTIONS };
   * ```
   */
  async handle(request: Request, context: HandleContext = {}): Promise<Response> {
    const response = await this.respond(request, context);
    if (!response) {
      return new Response(JSON.stringify({ status: 404, message: "Not found." }), {
        status: 404,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    }
    return response.type === "error" ? droppedConnection() : response;
  }

  /**
   * Answers one request for a host that owns the connection or passes other
   * requests on: `undefined` when the URL is not one of the mock's routes, and
   * `Response.error()` for a dropped connection, which the msw handlers turn
   * into a failed fetch and the node server into an unusable response head.
   */
  async respond(request: Request, context: HandleContext = {}): Promise<Response | undefined> {
    const url = new URL(request.url);
    const basePath = (context.basePath ?? "").replace(/\/+$/, "");
    const path = relativePath(url, basePath);
    const group = path === undefined ? undefined : this.routes().find(path);
    if (!group || path === undefined) return undefined;
    await this.ready;

    const cors = corsHeaders(request, context.sameSiteOnly?.allowedOrigins);
    if (request.method === "OPTIONS") return preflight(request, cors);
    const sent = { ...cors, "x-content-type-options": "nosniff" };
    const refused = await refuse(request, path, group, {
      admin: ADMIN,
      adminToken: context.adminToken ?? this.state.adminToken,
      sameSiteOnly: context.sameSiteOnly,
      formRoutes: [this.state.config.endpoint, `${ADMIN}/hcaptcha/siteverify`],
    });
    if (refused) return withHeaders(refused, sent);
    const header = request.headers.get("x-mock-client-id")?.slice(0, CLIENT_ID_MAX);
    const trustHeader = context.trustClientIdHeader ?? context.clientAddress === undefined;
    const client = (trustHeader ? header : undefined) ?? context.clientAddress ?? "local";
    const base = url.origin + basePath;
    const response = await group.dispatch({ request, url, path, base, client, params: {} });
    return withHeaders(response, sent);
  }

  /**
   * Whether a URL is one of the mock's routes under `basePath`: a host that
   * passes other requests on asks before it reads a body.
   */
  owns(url: string | URL, basePath = ""): boolean {
    const path = relativePath(new URL(url, "http://localhost"), basePath);
    return path !== undefined && this.routes().find(path) !== undefined;
  }

  /** The route table, rebuilt when the configuration changes (paths come from it). */
  private routes(): Router {
    if (!this.router || this.routerFor !== this.state.config) {
      this.router = buildRouter(this.state);
      this.routerFor = this.state.config;
    }
    return this.router;
  }
}

/**
 * Creates the backend. The config can name a preset.
 *
 * @example
 * ```ts
 * const backend = createMockBackend({ preset: "captcha", style: "modern" });
 * const response = await backend.handle(new Request("http://localhost/register", { headers: { accept: "application/json" } }));
 * ```
 */
export function createMockBackend(
  config: MockConfig = {},
  options: MockBackendOptions = {},
): MockBackend {
  return new MockBackend(config, options);
}
