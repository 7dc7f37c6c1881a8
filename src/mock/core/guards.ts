// Abuse guards: rate limits per client, single-use captcha tokens, CSRF tokens
// for the urlencoded form. All state is in memory and cleared by reset.
import { HCAPTCHA_TEST_TOKEN } from "./hcaptcha-test";

/** The outcome of one rate-limit check. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends. */
  resetSeconds: number;
}

/** How many keys a keyed guard keeps by default before it evicts. */
export const DEFAULT_MAX_KEYS = 10_000;

/**
 * Makes room for one more entry in a map of at most `max`: drops the oldest
 * inserted entries (the ones closest to expiry, since entries are re-inserted
 * when renewed). Constant time per call.
 */
export function evict<K, V>(map: Map<K, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size < max) break;
    map.delete(key);
  }
}

/**
 * Fixed-window counter per client key. Holds at most `maxKeys` windows: ended
 * windows go first, then the oldest, so a flood of distinct keys cannot grow
 * memory (an evicted key starts a fresh window).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly settings: { max: number; windowMs: number } | false,
    private readonly now: () => number,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** How many keys it holds. */
  get size(): number {
    return this.windows.size;
  }

  /** Counts one request for `client` and says whether it may go on. */
  take(client: string): RateDecision | undefined {
    if (!this.settings) return undefined;
    const { max, windowMs } = this.settings;
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= windowMs) {
      if (!window) evict(this.windows, this.maxKeys);
      else this.windows.delete(client);
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

/** How long the tokens of one issued seed can be used. */
export const CAPTCHA_SEED_TTL_MS = 60 * 60 * 1000;

/**
 * Seeds issued in this page or process, shared by every backend in it (a
 * Storybook page loads the test script once for many stories' backends).
 * Bounded: the oldest go first.
 */
const issuedSeeds = new Map<string, number>();

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}

/**
 * Verifies captcha tokens the way siteverify does: only tokens this mock
 * issued, unexpired, each once. Each load of the test script gets a fresh
 * seed (8 hex digits) and makes its tokens from it with a counter
 * (`10000000-aaaa-bbbb-cccc-<seed><counter>`); a made-up token of the same
 * shape has an unknown seed. The published test token is the one exception:
 * it passes once (or always, with `reusableTestToken`), as hCaptcha's test
 * keys accept it.
 */
export class CaptchaVerifier {
  /** Used tokens (bounded, oldest evicted first). */
  private readonly used = new Map<string, true>();
  private testTokenUsed = false;

  constructor(
    private readonly reusableTestToken: () => boolean,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** A fresh seed for one load of the test script. */
  issueSeed(): string {
    const seed = randomHex(4);
    evict(issuedSeeds, this.maxKeys);
    issuedSeeds.set(seed, this.now() + CAPTCHA_SEED_TTL_MS);
    return seed;
  }

  /** A fresh single-use token, as the test script would give after a solve. */
  issue(): string {
    return `10000000-aaaa-bbbb-cccc-${this.issueSeed()}0000`;
  }

  /** Checks and uses up a token. */
  verify(token: unknown): { ok: true } | { ok: false; code: CaptchaErrorCode } {
    if (token === undefined || token === null || token === "")
      return { ok: false, code: "missing-input-response" };
    if (typeof token !== "string") return { ok: false, code: "invalid-input-response" };
    if (token === HCAPTCHA_TEST_TOKEN) {
      if (this.reusableTestToken()) return { ok: true };
      if (this.testTokenUsed) return { ok: false, code: "invalid-or-already-seen-response" };
      this.testTokenUsed = true;
      return { ok: true };
    }
    const match = /^10000000-aaaa-bbbb-cccc-([0-9a-f]{8})[0-9a-f]{4}$/.exec(token);
    const expires = match?.[1] ? issuedSeeds.get(match[1]) : undefined;
    if (expires === undefined || expires < this.now())
      return { ok: false, code: "invalid-input-response" };
    if (this.used.has(token)) return { ok: false, code: "invalid-or-already-seen-response" };
    evict(this.used, this.maxKeys);
    this.used.set(token, true);
    return { ok: true };
  }

  /** How many used tokens it remembers. */
  get size(): number {
    return this.used.size;
  }

  clear(): void {
    this.used.clear();
    this.testTokenUsed = false;
  }
}

/** Synchronizer tokens for the urlencoded (no-JavaScript) form: issued by GET, used once by POST. */
export class CsrfTokens {
  private readonly tokens = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** How many tokens it holds. */
  get size(): number {
    return this.tokens.size;
  }

  issue(): string {
    const now = this.now();
    // The oldest (first to expire) go first: the map never passes maxKeys.
    evict(this.tokens, this.maxKeys);
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

/** The `RateLimit-*` headers of a decision (none when no limit applies). */
export function rateLimitHeaders(decision: RateDecision | undefined): Record<string, string> {
  return decision
    ? {
        "ratelimit-limit": String(decision.limit),
        "ratelimit-remaining": String(decision.remaining),
        "ratelimit-reset": String(decision.resetSeconds),
      }
    : {};
}

/** A wait in words for the mock's English messages: "1 second", "30 seconds". */
export function secondsText(seconds: number): string {
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}
