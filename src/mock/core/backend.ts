// The mock backend: one `handle(Request) → Response` over the rules, the store
// and the guards. No HTTP framework; msw handlers and the node server wrap it.
import type { MockConfig, ResolvedConfig } from "./config";
import {
  CaptchaVerifier,
  CsrfTokens,
  DEFAULT_MAX_KEYS,
  RateLimiter,
  evict,
  type RateDecision,
} from "./guards";
import { createPbkdf2Hasher, type PasswordHasher } from "./hasher";
import { hcaptchaScript } from "./hcaptcha-script";
import {
  ADMIN_TOKEN_HEADER,
  crossSiteReason,
  isJsonType,
  isLoopbackOrigin,
  isPublicAdminPath,
  isStateChanging,
  isWellEncodedPath,
  secretEquals,
} from "./http-guard";
import { RequestLog, Ring, redact, type AuditEvent, type LoggedRequest } from "./logs";
import { checkAgeRule } from "./age-rule";
import { OAuthRegistrar, oauthError } from "./oauth-registration";
import { PwnedRange } from "./pwned-range";
import { buildOpenApiDocument } from "./openapi";
import { formFields, resolveConfig } from "./resolve";
import {
  escapeHtml,
  html,
  json,
  plainError,
  renderIssues,
  stormpathError,
  type Issue,
} from "./responses";
import {
  SCENARIOS,
  SCENARIO_ENDPOINTS,
  ScenarioControl,
  isScenarioName,
  scenarioAppliesTo,
  scenarioEffect,
  type ScenarioEndpoint,
  type ScenarioName,
  type ScenarioOptions,
  type ScenarioTarget,
} from "./scenarios";
import {
  AccountStore,
  type ConsentRecord,
  type PersistenceAdapter,
  type StoredAccount,
} from "./store";
import { validateBody, type RegistrationInput } from "./validate";
import {
  negotiateStormpath,
  oktaAccountResource,
  parseStormpathForm,
  stormpathDuplicateIssue,
  validateStormpathBody,
} from "./stormpath-rules";
import { StormpathSessions } from "./stormpath-session";
import { ScimFeed, scimError } from "./scim";
import { Verification, outboxResponse, type MockEmail } from "./verification";
import { buildViewModel } from "./view-model";
import { buildWellKnown } from "./well-known";

/** How the backend is built. */
export interface MockBackendOptions {
  /** Defaults to PBKDF2 through WebCrypto; the node host passes scrypt. */
  hasher?: PasswordHasher;
  /** Defaults to none (memory only). */
  persistence?: PersistenceAdapter;
  /** Called with every audit event (the node host appends them to a file). */
  onAudit?: (event: AuditEvent) => void;
  /** Clock in ms. Defaults to `Date.now`. */
  now?: () => number;
  /** Called with every email put in the outbox (the node host writes `.eml` files). */
  onEmail?: (email: MockEmail) => void;
  /**
   * The secret the admin routes (`/__mock/*`, except `/__mock/health` and the
   * hCaptcha test script) require in the `X-Mock-Admin-Token` header. Defaults
   * to none: a backend inside a page (msw worker) or a test process is reached
   * only by that page or process. The standalone server always sets one.
   */
  adminToken?: string;
  /**
   * Called when a sink (audit log, outbox) fails after the request's outcome
   * was decided; the outcome stands. Defaults to `console.error`.
   */
  onSinkError?: (sink: "audit log" | "outbox", error: unknown) => void;
  /** How many keys each keyed guard (rate-limit windows, CSRF and captcha tokens) holds before evicting the oldest. Defaults to 10,000. */
  maxKeys?: number;
}

/** A sink that failed after a commit (shown by `/__mock/health`). */
export interface SinkFailure {
  sink: "audit log" | "outbox";
  count: number;
  lastError: string;
  lastAt: string;
}

/** Per-request facts only the host knows. */
export interface HandleContext {
  /** Path prefix the routes live under (`""` or `/api`). Defaults to `""`. */
  basePath?: string;
  /**
   * The peer's address: the rate-limit identity. When it is given, the
   * `x-mock-client-id` header is ignored unless `trustClientIdHeader` is set.
   */
  clientAddress?: string;
  /** Use the `x-mock-client-id` header (at most 64 characters) as the rate-limit identity. Defaults to `false` when `clientAddress` is given. */
  trustClientIdHeader?: boolean;
  /** Overrides the backend's `adminToken` for this request (the standalone server passes its own). */
  adminToken?: string;
  /**
   * Refuse what a browser on another site could send: state-changing requests
   * whose `Origin` is not a loopback origin, `ownOrigin` or one of
   * `allowedOrigins` (or that say `Sec-Fetch-Site: cross-site`), and
   * POST/PUT/PATCH bodies that are not JSON (the registration form and
   * siteverify excepted). The standalone server turns this on.
   */
  sameSiteOnly?: { ownOrigin: string; allowedOrigins?: readonly string[] };
}

/** The longest `x-mock-client-id` honoured; longer values are cut. */
const CLIENT_ID_MAX = 64;

/** An account's root properties: what a successful POST returns. */
export type AccountResource = Pick<
  StoredAccount,
  | "href"
  | "username"
  | "email"
  | "fullName"
  | "status"
  | "createdAt"
  | "modifiedAt"
  | "emailVerificationStatus"
> & { givenName?: string; middleName?: string; surname?: string };

const ADMIN = "/__mock";
const EXPOSED_HEADERS =
  "Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-CSRF-Token, X-Mock-Scenario, WWW-Authenticate";

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
    b.toString(36).padStart(2, "0"),
  )
    .join("")
    .slice(0, 22);
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  if (response.type === "error") return response;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Root properties only: the password hash and custom data never leave. */
export function toResource(account: StoredAccount): AccountResource {
  const out: AccountResource = {
    href: account.href,
    username: account.username,
    email: account.email,
    fullName: account.fullName,
    status: account.status,
    createdAt: account.createdAt,
    modifiedAt: account.modifiedAt,
    emailVerificationStatus: account.emailVerificationStatus,
  };
  if (account.givenName !== null) out.givenName = account.givenName;
  if (account.middleName !== null) out.middleName = account.middleName;
  if (account.surname !== null) out.surname = account.surname;
  return out;
}

/** Which representation the Accept header asks for. */
export function negotiate(accept: string | null): "json" | "html" | "none" {
  if (!accept || accept.trim() === "") return "json";
  const types = accept.split(",").map((part) => {
    const [type = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
  });
  const has = (type: string): boolean => types.some((t) => t.type === type && t.q > 0);
  if (has("application/json")) return "json";
  if (has("text/html")) return "html";
  if (has("*/*") || has("application/*")) return "json";
  return "none";
}

/**
 * The mock backend. Create it with {@link createMockBackend}; hosts call
 * {@link MockBackend.handle}.
 */
export class MockBackend {
  /** Resolves once saved data is loaded; rejects (and the host must not start) for unreadable data. */
  readonly ready: Promise<void>;
  private initial: MockConfig;
  private resolved: ResolvedConfig;
  private readonly store: AccountStore;
  private readonly hasher: PasswordHasher;
  private readonly now: () => number;
  private readonly onAudit: ((event: AuditEvent) => void) | undefined;
  private limiter: RateLimiter;
  private readLimiter: RateLimiter;
  private readonly captcha: CaptchaVerifier;
  private readonly csrf: CsrfTokens;
  private readonly scenario = new ScenarioControl();
  /** OAuth client registration (RFC 7591/7592): its own module, same store. */
  private readonly oauth: OAuthRegistrar;
  /** Email verification and the SCIM feed: their own modules, same store. */
  private readonly verification: Verification;
  private readonly scim: ScimFeed;
  /** Breached-password range endpoint and POST check: its own module. */
  private readonly pwned = new PwnedRange(() => this.resolved);
  /** The stormpath style's development login session (`/login`, `/me`, `/logout`). */
  private readonly sessions: StormpathSessions;
  private readonly auditLog = new Ring<AuditEvent>(1000);
  private readonly requestLog = new RequestLog();
  private readonly startedAt: number;
  private readonly adminToken: string | undefined;
  private readonly maxKeys: number;
  /** What enumeration-safe duplicates were answered with, so their `href`s answer like real ones. */
  private readonly decoys = new Map<string, AccountResource>();
  private readonly onSinkError: (sink: SinkFailure["sink"], error: unknown) => void;
  private readonly sinkFailures = new Map<SinkFailure["sink"], SinkFailure>();

  constructor(config: MockConfig = {}, options: MockBackendOptions = {}) {
    this.initial = config;
    this.resolved = resolveConfig(config);
    this.now = options.now ?? Date.now;
    this.hasher = options.hasher ?? createPbkdf2Hasher();
    this.onAudit = options.onAudit;
    this.adminToken = options.adminToken;
    this.onSinkError =
      options.onSinkError ??
      ((sink, error) => console.error(`signup-kit mock: the ${sink} failed:`, error));
    this.store = new AccountStore(options.persistence);
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.limiter = new RateLimiter(this.resolved.rateLimit, this.now, this.maxKeys);
    this.readLimiter = new RateLimiter(readLimit(this.resolved), this.now, this.maxKeys);
    this.captcha = new CaptchaVerifier(
      () => this.resolved.captcha.reusableTestToken,
      this.now,
      this.maxKeys,
    );
    this.csrf = new CsrfTokens(this.now, undefined, this.maxKeys);
    this.startedAt = this.now();
    this.oauth = new OAuthRegistrar({
      store: this.store,
      config: () => this.resolved,
      now: this.now,
      record: (event) => this.record(event),
    });
    const deps = {
      store: this.store,
      config: () => this.resolved,
      now: this.now,
      record: (event: Omit<AuditEvent, "time">) => this.record(event),
    };
    const onEmail = options.onEmail;
    this.verification = new Verification({
      ...deps,
      onEmail: onEmail
        ? (email) => {
            try {
              onEmail(email);
            } catch (error) {
              this.sinkFailed("outbox", error);
            }
          }
        : undefined,
    });
    this.scim = new ScimFeed({
      ...deps,
      hasher: this.hasher,
      accountHref: (base, id) => `${base}${ADMIN}/accounts/${id}`,
    });
    this.sessions = new StormpathSessions({
      ...deps,
      hasher: this.hasher,
      resource: (account, base) => this.accountResource(account, base),
    });
    this.ready = this.store.load();
    // Hosts await `ready`; this keeps an unawaited rejection from crashing the process first.
    this.ready.catch(() => {});
  }

  /** The configuration in force, with defaults filled in. */
  get config(): ResolvedConfig {
    return this.resolved;
  }

  /** Replaces the configuration (the store is kept). */
  configure(config: MockConfig): void {
    this.resolved = resolveConfig(config);
    this.limiter = new RateLimiter(this.resolved.rateLimit, this.now, this.maxKeys);
    this.readLimiter = new RateLimiter(readLimit(this.resolved), this.now, this.maxKeys);
    this.verification.reconfigure();
    this.scim.reconfigure();
    this.pwned.reset();
  }

  /** Emails in the development outbox, oldest first. */
  outbox(): MockEmail[] {
    return this.verification.outbox();
  }

  /** Forces a scenario for the next `times` requests (0 = until cleared). */
  setScenario(name: ScenarioName, options: ScenarioOptions = {}): void {
    this.scenario.set(name, options);
  }

  clearScenario(): void {
    this.scenario.clear();
  }

  /** Stored accounts, without password hashes. */
  accounts(): Array<Omit<StoredAccount, "passwordHash">> {
    return this.store.listAccounts();
  }

  /** Registered OAuth clients (RFC 7591), without secret digests. */
  oauthClients(): ReturnType<OAuthRegistrar["list"]> {
    return this.oauth.list();
  }

  /** Stored consent records. */
  consents(): ConsentRecord[] {
    return this.store.listConsents();
  }

  /** Received requests to the registration endpoint, oldest first, secrets redacted. */
  requests(): LoggedRequest[] {
    return this.requestLog.list();
  }

  /** Audit events, oldest first. */
  audit(): AuditEvent[] {
    return this.auditLog.list();
  }

  /** A fresh single-use captcha token, as the test widget would give. */
  issueCaptchaToken(): string {
    return this.captcha.issue();
  }

  /** Clears accounts (and saved data), scenario, limits, logs and tokens; restores the first configuration. */
  async reset(): Promise<void> {
    this.configure(this.initial);
    this.scenario.clear();
    this.oauth.reset();
    this.verification.clear();
    this.captcha.clear();
    this.csrf.clear();
    this.sessions.clear();
    this.limiter.clear();
    this.readLimiter.clear();
    this.auditLog.clear();
    this.requestLog.clear();
    this.sinkFailures.clear();
    this.decoys.clear();
    await this.store.clear();
  }

  private record(event: Omit<AuditEvent, "time">): void {
    const full: AuditEvent = { time: new Date(this.now()).toISOString(), ...event };
    this.auditLog.push(full);
    try {
      this.onAudit?.(full);
    } catch (error) {
      this.sinkFailed("audit log", error);
    }
  }

  /** A sink failed after the outcome was decided: report it, never change the answer. */
  private sinkFailed(sink: SinkFailure["sink"], error: unknown): void {
    const known = this.sinkFailures.get(sink);
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    this.sinkFailures.set(sink, {
      sink,
      count: (known?.count ?? 0) + 1,
      lastError,
      lastAt: new Date(this.now()).toISOString(),
    });
    try {
      this.onSinkError(sink, error);
    } catch {
      // Reporting must not fail the request either.
    }
  }

  /**
   * How much the in-memory structures hold (entries, and bytes of logged
   * bodies): each is bounded, so this stays flat under a flood of distinct
   * clients. For benchmarks and the health of long-running servers.
   */
  memoryReport(): Record<string, number> {
    const log = this.requestLog.size;
    return {
      accounts: this.store.size,
      requestLogEntries: log.entries,
      requestLogBodyBytes: log.bodyBytes,
      auditLogEntries: this.auditLog.list().length,
      outboxEmails: this.verification.outbox().length,
      rateLimitKeys: this.limiter.size,
      readRateLimitKeys: this.readLimiter.size,
      csrfTokens: this.csrf.size,
      usedCaptchaTokens: this.captcha.size,
      enumerationDecoys: this.decoys.size,
    };
  }

  /** Sinks that failed since start (or the last reset). */
  sinkErrors(): SinkFailure[] {
    return [...this.sinkFailures.values()];
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
    if (response.type !== "error") return response;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      // One byte so the host sends the head, then the failure (an error
      // before the first chunk would let the host answer 500 instead).
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(new Uint8Array([32]));
        else controller.error(new Error("The mock dropped the connection (network-error)."));
      },
    });
    return new Response(body, {
      status: 502,
      headers: { "content-type": "application/json", "x-mock-scenario": "network-error" },
    });
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
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(basePath + "/"))
      return undefined;
    const path = url.pathname.slice(basePath.length) || "/";
    if (!this.isRoute(path)) return undefined;
    await this.ready;

    const origin = request.headers.get("origin");
    const cors: Record<string, string> =
      origin && (isLoopbackOrigin(origin) || context.sameSiteOnly?.allowedOrigins?.includes(origin))
        ? {
            "access-control-allow-origin": origin,
            "access-control-allow-credentials": "true",
            "access-control-expose-headers": EXPOSED_HEADERS,
            vary: "Origin",
          }
        : {};
    if (request.method === "OPTIONS") {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
          "access-control-allow-headers":
            request.headers.get("access-control-request-headers") ??
            "content-type, accept, x-mock-scenario",
          "access-control-max-age": "600",
        },
      });
    }
    const refused = await this.refuse(request, path, context);
    if (refused) return withHeaders(refused, { ...cors, "x-content-type-options": "nosniff" });
    const header = request.headers.get("x-mock-client-id")?.slice(0, CLIENT_ID_MAX);
    const trustHeader = context.trustClientIdHeader ?? context.clientAddress === undefined;
    const client = (trustHeader ? header : undefined) ?? context.clientAddress ?? "local";
    const response = await this.route(request, url, path, basePath, client);
    return withHeaders(response, { ...cors, "x-content-type-options": "nosniff" });
  }

  /**
   * The door checks, before any route runs: a well-formed path, the admin
   * token, and (when the host asks) nothing a page on another site could send.
   */
  private async refuse(
    request: Request,
    path: string,
    context: HandleContext,
  ): Promise<Response | undefined> {
    // Each refusal speaks the dialect of the route it stops.
    const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
      this.scim.isRoute(path)
        ? scimError(status, message, undefined, headers)
        : this.oauth.owns(path) && !path.startsWith(ADMIN + "/")
          ? oauthError(
              status,
              status === 401 ? "invalid_token" : "invalid_request",
              message,
              headers,
            )
          : plainError(this.resolved.style, status, message, headers);
    if (!isWellEncodedPath(path)) return refusal(400, "The path holds malformed percent-encoding.");
    const method = request.method;
    const guard = context.sameSiteOnly;
    if (guard && isStateChanging(method)) {
      const why = crossSiteReason(request, guard.ownOrigin, guard.allowedOrigins);
      if (why)
        return refusal(
          403,
          `Cross-site request refused: ${why}. The mock accepts changes only from loopback pages and its configured origins.`,
        );
    }
    const isAdmin = path === ADMIN || path.startsWith(ADMIN + "/");
    const token = context.adminToken ?? this.adminToken;
    if (isAdmin && token !== undefined && !isPublicAdminPath(path)) {
      const sent = request.headers.get(ADMIN_TOKEN_HEADER);
      if (sent === null || !(await secretEquals(sent, token)))
        return refusal(
          401,
          `The admin routes need the admin token: send it in the ${ADMIN_TOKEN_HEADER} header (the server prints it at start-up; set it with --admin-token or SIGNUP_KIT_MOCK_ADMIN_TOKEN).`,
          { "www-authenticate": 'MockAdminToken realm="signup-kit mock admin"' },
        );
    }
    const formRoute = path === this.resolved.endpoint || path === `${ADMIN}/hcaptcha/siteverify`;
    if (
      guard &&
      (method === "POST" || method === "PUT" || method === "PATCH") &&
      !formRoute &&
      !isJsonType(request.headers.get("content-type"))
    ) {
      return refusal(
        415,
        "Send this request with Content-Type: application/json (a browser cannot send that cross-site without asking first).",
        { "accept-post": "application/json" },
      );
    }
    return undefined;
  }

  private isRoute(path: string): boolean {
    return (
      path === this.resolved.endpoint ||
      path === "/openapi.json" ||
      path.startsWith("/.well-known/") ||
      this.oauth.owns(path) ||
      this.verification.isRoute(path) ||
      this.scim.isRoute(path) ||
      this.isRangeRoute(path) ||
      this.sessions.isRoute(path) ||
      path === ADMIN ||
      path.startsWith(ADMIN + "/")
    );
  }

  private isRangeRoute(path: string): boolean {
    const screening = this.resolved.passwordScreening;
    return screening.enabled && path.startsWith(screening.path + "/");
  }

  private async route(
    request: Request,
    url: URL,
    path: string,
    basePath: string,
    client: string,
  ): Promise<Response> {
    const style = this.resolved.style;
    const method = request.method;
    const base = url.origin + basePath;
    const only = (...methods: string[]): Response | undefined =>
      methods.includes(method)
        ? undefined
        : plainError(style, 405, `${method} is not allowed here.`, { allow: methods.join(", ") });

    if (path === this.resolved.endpoint) {
      if (!["GET", "HEAD", "POST"].includes(method))
        return errorFor(style, 405, `${method} is not allowed here.`, { allow: "GET, HEAD, POST" });
      return this.register(request, url, base, client);
    }
    if (this.sessions.isRoute(path)) {
      // Logins share the POST budget of /register; /me the read budget.
      const decision = (method === "POST" ? this.limiter : this.readLimiter).take(client);
      const headers = rateLimitHeaders(decision);
      if (decision && !decision.allowed) {
        return stormpathError(
          429,
          `Too many attempts. Try again in ${decision.resetSeconds} seconds.`,
          {
            ...headers,
            "retry-after": String(decision.resetSeconds),
          },
        );
      }
      return withHeaders(await this.sessions.handle(request, url, path, base), headers);
    }
    if (this.oauth.owns(path)) return this.oauth.handle(request, url, path, base, client);
    if (this.verification.isRoute(path)) {
      return this.withScenario(request, url, "verify", () =>
        this.verification.handle(request, url, base, client),
      );
    }
    if (this.scim.isRoute(path)) return this.scim.handle(request, url, path, base, client);
    if (this.isRangeRoute(path)) {
      // Rate limited like the other reads, so the list cannot be scraped quickly.
      const decision = this.readLimiter.take(client);
      return this.pwned.handle(
        request,
        path.slice(this.resolved.passwordScreening.path.length + 1),
        rateLimitHeaders(decision),
        decision && !decision.allowed ? decision.resetSeconds : 0,
      );
    }
    if (path === "/openapi.json")
      return only("GET", "HEAD") ?? json(buildOpenApiDocument(this.resolved));
    if (
      path === "/.well-known/oauth-authorization-server" ||
      path === "/.well-known/openid-configuration"
    ) {
      return only("GET", "HEAD") ?? json(buildWellKnown(base, this.resolved));
    }
    if (path.startsWith("/.well-known/")) return plainError(style, 404, "Not found.");
    return this.admin(request, url, path.slice(ADMIN.length) || "/", base, only);
  }

  private async admin(
    request: Request,
    url: URL,
    path: string,
    base: string,
    only: (...methods: string[]) => Response | undefined,
  ): Promise<Response> {
    const style = this.resolved.style;
    switch (path) {
      case "/health":
        return (
          only("GET", "HEAD") ??
          json({
            status: this.sinkFailures.size > 0 ? "degraded" : "ok",
            ...(this.sinkFailures.size > 0 ? { sinkFailures: this.sinkErrors() } : {}),
            accounts: this.store.size,
            style,
            endpoint: this.resolved.endpoint,
            uptimeSeconds: Math.round((this.now() - this.startedAt) / 1000),
          })
        );
      case "/scenario": {
        const wrong = only("GET", "POST", "DELETE");
        if (wrong) return wrong;
        if (method(request) === "DELETE") {
          this.scenario.clear();
          return json({ active: null });
        }
        if (method(request) === "POST") {
          const body = await readJson(request);
          if (!body || typeof body !== "object")
            return plainError(style, 400, 'Send a JSON object: { "name": … }.');
          const b = body as Record<string, unknown>;
          if (b.name === null || b.name === "none") {
            this.scenario.clear();
            return json({ active: null });
          }
          if (!isScenarioName(b.name)) {
            return plainError(
              style,
              400,
              `Unknown scenario. Known: ${SCENARIOS.map((s) => s.name).join(", ")}.`,
            );
          }
          const options: ScenarioOptions = {};
          if (typeof b.times === "number") options.times = b.times;
          if (b.target === "GET" || b.target === "POST" || b.target === "any")
            options.target = b.target as ScenarioTarget;
          if (b.endpoint !== undefined) {
            const endpoint = SCENARIO_ENDPOINTS.find((e) => e === b.endpoint);
            if (!endpoint)
              return plainError(
                style,
                400,
                `Unknown endpoint. Known: ${SCENARIO_ENDPOINTS.join(", ")}.`,
              );
            if (!scenarioAppliesTo(b.name, endpoint))
              return plainError(
                style,
                400,
                `${b.name} does not apply to ${endpoint}. It takes: ${SCENARIOS.filter((s) =>
                  scenarioAppliesTo(s.name, endpoint),
                )
                  .map((s) => s.name)
                  .join(", ")}.`,
              );
            options.endpoint = endpoint;
          }
          if (typeof b.delayMs === "number") options.delayMs = b.delayMs;
          if (typeof b.retryAfter === "number") options.retryAfter = b.retryAfter;
          this.scenario.set(b.name, options);
        }
        return json({ active: this.scenario.describe(), available: SCENARIOS });
      }
      case "/accounts":
        return only("GET", "HEAD") ?? json({ accounts: this.store.listAccounts() });
      case "/consents":
        return only("GET", "HEAD") ?? json({ consents: this.store.listConsents() });
      case "/requests": {
        const wrong = only("GET", "HEAD", "DELETE");
        if (wrong) return wrong;
        if (method(request) === "DELETE") this.requestLog.clear();
        const wanted = url.searchParams.get("method")?.toUpperCase();
        const list = this.requestLog.list().filter((r) => !wanted || r.method === wanted);
        return json({ requests: list });
      }
      case "/audit":
        return only("GET", "HEAD") ?? json({ events: this.auditLog.list() });
      case "/reset": {
        const wrong = only("POST");
        if (wrong) return wrong;
        await this.reset();
        return json({ ok: true });
      }
      case "/config": {
        const wrong = only("GET", "POST");
        if (wrong) return wrong;
        if (method(request) === "POST") {
          const body = await readJson(request);
          if (!body || typeof body !== "object" || Array.isArray(body)) {
            return plainError(style, 400, "Send a JSON configuration object.");
          }
          try {
            this.configure(body as MockConfig);
          } catch (error) {
            return plainError(style, 400, error instanceof Error ? error.message : String(error));
          }
        }
        return json({ config: this.resolved });
      }
      case "/csrf":
        return only("GET") ?? json({ csrfToken: this.csrf.issue() });
      case "/captcha-token":
        return only("GET", "POST") ?? json({ token: this.captcha.issue() });
      case "/hcaptcha/api.js":
      case "/hcaptcha/1/api.js":
      case "/hcaptcha/1/secure-api.js":
        return (
          only("GET", "HEAD") ??
          new Response(
            hcaptchaScript({
              siteKey: this.resolved.captcha.siteKey,
              // Each load gets its own issued seed: siteverify accepts only its tokens.
              seed: this.captcha.issueSeed(),
            }),
            {
              headers: {
                "content-type": "text/javascript; charset=utf-8",
                "cache-control": "no-store",
                // The wrapper loads the script with crossorigin="anonymous".
                "access-control-allow-origin": "*",
                "cross-origin-resource-policy": "cross-origin",
              },
            },
          )
        );
      case "/hcaptcha/siteverify": {
        const wrong = only("POST");
        if (wrong) return wrong;
        const form = new URLSearchParams(await request.text());
        if (!form.get("secret"))
          return json({ success: false, "error-codes": ["missing-input-secret"] });
        const result = this.captcha.verify(form.get("response") ?? undefined);
        return json(
          result.ok
            ? {
                success: true,
                challenge_ts: new Date(this.now()).toISOString(),
                hostname: url.hostname,
              }
            : { success: false, "error-codes": [result.code] },
        );
      }
      case "/outbox":
      case "/outbox/latest":
        return outboxResponse(this.verification, request, url, path.slice("/outbox".length), style);
      default: {
        const match = /^\/accounts\/([A-Za-z0-9_-]+)$/.exec(path);
        const account = match?.[1] ? this.store.getAccount(match[1]) : undefined;
        if (account) return only("GET", "HEAD") ?? json({ account: toResource(account) });
        const decoy = match?.[1] ? this.decoys.get(match[1]) : undefined;
        if (decoy) return only("GET", "HEAD") ?? json({ account: decoy });
        return plainError(style, 404, "Not found.");
      }
    }
  }

  /**
   * The scenario for this request to `endpoint`: header, then query, then the
   * admin-forced one. A scenario that means nothing there (`error-oauth` on
   * `/verify`) is ignored.
   */
  private pickScenario(
    request: Request,
    url: URL,
    endpoint: ScenarioEndpoint = "register",
  ): { name: ScenarioName; options: ScenarioOptions } | undefined {
    const named = request.headers.get("x-mock-scenario") ?? url.searchParams.get("scenario");
    if (named && isScenarioName(named) && scenarioAppliesTo(named, endpoint)) {
      const options: ScenarioOptions = {};
      const delayMs = Number(
        url.searchParams.get("delayMs") ?? request.headers.get("x-mock-delay-ms") ?? NaN,
      );
      if (Number.isFinite(delayMs)) options.delayMs = delayMs;
      const retryAfter = Number(url.searchParams.get("retryAfter") ?? NaN);
      if (Number.isFinite(retryAfter)) options.retryAfter = retryAfter;
      return { name: named, options };
    }
    return this.scenario.take(request.method === "HEAD" ? "GET" : request.method, endpoint);
  }

  /** Applies the scenario for this request to `endpoint`, else (or after `slow`) answers. */
  private async withScenario(
    request: Request,
    url: URL,
    endpoint: ScenarioEndpoint,
    answer: () => Promise<Response>,
  ): Promise<Response> {
    const forced = this.pickScenario(request, url, endpoint);
    if (!forced) return answer();
    const effect = scenarioEffect(forced.name, forced.options);
    if (effect.kind === "drop") return Response.error();
    if (effect.kind === "respond")
      return withHeaders(effect.response, { "x-mock-scenario": forced.name });
    await delay(effect.ms);
    return withHeaders(await answer(), { "x-mock-scenario": forced.name });
  }

  private async register(
    request: Request,
    url: URL,
    base: string,
    client: string,
  ): Promise<Response> {
    const config = this.resolved;
    const logged: LoggedRequest = {
      time: new Date(this.now()).toISOString(),
      method: request.method,
      path: url.pathname,
      contentType: request.headers.get("content-type"),
      scenario: null,
      body: null,
      status: null,
    };
    this.requestLog.push(logged);
    const latency = Array.isArray(config.latencyMs)
      ? config.latencyMs[0] + Math.random() * (config.latencyMs[1] - config.latencyMs[0])
      : config.latencyMs;
    if (latency > 0) await delay(latency);

    const forced = this.pickScenario(request, url);
    if (forced) {
      logged.scenario = forced.name;
      const effect = scenarioEffect(forced.name, forced.options);
      if (request.method === "POST") this.requestLog.setBody(logged, await this.peekBody(request));
      if (effect.kind === "drop") return Response.error();
      if (effect.kind === "respond") {
        logged.status = effect.response.status;
        return withHeaders(effect.response, { "x-mock-scenario": forced.name });
      }
      await delay(effect.ms);
    }

    const response =
      request.method === "POST"
        ? await this.post(request, base, client, logged)
        : this.get(request, client);
    logged.status = response.status;
    if (forced) response.headers.set("x-mock-scenario", forced.name);
    return response;
  }

  private async peekBody(request: Request): Promise<unknown> {
    try {
      const text = await request.clone().text();
      if (text.length > this.resolved.maxBodyBytes) return "[too large]";
      const type = request.headers.get("content-type") ?? "";
      const parsed: unknown = type.includes("json")
        ? JSON.parse(text)
        : Object.fromEntries(new URLSearchParams(text));
      return redact(parsed, [this.resolved.captcha.field]);
    } catch {
      return "[unparsable]";
    }
  }

  private get(request: Request, client: string): Response {
    const config = this.resolved;
    const decision = this.readLimiter.take(client);
    const rateHeaders = rateLimitHeaders(decision);
    if (decision && !decision.allowed) {
      this.record({ event: "rate.limited", client, status: 429, reason: "too-many-reads" });
      return errorFor(
        config.style,
        429,
        `Too many requests. Try again in ${decision.resetSeconds} seconds.`,
        {
          ...rateHeaders,
          "retry-after": String(decision.resetSeconds),
        },
      );
    }
    const stormpath = config.style === "stormpath";
    const accept = request.headers.get("accept");
    const kind = stormpath ? negotiateStormpath(accept) : negotiate(accept);
    // express-stormpath checks no CSRF token on register: the stormpath style hands out none.
    const csrfToken = stormpath ? undefined : this.csrf.issue();
    const headers: Record<string, string> = { ...rateHeaders, vary: "Accept" };
    if (csrfToken) headers["x-csrf-token"] = csrfToken;
    if (kind === "html") return html(this.notice(csrfToken), 200, headers);
    if (kind === "none") {
      return errorFor(
        config.style,
        406,
        "This endpoint answers application/json (or text/html).",
        headers,
      );
    }
    return json(buildViewModel(config), 200, headers);
  }

  /** The HTML answer to a browser: what this endpoint is, and a no-JavaScript form that posts urlencoded. */
  private notice(csrfToken: string | undefined): string {
    const inputs = formFields(this.resolved)
      .map((field) => {
        const id = `f-${field.name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
        const type = ["select", "textarea"].includes(field.type) ? "text" : field.type;
        const name = escapeHtml(field.name);
        if (type === "hidden")
          return `<input type="hidden" name="${name}" value="${escapeHtml(String(field.defaultValue ?? ""))}">`;
        return `<p><label for="${id}">${escapeHtml(field.label)}</label><br><input id="${id}" name="${name}" type="${escapeHtml(type)}"${field.required ? " required" : ""}${type === "checkbox" ? ' value="true"' : ""}></p>`;
      })
      .join("\n");
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>signup-kit mock: ${escapeHtml(this.resolved.endpoint)}</title></head>
<body><main>
<h1>signup-kit mock server</h1>
<p>This endpoint answers <code>GET</code> with a JSON view model when asked with <code>Accept: application/json</code>,
and accepts <code>POST</code> as JSON, or as the form below (urlencoded${csrfToken ? ", with a single-use CSRF token" : ""}).</p>
<form method="post" action="${escapeHtml(this.resolved.endpoint.slice(1) || ".")}">
${csrfToken ? `<input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}">` : ""}
${inputs}
<p><button type="submit">Create account</button></p>
</form>
</main></body></html>`;
  }

  private async post(
    request: Request,
    base: string,
    client: string,
    logged: LoggedRequest,
  ): Promise<Response> {
    const config = this.resolved;
    const reject = (issues: Issue[], headers: Record<string, string> = {}): Response => {
      const first = issues[0];
      if (first) {
        this.record({
          event: "registration.rejected",
          client,
          status: first.status,
          reason: issues.map((i) => i.reason).join(","),
          ...(first.field ? { field: first.field } : {}),
        });
      }
      return renderIssues(config.style, issues, headers);
    };

    const decision = this.limiter.take(client);
    const rateHeaders = rateLimitHeaders(decision);
    if (decision && !decision.allowed) {
      this.record({ event: "rate.limited", client, status: 429, reason: "too-many-attempts" });
      return renderIssues(
        config.style,
        [
          {
            status: 429,
            code: 429,
            reason: "too-many-attempts",
            message: `Too many attempts. Try again in ${decision.resetSeconds} seconds.`,
          },
        ],
        { ...rateHeaders, "retry-after": String(decision.resetSeconds) },
      );
    }

    const type =
      (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const isJson = type === "application/json";
    const isForm = type === "application/x-www-form-urlencoded";
    if (!isJson && !isForm) {
      return reject(
        [
          {
            status: 415,
            code: 415,
            reason: "unsupported-media-type",
            message:
              "Send the registration as application/json (or application/x-www-form-urlencoded with a CSRF token).",
          },
        ],
        { ...rateHeaders, "accept-post": "application/json, application/x-www-form-urlencoded" },
      );
    }
    const tooLarge: Issue = {
      status: 413,
      code: 413,
      reason: "body-too-large",
      message: `The request body is larger than ${config.maxBodyBytes} bytes.`,
    };
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > config.maxBodyBytes) return reject([tooLarge], rateHeaders);
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > config.maxBodyBytes) return reject([tooLarge], rateHeaders);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return reject(
        [
          {
            status: 400,
            code: 400,
            reason: "bad-encoding",
            message: "The request body is not valid UTF-8.",
          },
        ],
        rateHeaders,
      );
    }

    let body: Record<string, unknown>;
    if (isJson) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        this.requestLog.setBody(logged, "[unparsable]");
        return reject(
          [
            {
              status: 400,
              code: 400,
              reason: "bad-json",
              message: "The request body is not valid JSON.",
            },
          ],
          rateHeaders,
        );
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        return reject(
          [
            {
              status: 400,
              code: 400,
              reason: "not-an-object",
              message: "The request body must be a JSON object.",
            },
          ],
          rateHeaders,
        );
      }
      body = parsed as Record<string, unknown>;
    } else if (config.style === "stormpath") {
      // express-stormpath checks no CSRF token on register and converts no values.
      body = parseStormpathForm(text, config);
      consentFromForm(body, config.consent.field);
    } else {
      const form = parseForm(text, config);
      this.requestLog.setBody(logged, redact(form.body, [config.captcha.field]));
      if (!this.csrf.use(form.csrf)) {
        return reject(
          [
            {
              status: 403,
              code: 403,
              reason: "csrf",
              message:
                "The form has expired or did not come from this site. Reload the page and try again.",
            },
          ],
          rateHeaders,
        );
      }
      body = form.body;
    }
    this.requestLog.setBody(logged, redact(body, [config.captcha.field]));

    const { issues, input } =
      config.style === "stormpath"
        ? validateStormpathBody(body, config)
        : validateBody(body, config);
    // One error at a time in the stormpath style: a token is only spent on an otherwise valid body.
    if (config.captcha.enabled && (config.style === "modern" || issues.length === 0)) {
      const token =
        (input ? input.captchaToken : readKey(body, config.captcha.field)) ??
        request.headers.get("x-captcha-token") ??
        undefined;
      const result = this.captcha.verify(token);
      if (!result.ok) {
        const message =
          result.code === "missing-input-response"
            ? "Complete the captcha to create your account."
            : result.code === "invalid-input-response"
              ? "The captcha answer is not valid or has expired. Complete the captcha again."
              : "This captcha answer has already been used. Complete the captcha again.";
        issues.push({
          status: 400,
          code: 400,
          field: config.captcha.field,
          reason: `captcha-${result.code}`,
          message,
          captchaCodes: [result.code],
        });
      }
    }
    // The breached-password list the range endpoint serves, and the age gate.
    if (input && !issues.some((issue) => issue.field === "password")) {
      const breached = await this.pwned.check(input.password);
      if (breached && config.style === "stormpath" && config.stormpathVersion === 4)
        breached.message = `password: ${breached.message}`;
      if (breached) issues.push(breached);
    }
    if (input && config.ageGate) {
      const tooYoung = checkAgeRule(
        readKey(body, config.ageGate.field),
        config.ageGate,
        this.now(),
      );
      if (tooYoung) issues.push(tooYoung);
    }
    if (issues.length > 0 || !input) return reject(issues, rateHeaders);

    const domain = input.email.slice(input.email.lastIndexOf("@") + 1).toLowerCase();
    if (config.disposableDomains.some((d) => domain === d || domain.endsWith("." + d))) {
      return reject(
        [
          {
            status: 422,
            code: 422,
            field: "email",
            reason: "disposable-email",
            message:
              "Email addresses from this domain are not accepted. Use an address you will keep.",
          },
        ],
        rateHeaders,
      );
    }
    return this.create(input, base, client, rateHeaders, reject);
  }

  /** The account as `/register` and `/me` return it, in the configured style and release. */
  private accountResource(account: StoredAccount, base: string): Record<string, unknown> {
    const resource = toResource(account);
    if (this.resolved.style !== "stormpath") return resource;
    // express-stormpath passes the account's members on as they are, a null middleName included.
    const stormpath = { ...resource, middleName: account.middleName };
    return this.resolved.stormpathVersion === 4
      ? oktaAccountResource(stormpath, account.id, base)
      : stormpath;
  }

  private async create(
    input: RegistrationInput,
    base: string,
    client: string,
    rateHeaders: Record<string, string>,
    reject: (issues: Issue[], headers?: Record<string, string>) => Response,
  ): Promise<Response> {
    const config = this.resolved;
    const username = input.username ?? input.email;
    const duplicate = (): Issue | undefined => {
      if (config.style === "stormpath") {
        if (this.store.hasEmail(input.email)) return stormpathDuplicateIssue(config, "email");
        if (input.username !== null && this.store.hasUsername(username))
          return stormpathDuplicateIssue(config, "username");
        return undefined;
      }
      if (this.store.hasEmail(input.email)) {
        return {
          status: 409,
          code: 2001,
          field: "email",
          reason: "duplicate-email",
          message: "An account with that email already exists.",
        };
      }
      if (input.username !== null && this.store.hasUsername(username)) {
        return {
          status: 409,
          code: 2001,
          field: "username",
          reason: "duplicate-username",
          message: "An account with that username already exists.",
        };
      }
      return undefined;
    };
    // Hash first (slow), then check again: another request may have taken the email meanwhile.
    const early = duplicate();
    const passwordHash = await this.hasher.hash(input.password.normalize("NFKC"));
    const clash = early ?? duplicate();
    const now = new Date(this.now()).toISOString();
    const id = randomId();
    const fullName = [input.givenName, input.middleName, input.surname].filter(Boolean).join(" ");
    const account: StoredAccount = {
      id,
      href: `${base}${ADMIN}/accounts/${id}`,
      username: username.normalize("NFKC"),
      email: input.email,
      givenName: input.givenName,
      middleName: input.middleName,
      surname: input.surname,
      fullName,
      status: config.emailVerification ? "UNVERIFIED" : "ENABLED",
      emailVerificationStatus: config.emailVerification ? "UNVERIFIED" : "UNKNOWN",
      createdAt: now,
      modifiedAt: now,
      customData: input.customData,
      passwordHash,
    };
    const success = (): Response => {
      const headers: Record<string, string> = { ...rateHeaders };
      if (config.style === "modern") headers.location = account.href;
      // A session (as after POST /login) only for a real, ENABLED new account.
      if (config.autoLogin && !clash && account.status === "ENABLED")
        headers["set-cookie"] = this.sessions.open(account, base.startsWith("https:"));
      return json(
        { account: this.accountResource(account, base) },
        config.style === "modern" ? 201 : 200,
        headers,
      );
    };
    if (clash) {
      if (config.enumerationSafe && clash.reason === "duplicate-email") {
        // Same status, same shape, nothing stored: the answer does not reveal the
        // account exists, and its href answers like a real one (kept in memory only).
        evict(this.decoys, this.maxKeys);
        this.decoys.set(id, toResource(account));
        this.record({
          event: "registration.rejected",
          client,
          status: 409,
          reason: "duplicate-email (answered as success)",
          field: "email",
        });
        return success();
      }
      return reject([clash], rateHeaders);
    }
    const consent: ConsentRecord | undefined = input.consent
      ? {
          id: randomId(),
          accountId: id,
          accountHref: account.href,
          recordedAt: now,
          acceptedAt: str(input.consent.acceptedAt),
          termsVersion: str(input.consent.termsVersion),
          termsUrl: str(input.consent.termsUrl),
          privacyUrl: str(input.consent.privacyUrl),
          locale: str(input.consent.locale),
          marketing: typeof input.consent.marketing === "boolean" ? input.consent.marketing : null,
        }
      : undefined;
    try {
      await this.store.add(account, consent);
    } catch {
      this.record({
        event: "registration.rejected",
        client,
        status: 500,
        reason: "persistence-failed",
      });
      return errorFor(config.style, 500, "The account could not be saved. Try again.", rateHeaders);
    }
    this.record({
      event: "account.created",
      client,
      status: config.style === "modern" ? 201 : 200,
      accountHref: account.href,
      email: account.email,
    });
    if (consent) {
      this.record({
        event: "consent.recorded",
        client,
        accountHref: account.href,
        reason: `terms ${consent.termsVersion ?? "(no version)"}`,
      });
    }
    if (account.status === "UNVERIFIED") {
      try {
        await this.verification.send(account, base, client, "signup");
      } catch {
        // The account stands; the person can ask for the email again (POST /verify).
        this.record({ event: "verification.failed", client, reason: "email-not-sent" });
      }
    }
    return success();
  }
}

/** An error of the registration endpoint: `{status, message}` in the stormpath style. */
function errorFor(
  style: ResolvedConfig["style"],
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return style === "stormpath"
    ? stormpathError(status, message, headers)
    : plainError(style, status, message, headers);
}

/** Reads are limited too, with ten times the POST budget. */
function readLimit(config: ResolvedConfig): ResolvedConfig["rateLimit"] {
  return config.rateLimit
    ? { max: config.rateLimit.max * 10, windowMs: config.rateLimit.windowMs }
    : false;
}

function rateLimitHeaders(decision: RateDecision | undefined): Record<string, string> {
  return decision
    ? {
        "ratelimit-limit": String(decision.limit),
        "ratelimit-remaining": String(decision.remaining),
        "ratelimit-reset": String(decision.resetSeconds),
      }
    : {};
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function method(request: Request): string {
  return request.method;
}

function readKey(body: Record<string, unknown>, key: string): unknown {
  if (!key.startsWith("customData.")) return Object.hasOwn(body, key) ? body[key] : undefined;
  const data = body.customData;
  const inner = key.slice("customData.".length);
  return data && typeof data === "object" && Object.hasOwn(data, inner)
    ? (data as Record<string, unknown>)[inner]
    : undefined;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Parses an urlencoded body into the JSON body shape: `customData.<name>` keys
 * go into `customData` (and `<consent key>.<part>` or `<consent key>[<part>]`
 * into the consent record);
 * checkbox fields turn `on`/`true` into `true`. Objects have no prototype, so
 * keys like `__proto__` stay plain (and are refused as unknown fields).
 */
export function parseForm(
  text: string,
  config: ResolvedConfig,
): { body: Record<string, unknown>; csrf: string | undefined } {
  const params = new URLSearchParams(text);
  const body = Object.create(null) as Record<string, unknown>;
  const checkboxes = new Set(
    formFields(config)
      .filter((f) => f.type === "checkbox")
      .map((f) => f.name),
  );
  let csrf: string | undefined;
  for (const [given, raw] of params) {
    // `a[b]` (the bracket form most body parsers read as an object) is `a.b` here.
    const key = given.replace(/^([^[\].]+)\[([^[\].]+)\]$/, "$1.$2");
    if (key === "_csrf") {
      csrf = raw;
      continue;
    }
    let value: unknown = raw;
    if (checkboxes.has(key) || key.endsWith(".marketing")) value = raw === "on" || raw === "true";
    const parts = key.split(".");
    let target = body;
    const nestable =
      parts.length > 1 && (parts[0] === "customData" || key.startsWith(config.consent.field + "."));
    if (nestable && parts.length <= 3) {
      for (const part of parts.slice(0, -1)) {
        const next = target[part];
        if (next && typeof next === "object") target = next as Record<string, unknown>;
        else {
          const created = Object.create(null) as Record<string, unknown>;
          target[part] = created;
          target = created;
        }
      }
      target[parts[parts.length - 1] ?? key] = value;
    } else {
      body[key] = value;
    }
  }
  consentFromForm(body, config.consent.field);
  return { body, csrf };
}

/**
 * The consent record of a plain form post: the terms checkbox posts
 * `<consent key>.termsVersion` only when ticked, beside hidden `termsUrl` and
 * `locale`. Unticked, there is no consent (the hidden parts alone are not a
 * record); ticked, the server stamps `acceptedAt` (a form cannot say when).
 */
function consentFromForm(body: Record<string, unknown>, field: string): void {
  const path = field.split(".");
  const last = path.pop() ?? field;
  let parent: Record<string, unknown> | undefined = body;
  for (const part of path) {
    const next: unknown = parent[part];
    parent = next && typeof next === "object" ? (next as Record<string, unknown>) : undefined;
    if (!parent) return;
  }
  const record = parent[last];
  if (!record || typeof record !== "object") return;
  const consent = record as Record<string, unknown>;
  if (!("termsVersion" in consent)) delete parent[last];
  else if (!("acceptedAt" in consent)) consent.acceptedAt = new Date().toISOString();
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
