// The development login session of the `stormpath` style: JSON `POST /login`,
// `GET /me` and `POST /logout`, as express-stormpath mounts them by default, so
// that Stormpath's own clients (react-stormpath logs in right after an ENABLED
// signup) work against the mock. A cookie holding a random token, kept in
// memory for a limited time. Development only: not an authentication system.
import { rateLimitHeaders, type RateDecision, secondsText } from "./guards";
import type { PasswordHasher } from "./hasher";
import { mediaType, readText } from "./http/body";
import { withHeaders } from "./http/cors";
import { randomHex } from "./http/ids";
import { methodNotAllowed, type RouteContext, type Router } from "./http/router";
import { json, stormpathError } from "./responses";
import type { AccountStore, StoredAccount } from "./store";

/** The session cookie's name (express-stormpath's access token cookie). */
export const SESSION_COOKIE = "access_token";
/** At most this many live sessions; the oldest goes first. */
const MAX_SESSIONS = 1000;
/** Largest login body read, in bytes. */
const MAX_LOGIN_BODY = 8192;

/** express-stormpath's answer to wrong credentials (the REST API's text). */
export const INVALID_LOGIN = "Invalid username or password.";
/** The answer when the account has not verified its email yet. */
export const UNVERIFIED_LOGIN = "Login attempt failed because the Account is not verified.";

/** The development login session (`POST /login`, `GET /me`, `POST /logout`). */
export interface SessionConfig {
  /** Mount the routes. Defaults to `true` in the `stormpath` style (express-stormpath mounts them), `false` in `modern`. */
  enabled?: boolean;
  /** Defaults to `/login`. */
  loginPath?: string;
  /** Defaults to `/me`. */
  mePath?: string;
  /** Defaults to `/logout`. */
  logoutPath?: string;
  /** Session lifetime in seconds. Defaults to 3600. */
  ttlSeconds?: number;
}

export interface SessionDeps {
  store: AccountStore;
  hasher: PasswordHasher;
  /** Its slice of the configuration, read on every request. */
  settings: () => Required<SessionConfig>;
  now: () => number;
  /** The account's root properties, as `/register` returns them. */
  resource: (account: StoredAccount, base: string) => Record<string, unknown>;
}

interface Session {
  accountId: string;
  expiresAt: number;
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The login routes and their in-memory sessions. */
export class StormpathSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly deps: SessionDeps) {}

  /** Forgets every session. */
  clear(): void {
    this.sessions.clear();
  }

  /** Opens a session for an account; returns the Set-Cookie value. */
  open(account: StoredAccount, secure: boolean): string {
    const now = this.deps.now();
    for (const [token, session] of this.sessions) {
      if (session.expiresAt <= now) this.sessions.delete(token);
    }
    while (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const token = randomHex(32);
    const ttl = this.deps.settings().ttlSeconds;
    this.sessions.set(token, { accountId: account.id, expiresAt: now + ttl * 1000 });
    return cookie(token, ttl, secure);
  }

  /** The account of the request's session cookie, if it is live. */
  current(request: Request): StoredAccount | undefined {
    const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
    if (!token) return undefined;
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAt <= this.deps.now()) {
      this.sessions.delete(token);
      return undefined;
    }
    const account = this.deps.store.getAccount(session.accountId);
    if (!account || account.status !== "ENABLED") {
      this.sessions.delete(token);
      return undefined;
    }
    return account;
  }

  /**
   * Mounts `POST {loginPath}`, `GET {mePath}` and `POST {logoutPath}` (when
   * the sessions are on). `limit` is the rate limit each request counts
   * against: logins share the POST budget of the registration endpoint.
   */
  mount(router: Router, limit: (context: RouteContext) => RateDecision | undefined): void {
    const session = this.deps.settings();
    if (!session.enabled) return;
    const group = router
      .group({ notAllowed: methodNotAllowed(stormpathError), refuse: stormpathError })
      .use(async (context, next) => {
        const decision = limit(context);
        const headers = rateLimitHeaders(decision);
        if (decision && !decision.allowed) {
          return stormpathError(
            429,
            `Too many attempts. Try again in ${secondsText(decision.resetSeconds)}.`,
            { ...headers, "retry-after": String(decision.resetSeconds) },
          );
        }
        return withHeaders(await next(), headers);
      });
    group.on(["GET", "HEAD"], session.mePath, ({ request, base }) => {
      const account = this.current(request);
      if (!account) return stormpathError(401, "Unauthorized", { "cache-control": "no-store" });
      // express-stormpath's /me also names the organization (none here).
      return json({ account: this.deps.resource(account, base), organization: null }, 200, {
        pragma: "no-cache",
      });
    });
    group.on(["POST"], session.logoutPath, ({ request, url }) => {
      const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
      if (token) this.sessions.delete(token);
      return new Response(null, {
        status: 200,
        headers: {
          "set-cookie": cookie("", 0, url.protocol === "https:"),
          "cache-control": "no-store",
        },
      });
    });
    group.on(["POST"], session.loginPath, ({ request, url, base }) =>
      this.login(request, base, url.protocol === "https:"),
    );
  }

  private async login(request: Request, base: string, secure: boolean): Promise<Response> {
    const type = mediaType(request);
    if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
      return stormpathError(415, "Send the login as application/json.", {
        "accept-post": "application/json, application/x-www-form-urlencoded",
      });
    }
    const read = await readText(request, MAX_LOGIN_BODY, { fatal: false });
    if (!read.ok) return stormpathError(413, "The request body is too large.");
    const text = read.text;
    let body: Record<string, unknown> = {};
    if (type === "application/json") {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
          body = parsed as Record<string, unknown>;
      } catch {
        return stormpathError(400, "The request body is not valid JSON.");
      }
    } else {
      body = Object.fromEntries(new URLSearchParams(text));
    }
    // express-stormpath reads `login`, else `username` (react-stormpath sends either).
    const login = typeof body.login === "string" && body.login ? body.login : body.username;
    const password = body.password;
    if (typeof login !== "string" || !login || typeof password !== "string" || !password) {
      return stormpathError(400, INVALID_LOGIN);
    }
    const account = this.deps.store.findByLogin(login.trim());
    // Hash something either way, so a missing account takes as long as a wrong password.
    const ok = account
      ? await this.deps.hasher.verify(password.normalize("NFKC"), account.passwordHash)
      : (await this.deps.hasher.hash(password), false);
    if (!account || !ok) return stormpathError(400, INVALID_LOGIN);
    if (account.status === "UNVERIFIED") return stormpathError(400, UNVERIFIED_LOGIN);
    if (account.status !== "ENABLED") return stormpathError(400, INVALID_LOGIN);
    return json({ account: this.deps.resource(account, base) }, 200, {
      "set-cookie": this.open(account, secure),
    });
  }
}

/** The session cookie: HttpOnly, SameSite=Lax, Path=/; Secure when served over https. */
function cookie(token: string, maxAge: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
