// Email verification (Stormpath's `/verify`): a development outbox, single-use
// expiring tokens, `GET /verify?sptoken=` and an enumeration-safe, rate-limited
// `POST /verify {login}` resend. The backend routes to it; the rules live here.
import { RateLimiter, type RateDecision, secondsText } from "./guards";
import type { AuditEvent } from "./logs";
import { randomToken } from "./http/ids";
import type { Middleware, Router } from "./http/router";
import { escapeHtml, html, json, plainError, type ResponseStyle } from "./responses";
import { uniqueKey, type AccountStore, type StoredAccount } from "./store";

/** A fixed-window budget: `max` per `windowMs`. */
export interface WindowLimit {
  max: number;
  windowMs: number;
}

/** Email verification settings. Every key is optional. */
export interface VerificationConfig {
  /** Path of the verify endpoint (GET with `sptoken`, POST to resend). Defaults to `/verify`. */
  path?: string;
  /**
   * The page the email links to; `sptoken` is added as a query parameter. An
   * absolute URL (your app's `<VerifyEmail>` page, e.g. `http://localhost:5173/verify`)
   * or a path on the mock's own origin. Defaults to the mock's own verify endpoint.
   */
  linkUrl?: string;
  /** Token lifetime in ms. Defaults to 24 hours. */
  tokenTtlMs?: number;
  /** Resends per login (email or username, whether or not it exists), or `false`. Defaults to 1 per 60 s. */
  resendLimit?: WindowLimit | false;
  /** Resend requests per client, any login, or `false`. Defaults to 10 per 10 minutes. */
  resendClientLimit?: WindowLimit | false;
  /** `GET /verify` requests per client, or `false`. Defaults to 60 per minute. */
  verifyLimit?: WindowLimit | false;
  /** Sender of the emails. Defaults to `signup-kit mock <no-reply@signup-kit.test>`. */
  from?: string;
}

/** {@link VerificationConfig} with every default filled in. */
export interface ResolvedVerificationConfig {
  path: string;
  linkUrl: string | null;
  tokenTtlMs: number;
  resendLimit: WindowLimit | false;
  resendClientLimit: WindowLimit | false;
  verifyLimit: WindowLimit | false;
  from: string;
}

/** Fills in the defaults of {@link VerificationConfig}. Throws for values the mock cannot run with. */
export function resolveVerificationConfig(
  config: VerificationConfig = {},
): ResolvedVerificationConfig {
  const path = config.path ?? "/verify";
  if (!/^\/[A-Za-z0-9/_.-]*$/.test(path))
    throw new Error(`verification.path must be a path starting with "/": ${path}`);
  const tokenTtlMs = config.tokenTtlMs ?? 24 * 60 * 60 * 1000;
  if (!(tokenTtlMs > 0)) throw new Error("verification.tokenTtlMs must be positive.");
  if (config.linkUrl !== undefined && !/^(https?:\/\/|\/)/i.test(config.linkUrl))
    throw new Error(`verification.linkUrl must be an http(s) URL or a path: ${config.linkUrl}`);
  return {
    path,
    linkUrl: config.linkUrl ?? null,
    tokenTtlMs,
    resendLimit: config.resendLimit ?? { max: 1, windowMs: 60_000 },
    resendClientLimit: config.resendClientLimit ?? { max: 10, windowMs: 600_000 },
    verifyLimit: config.verifyLimit ?? { max: 60, windowMs: 60_000 },
    from: config.from ?? "signup-kit mock <no-reply@signup-kit.test>",
  };
}

/** One email in the development outbox. */
export interface MockEmail {
  id: string;
  kind: "verification";
  /** Why it was sent: at signup, or on a resend request. */
  trigger: "signup" | "resend";
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The verification link (carries `sptoken`). */
  link: string;
  /** The token in the link, for API tests that skip the page. */
  sptoken: string;
  accountHref: string;
  createdAt: string;
  expiresAt: string;
}

/** Why a token was refused. */
export type TokenProblem = "missing" | "invalid" | "expired" | "used";

const MESSAGES: Record<TokenProblem, string> = {
  missing: "The verification link is incomplete: it has no sptoken.",
  invalid: "This verification link is not valid. Request a new one.",
  expired: "This verification link has expired. Request a new one.",
  used: "This verification link has already been used. If your email is verified, sign in.",
};

const PROBLEM_TYPE = "application/problem+json; charset=utf-8";

/** The error body of the verify endpoint, in the backend's style; `reason` tells the kind apart. */
export function verificationError(
  style: ResponseStyle,
  status: number,
  reason: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  if (style === "stormpath") {
    return json(
      {
        status,
        code: status,
        message,
        // The framework spec's `{ error }` shape, beside Stormpath's REST error shape.
        error: message,
        developerMessage: `${reason}: ${message}`,
        moreInfo: `urn:signup-kit:mock:error:${reason}`,
      },
      status,
      headers,
    );
  }
  const titles: Record<number, string> = {
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    500: "Internal Server Error",
  };
  return new Response(
    JSON.stringify({
      type: `urn:signup-kit:problem:${reason}`,
      title: titles[status] ?? "Error",
      status,
      detail: message,
    }),
    { status, headers: { "content-type": PROBLEM_TYPE, "cache-control": "no-store", ...headers } },
  );
}

/** Hex SHA-256: only this is stored, so a leaked data file holds no working link. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** An RFC 5322 message (multipart/alternative, text + HTML) for a mail client. */
export function toEml(email: MockEmail): string {
  const boundary = `sk-${email.id}`;
  const b64 = (text: string): string => {
    const bytes = new TextEncoder().encode(text);
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return (btoa(binary).match(/.{1,76}/g) ?? []).join("\r\n");
  };
  const header = (value: string): string =>
    // Non-ASCII header text as an RFC 2047 encoded word.
    /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${b64(value).replace(/\r\n/g, "")}?=`;
  return [
    `From: ${header(email.from)}`,
    `To: ${email.to.replace(/[\r\n]/g, "")}`,
    `Subject: ${header(email.subject)}`,
    `Date: ${new Date(email.createdAt).toUTCString()}`,
    `Message-ID: <${email.id}@signup-kit.test>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(email.text),
    `--${boundary}`,
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(email.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** What the verification rules need from the backend. */
export interface VerificationDeps {
  store: AccountStore;
  now: () => number;
  /** Its slice of the configuration, read on every request. */
  settings: () => ResolvedVerificationConfig;
  /** The response style the errors speak. */
  style: () => ResponseStyle;
  record: (event: Omit<AuditEvent, "time">) => void;
  /** Called with every email, before the request that caused it is answered (the node host writes `.eml` files). */
  onEmail?: ((email: MockEmail) => void) | undefined;
}

/** The outbox, the tokens' rules and the `/verify` endpoint. */
export class Verification {
  private emails: MockEmail[] = [];
  private resendLimiter: RateLimiter;
  private resendClientLimiter: RateLimiter;
  private verifyLimiter: RateLimiter;

  constructor(private readonly deps: VerificationDeps) {
    const v = deps.settings();
    this.resendLimiter = new RateLimiter(v.resendLimit, deps.now);
    this.resendClientLimiter = new RateLimiter(v.resendClientLimit, deps.now);
    this.verifyLimiter = new RateLimiter(v.verifyLimit, deps.now);
  }

  private get settings(): ResolvedVerificationConfig {
    return this.deps.settings();
  }

  /** Call after the configuration changed: limits start over. */
  reconfigure(): void {
    const v = this.settings;
    this.resendLimiter = new RateLimiter(v.resendLimit, this.deps.now);
    this.resendClientLimiter = new RateLimiter(v.resendClientLimit, this.deps.now);
    this.verifyLimiter = new RateLimiter(v.verifyLimit, this.deps.now);
  }

  /** Empties the outbox and the limits (tokens live in the store and go with it). */
  clear(): void {
    this.clearOutbox();
    this.reconfigure();
  }

  /** Empties the outbox only. */
  clearOutbox(): void {
    this.emails = [];
  }

  /** Every email sent, oldest first. */
  outbox(): MockEmail[] {
    return [...this.emails];
  }

  /**
   * Mounts `GET|HEAD|POST {path}` (behind `middleware`: the scenarios) and
   * the development outbox, `/__mock/outbox` and `/__mock/outbox/latest`.
   */
  mount(router: Router, middleware: Middleware[] = []): void {
    const style = this.deps.style();
    const verify = router.group({
      notAllowed: ({ request }, allow) =>
        verificationError(
          style,
          405,
          "method-not-allowed",
          `${request.method} is not allowed here.`,
          {
            allow: allow.join(", "),
          },
        ),
      refuse: (status, message, headers) => plainError(style, status, message, headers),
    });
    for (const one of middleware) verify.use(one);
    verify.on(["GET", "HEAD"], this.settings.path, ({ request, url, client }) =>
      this.verify(request, url, client),
    );
    verify.on(["POST"], this.settings.path, ({ request, base, client }) =>
      this.resend(request, base, client),
    );
    router
      .group({
        notAllowed: ({ path }) =>
          path.endsWith("/latest")
            ? verificationError(style, 405, "method-not-allowed", "Use GET.", { allow: "GET" })
            : verificationError(style, 405, "method-not-allowed", "Use GET or DELETE.", {
                allow: "GET, HEAD, DELETE",
              }),
        refuse: (status, message, headers) => plainError(style, status, message, headers),
      })
      .on(["GET", "HEAD", "DELETE"], "/__mock/outbox", ({ request, url }) =>
        outboxResponse(this, request, url, "", style),
      )
      .on(["GET", "HEAD"], "/__mock/outbox/latest", ({ request, url }) =>
        outboxResponse(this, request, url, "/latest", style),
      );
  }

  /**
   * Issues a token for an UNVERIFIED account, saves it, and puts the email in
   * the outbox. Resolves once the token is saved.
   */
  async send(
    account: StoredAccount,
    base: string,
    client: string,
    trigger: MockEmail["trigger"],
  ): Promise<MockEmail> {
    const settings = this.settings;
    const token = randomToken();
    const now = this.deps.now();
    const record = {
      hash: await hashToken(token),
      accountId: account.id,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + settings.tokenTtlMs).toISOString(),
      usedAt: null,
    };
    const tokens = this.deps.store.verificationTokens;
    // Drop long-dead tokens so the list (and the data file) stays small.
    const cutoff = now - 7 * 24 * 60 * 60 * 1000;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i];
      if (t && Date.parse(t.expiresAt) < cutoff) tokens.splice(i, 1);
    }
    tokens.push(record);
    await this.deps.store.commit(() => {
      const at = tokens.indexOf(record);
      if (at !== -1) tokens.splice(at, 1);
    });
    // A path as linkUrl is on the mock's origin; the default is the mock's own endpoint.
    const target = settings.linkUrl
      ? new URL(settings.linkUrl, base + "/")
      : new URL(base + settings.path);
    target.searchParams.set("sptoken", token);
    const link = target.href;
    const name = account.givenName ?? account.fullName;
    const hours = Math.round(settings.tokenTtlMs / 3_600_000);
    const lifetime =
      hours >= 1
        ? `${hours} hour${hours === 1 ? "" : "s"}`
        : `${Math.max(1, Math.round(settings.tokenTtlMs / 60_000))} minutes`;
    const greeting = name ? `Hi ${name},` : "Hi,";
    const email: MockEmail = {
      id: randomToken(9),
      kind: "verification",
      trigger,
      from: settings.from,
      to: account.email,
      subject: "Verify your email address",
      text: `${greeting}\n\nConfirm your email address to finish creating your account:\n\n${link}\n\nThe link works once and expires in ${lifetime}. If you did not sign up, ignore this email.\n`,
      html: `<!doctype html><html lang="en"><body><p>${escapeHtml(greeting)}</p><p>Confirm your email address to finish creating your account:</p><p><a href="${escapeHtml(link)}">Verify my email address</a></p><p>The link works once and expires in ${lifetime}. If you did not sign up, ignore this email.</p></body></html>`,
      link,
      sptoken: token,
      accountHref: account.href,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
    };
    this.emails.push(email);
    if (this.emails.length > 500) this.emails.splice(0, this.emails.length - 500);
    this.deps.onEmail?.(email);
    this.deps.record({
      event: "verification.sent",
      client,
      accountHref: account.href,
      email: account.email,
      reason: trigger,
    });
    return email;
  }

  private async verify(request: Request, url: URL, client: string): Promise<Response> {
    const config = { style: this.deps.style() };
    const accept = (request.headers.get("accept") ?? "").toLowerCase();
    const asHtml = accept.includes("text/html") && !accept.includes("application/json");
    const decision = this.verifyLimiter.take(client);
    const headers = rateHeaders(decision);
    if (decision && !decision.allowed) {
      this.deps.record({ event: "rate.limited", client, status: 429, reason: "too-many-verifies" });
      return verificationError(
        config.style,
        429,
        "too-many-requests",
        `Too many requests. Try again in ${secondsText(decision.resetSeconds)}.`,
        { ...headers, "retry-after": String(decision.resetSeconds) },
      );
    }
    const token = url.searchParams.get("sptoken") ?? "";
    let outcome: Awaited<ReturnType<Verification["useToken"]>>;
    try {
      outcome = await this.useToken(token);
    } catch {
      return verificationError(
        config.style,
        500,
        "persistence-failed",
        "The verification could not be saved. Try the link again.",
        headers,
      );
    }
    if (outcome.ok) {
      this.deps.record({
        event: "account.verified",
        client,
        status: 200,
        accountHref: outcome.account.href,
        email: outcome.account.email,
      });
      if (asHtml)
        return html(page("Email verified", "Your email address is verified. You can sign in now."));
      if (config.style === "stormpath") return new Response(null, { status: 200, headers });
      return json(
        {
          account: {
            href: outcome.account.href,
            email: outcome.account.email,
            status: outcome.account.status,
            emailVerificationStatus: outcome.account.emailVerificationStatus,
          },
        },
        200,
        headers,
      );
    }
    this.deps.record({
      event: "verification.failed",
      client,
      status: 400,
      reason: `token-${outcome.problem}`,
      ...(outcome.account ? { accountHref: outcome.account.href } : {}),
    });
    const message = MESSAGES[outcome.problem];
    if (asHtml) return html(page("Email not verified", message), 400, headers);
    return verificationError(
      config.style,
      400,
      `verification-token-${outcome.problem}`,
      message,
      headers,
    );
  }

  /** Checks and uses up a token; the account becomes ENABLED. */
  private async useToken(
    token: string,
  ): Promise<
    | { ok: true; account: StoredAccount }
    | { ok: false; problem: TokenProblem; account?: StoredAccount }
  > {
    if (!token) return { ok: false, problem: "missing" };
    if (token.length > 200 || !/^[A-Za-z0-9_-]+$/.test(token))
      return { ok: false, problem: "invalid" };
    const hash = await hashToken(token);
    const tokens = this.deps.store.verificationTokens;
    const record = tokens.find((t) => t.hash === hash);
    const account = record ? this.deps.store.getAccount(record.accountId) : undefined;
    if (!record || !account) return { ok: false, problem: "invalid" };
    if (record.usedAt !== null) return { ok: false, problem: "used", account };
    const now = this.deps.now();
    if (Date.parse(record.expiresAt) <= now) return { ok: false, problem: "expired", account };
    const at = new Date(now).toISOString();
    // Verifying uses up every outstanding link of the account: each works once, and the job is done.
    const changed = tokens.filter((t) => t.accountId === account.id && t.usedAt === null);
    for (const t of changed) t.usedAt = at;
    try {
      await this.deps.store.commit(() => {
        for (const t of changed) t.usedAt = null;
      });
      if (account.status === "UNVERIFIED") {
        await this.deps.store.updateAccount(account.id, {
          status: "ENABLED",
          emailVerificationStatus: "VERIFIED",
          modifiedAt: at,
        });
      }
    } catch {
      for (const t of changed) t.usedAt = null;
      throw new Error("The verification could not be saved.");
    }
    return { ok: true, account: this.deps.store.getAccount(account.id) ?? account };
  }

  private async resend(request: Request, base: string, client: string): Promise<Response> {
    const config = { style: this.deps.style() };
    const style = config.style;
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      return verificationError(
        style,
        415,
        "unsupported-media-type",
        'Send the resend request as application/json: { "login": "you@example.com" }.',
        { "accept-post": "application/json" },
      );
    }
    const text = await request.text();
    if (text.length > 4096)
      return verificationError(style, 413, "body-too-large", "The request body is too large.");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return verificationError(style, 400, "bad-json", "The request body is not valid JSON.");
    }
    if (!body || typeof body !== "object" || Array.isArray(body))
      return verificationError(
        style,
        400,
        "not-an-object",
        "The request body must be a JSON object.",
      );
    const extra = Object.keys(body).find((key) => key !== "login");
    if (extra !== undefined)
      return verificationError(
        style,
        400,
        "unknown-field",
        `${extra} is not a field of this request; send only "login".`,
      );
    const login = (body as { login?: unknown }).login;
    if (typeof login !== "string" || login.trim() === "" || login.length > 254)
      return verificationError(
        style,
        400,
        "login-required",
        "Login required: the email address (or username) of the account.",
      );

    // Both limits are counted before the account is looked up, so they behave
    // the same for a login that exists and one that does not.
    const perClient = this.resendClientLimiter.take(client);
    const perLogin = this.resendLimiter.take(uniqueKey(login));
    const limited = [perClient, perLogin].find((d) => d && !d.allowed);
    if (limited) {
      this.deps.record({ event: "rate.limited", client, status: 429, reason: "too-many-resends" });
      return verificationError(
        style,
        429,
        "too-many-resends",
        `Too many requests for a new email. Try again in ${secondsText(limited.resetSeconds)}.`,
        { ...rateHeaders(limited), "retry-after": String(limited.resetSeconds) },
      );
    }
    const account = this.deps.store.findByLogin(login);
    if (account && account.status === "UNVERIFIED") {
      await this.send(account, base, client, "resend");
    } else {
      // The same work as a real send (a token hash and a save), so the time
      // taken does not tell an existing account from a missing one either.
      await hashToken(randomToken());
      await this.deps.store.commit(() => {});
      this.deps.record({
        event: "verification.resend.skipped",
        client,
        reason: account ? `account ${account.status.toLowerCase()}` : "no such account",
      });
    }
    const headers = rateHeaders(perLogin);
    if (style === "stormpath") return new Response(null, { status: 200, headers });
    return new Response(null, { status: 202, headers });
  }
}

function rateHeaders(decision: RateDecision | undefined): Record<string, string> {
  return decision
    ? {
        "ratelimit-limit": String(decision.limit),
        "ratelimit-remaining": String(decision.remaining),
        "ratelimit-reset": String(decision.resetSeconds),
      }
    : {};
}

function page(title: string, message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}

/** `GET/DELETE /__mock/outbox`, `GET /__mock/outbox/latest?to=`: the development outbox. */
export function outboxResponse(
  verification: Verification,
  request: Request,
  url: URL,
  sub: string,
  style: ResponseStyle,
): Response {
  const to = url.searchParams.get("to");
  const list = verification
    .outbox()
    .filter((m) => !to || uniqueKey(m.to) === uniqueKey(to))
    .map((m) => ({ ...m }));
  if (sub === "/latest") {
    if (request.method !== "GET" && request.method !== "HEAD")
      return verificationError(style, 405, "method-not-allowed", "Use GET.", { allow: "GET" });
    const last = list[list.length - 1];
    return last
      ? json({ message: last })
      : verificationError(style, 404, "not-found", "No email in the outbox for that address.");
  }
  if (request.method === "DELETE") {
    verification.clearOutbox();
    return json({ messages: [] });
  }
  if (request.method !== "GET" && request.method !== "HEAD")
    return verificationError(style, 405, "method-not-allowed", "Use GET or DELETE.", {
      allow: "GET, HEAD, DELETE",
    });
  return json({ messages: list });
}
