// Abuse guards: rate limits per client, single-use captcha tokens, CSRF tokens
// for the urlencoded form. All state is in memory and cleared by reset.
import { HCAPTCHA_TEST_TOKEN } from "./config";

/** The outcome of one rate-limit check. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

/** Fixed-window counter per client key. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly settings: { max: number; windowMs: number } | false,
    private readonly now: () => number,
  ) {}

  /** Counts one request for `client` and says whether it may go on. */
  take(client: string): RateDecision | undefined {
    if (!this.settings) return undefined;
    const { max, windowMs } = this.settings;
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
    return {
      allowed: window.count <= max,
      limit: max,
      remaining: Math.max(0, max - window.count),
      resetSeconds,
    };
  }

  clear(): void {
    this.windows.clear();
  }
}

/** hCaptcha siteverify error codes the mock produces. */
export type CaptchaErrorCode =
  "missing-input-response" | "invalid-input-response" | "invalid-or-already-seen-response";

/** Tokens the test script issues look like the published test token with a random tail. */
const ISSUED_TOKEN = /^10000000-aaaa-bbbb-cccc-[0-9a-f]{12}$/;

/** Verifies captcha tokens the way siteverify does: each token once. */
export class CaptchaVerifier {
  private readonly seen = new Set<string>();

  constructor(private readonly reusableTestToken: () => boolean) {}

  /** A fresh single-use token, as the test script would give after a solve. */
  issue(): string {
    const tail = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) =>
      b.toString(16).padStart(2, "0"),
    ).join("");
    return `10000000-aaaa-bbbb-cccc-${tail}`;
  }

  /** Checks and uses up a token. */
  verify(token: unknown): { ok: true } | { ok: false; code: CaptchaErrorCode } {
    if (token === undefined || token === null || token === "")
      return { ok: false, code: "missing-input-response" };
    if (typeof token !== "string" || !ISSUED_TOKEN.test(token))
      return { ok: false, code: "invalid-input-response" };
    if (token === HCAPTCHA_TEST_TOKEN && this.reusableTestToken()) return { ok: true };
    if (this.seen.has(token)) return { ok: false, code: "invalid-or-already-seen-response" };
    this.seen.add(token);
    return { ok: true };
  }

  clear(): void {
    this.seen.clear();
  }
}

/** Synchronizer tokens for the urlencoded (no-JavaScript) form: issued by GET, used once by POST. */
export class CsrfTokens {
  private readonly tokens = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = 60 * 60 * 1000,
  ) {}

  issue(): string {
    const now = this.now();
    // Drop expired tokens so the map stays small under load.
    if (this.tokens.size > 1000) {
      for (const [token, expires] of this.tokens) if (expires < now) this.tokens.delete(token);
    }
    const token = Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) =>
      b.toString(16).padStart(2, "0"),
    ).join("");
    this.tokens.set(token, now + this.ttlMs);
    return token;
  }

  /** True once per issued, unexpired token. */
  use(token: unknown): boolean {
    if (typeof token !== "string") return false;
    const expires = this.tokens.get(token);
    this.tokens.delete(token);
    return expires !== undefined && expires >= this.now();
  }

  clear(): void {
    this.tokens.clear();
  }
}
