// Everything the backend keeps between requests, in one place: the
// configuration in force, the store, the guards, the logs and the features.
// Built once by the backend; routes read it, only `configure` and `reset`
// replace parts of it.
import type { MockConfig, ResolvedConfig } from "./config";
import { CaptchaVerifier, CsrfTokens, DEFAULT_MAX_KEYS, RateLimiter } from "./guards";
import { createPbkdf2Hasher, type PasswordHasher } from "./hasher";
import { RequestLog, Ring, type AuditEvent } from "./logs";
import { OAuthRegistrar } from "./oauth-registration";
import { PwnedRange } from "./pwned-range";
import { resolveConfig } from "./resolve";
import { ScenarioControl } from "./scenarios";
import { ScimFeed } from "./scim";
import { StormpathSessions } from "./stormpath-session";
import { AccountStore, type PersistenceAdapter, type StoredAccount } from "./store";
import { Verification, type MockEmail } from "./verification";
import { accountResource, type AccountResource } from "./register/resource";

/** Where the admin routes live. */
export const ADMIN = "/__mock";

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

/** Reads are limited too, with ten times the POST budget. */
function readLimit(config: ResolvedConfig): ResolvedConfig["rateLimit"] {
  return config.rateLimit
    ? { max: config.rateLimit.max * 10, windowMs: config.rateLimit.windowMs }
    : false;
}

export class BackendState {
  config: ResolvedConfig;
  readonly initial: MockConfig;
  readonly store: AccountStore;
  readonly hasher: PasswordHasher;
  readonly now: () => number;
  readonly startedAt: number;
  readonly adminToken: string | undefined;
  readonly maxKeys: number;
  /** POSTs to the registration endpoint and logins. */
  limiter: RateLimiter;
  /** GETs of the registration endpoint, `/me`, the breached-password ranges. */
  readLimiter: RateLimiter;
  readonly captcha: CaptchaVerifier;
  readonly csrf: CsrfTokens;
  readonly scenario = new ScenarioControl();
  readonly auditLog = new Ring<AuditEvent>(1000);
  readonly requestLog = new RequestLog();
  /** What enumeration-safe duplicates were answered with, so their `href`s answer like real ones. */
  readonly decoys = new Map<string, AccountResource>();
  readonly sinkFailures = new Map<SinkFailure["sink"], SinkFailure>();
  readonly oauth: OAuthRegistrar;
  readonly verification: Verification;
  readonly scim: ScimFeed;
  readonly pwned: PwnedRange;
  readonly sessions: StormpathSessions;
  private readonly onAudit: ((event: AuditEvent) => void) | undefined;
  private readonly onSinkError: (sink: SinkFailure["sink"], error: unknown) => void;

  constructor(config: MockConfig, options: MockBackendOptions) {
    this.initial = config;
    this.config = resolveConfig(config);
    this.now = options.now ?? Date.now;
    this.hasher = options.hasher ?? createPbkdf2Hasher();
    this.onAudit = options.onAudit;
    this.adminToken = options.adminToken;
    this.onSinkError =
      options.onSinkError ??
      ((sink, error) => console.error(`signup-kit mock: the ${sink} failed:`, error));
    this.store = new AccountStore(options.persistence);
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
    this.limiter = new RateLimiter(this.config.rateLimit, this.now, this.maxKeys);
    this.readLimiter = new RateLimiter(readLimit(this.config), this.now, this.maxKeys);
    this.captcha = new CaptchaVerifier(
      () => this.config.captcha.reusableTestToken,
      this.now,
      this.maxKeys,
    );
    this.csrf = new CsrfTokens(this.now, undefined, this.maxKeys);
    this.startedAt = this.now();
    const record = (event: Omit<AuditEvent, "time">): void => this.record(event);
    const { store, now, hasher } = this;
    // Each feature sees its own slice of the configuration, never the whole.
    this.oauth = new OAuthRegistrar({
      store,
      now,
      record,
      settings: () => ({
        ...this.config.oauthRegistration,
        rateLimit: this.config.rateLimit,
        maxBodyBytes: this.config.maxBodyBytes,
      }),
    });
    const onEmail = options.onEmail;
    this.verification = new Verification({
      store,
      now,
      record,
      settings: () => this.config.verification,
      style: () => this.config.style,
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
      store,
      now,
      record,
      hasher,
      settings: () => ({
        ...this.config.scim,
        maxBodyBytes: this.config.maxBodyBytes,
        password: this.config.password,
      }),
      accountHref: (base, id) => `${base}${ADMIN}/accounts/${id}`,
    });
    this.pwned = new PwnedRange(() => ({
      ...this.config.passwordScreening,
      blocklist: this.config.password.blocklist,
    }));
    this.sessions = new StormpathSessions({
      store,
      now,
      hasher,
      settings: () => this.config.session,
      resource: (account, base) => this.resource(account, base),
    });
  }

  /** Replaces the configuration; limits start over (the store is kept). */
  configure(config: MockConfig): void {
    this.config = resolveConfig(config);
    this.limiter = new RateLimiter(this.config.rateLimit, this.now, this.maxKeys);
    this.readLimiter = new RateLimiter(readLimit(this.config), this.now, this.maxKeys);
    this.verification.reconfigure();
    this.scim.reconfigure();
    this.pwned.reset();
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

  /** Entries (and logged body bytes) each bounded structure holds. */
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

  /** The account as `/register` and `/me` return it, in the configured style and release. */
  resource(account: StoredAccount, base: string): Record<string, unknown> {
    return accountResource(account, base, this.config);
  }

  record(event: Omit<AuditEvent, "time">): void {
    const full: AuditEvent = { time: new Date(this.now()).toISOString(), ...event };
    this.auditLog.push(full);
    try {
      this.onAudit?.(full);
    } catch (error) {
      this.sinkFailed("audit log", error);
    }
  }

  /** A sink failed after the outcome was decided: report it, never change the answer. */
  sinkFailed(sink: SinkFailure["sink"], error: unknown): void {
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
}
