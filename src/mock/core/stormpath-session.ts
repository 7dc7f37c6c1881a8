// The development login session of the `stormpath` style: JSON `POST /login`,
// `GET /me` and `POST /logout`, as express-stormpath mounts them by default, so
// that Stormpath's own clients (react-stormpath logs in right after an ENABLED
// signup) work against the mock. A cookie holding a random token, kept in
// memory for a limited time. Development only: not an authentication system.
import type { ResolvedConfig } from "./config";
import type { PasswordHasher } from "./hasher";
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

export interface SessionDeps {
  store: AccountStore;
  hasher: PasswordHasher;
  config: () => ResolvedConfig;
  now: () => number;
  /** The account's root properties, as `/register` returns them. */
  resource: (account: StoredAccount, base: string) => Record<string, unknown>;
}

interface Session {
  accountId: string;
  expiresAt: number;
}

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
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

  /** Is this path one of the session routes (when they are on)? */
  isRoute(path: string): boolean {
    const session = this.deps.config().session;
    return (
      session.enabled &&
      (path === session.loginPath || path === session.mePath || path === session.logoutPath)
    );
  }

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
    const token = randomToken();
    const ttl = this.deps.config().session.ttlSeconds;
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

  async handle(request: Request, url: URL, path: string, base: string): Promise<Response> {
    const session = this.deps.config().session;
    const secure = url.protocol === "https:";
    const allow = (...methods: string[]): Response | undefined =>
      methods.includes(request.method)
        ? undefined
        : stormpathError(405, `${request.method} is not allowed here.`, {
            allow: methods.join(", "),
          });
    if (path === session.mePath) {
      const wrong = allow("GET", "HEAD");
      if (wrong) return wrong;
      const account = this.current(request);
      if (!account) return stormpathError(401, "Unauthorized", { "cache-control": "no-store" });
      // express-stormpath's /me also names the organization (none here).
      return json({ account: this.deps.resource(account, base), organization: null }, 200, {
        pragma: "no-cache",
      });
    }
    if (path === session.logoutPath) {
      const wrong = allow("POST");
      if (wrong) return wrong;
      const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
      if (token) this.sessions.delete(token);
      return new Response(null, {
        status: 200,
        headers: { "set-cookie": cookie("", 0, secure), "cache-control": "no-store" },
      });
    }
    const wrong = allow("POST");
    if (wrong) return wrong;
    return this.login(request, base, secure);
  }

  private async login(request: Request, base: string, secure: boolean): Promise<Response> {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
      return stormpathError(415, "Send the login as application/json.", {
        "accept-post": "application/json, application/x-www-form-urlencoded",
      });
    }
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > MAX_LOGIN_BODY) return stormpathError(413, "The request body is too large.");
    const text = await request.text();
    if (text.length > MAX_LOGIN_BODY) return stormpathError(413, "The request body is too large.");
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
