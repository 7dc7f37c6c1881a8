// A Pwned Passwords-compatible range endpoint over a local list of breached
// passwords, and the same check for POST /register. The list is
// hashed once (SHA-1, Web Crypto: node and browser) on first use.
import { rateLimitHeaders, type RateDecision, secondsText } from "./guards";
import { withHeaders } from "./http/cors";
import type { RouteContext, Router } from "./http/router";
import { plainError, type Issue, type ResponseStyle } from "./responses";

/**
 * Common passwords from public breach corpora (the top of every "most common
 * passwords" list), on top of `password.blocklist`. Extend with
 * `passwordScreening.passwords`.
 */
export const COMMON_BREACHED_PASSWORDS: readonly string[] = [
  "123456",
  "123456789",
  "12345",
  "qwerty",
  "password",
  "12345678",
  "111111",
  "123123",
  "1234567890",
  "1234567",
  "qwerty123",
  "000000",
  "1q2w3e",
  "aa12345678",
  "abc123",
  "password1",
  "1234",
  "qwertyuiop",
  "123321",
  "password123",
  "1q2w3e4r5t",
  "iloveyou",
  "654321",
  "666666",
  "987654321",
  "123",
  "123456a",
  "qwe123",
  "1q2w3e4r",
  "7777777",
  "1qaz2wsx",
  "123qwe",
  "zxcvbnm",
  "121212",
  "asdasd",
  "a123456",
  "555555",
  "dragon",
  "112233",
  "123123123",
  "monkey",
  "11111111",
  "qazwsx",
  "159753",
  "asdfghjkl",
  "222222",
  "1234qwer",
  "qwerty1",
  "123654",
  "123abc",
  "asdfgh",
  "777777",
  "aaaaaa",
  "myspace1",
  "88888888",
  "fuckyou",
  "123456789a",
  "999999",
  "888888",
  "football",
  "princess",
  "sunshine",
  "shadow",
  "master",
  "baseball",
  "superman",
  "michael",
  "letmein",
  "welcome",
  "trustno1",
  "starwars",
  "whatever",
  "passw0rd",
  "hello123",
  "charlie",
  "donald",
  "login",
  "admin",
  "admin123",
  "qwertyui",
  "changeme",
  "secret",
  "freedom",
  "computer",
  "internet",
  "summer2024",
  "Password1",
  "Password123",
  "P@ssw0rd",
  "Welcome1",
  "Qwerty123",
];

/** Default minimum number of lines in a padded range response (Pwned Passwords pads to 800–1000). */
export const DEFAULT_RANGE_PADDING = 800;

export interface PasswordScreeningConfig {
  /** Serve `/range/{prefix}` and refuse breached passwords at POST. Defaults to `true`. */
  enabled?: boolean;
  /** Path of the range endpoint (the prefix is appended). Defaults to `/range`. */
  path?: string;
  /** Minimum lines in a padded response. Defaults to 800. */
  padding?: number;
  /** Extra breached passwords, on top of the blocklist and the built-in common ones. */
  passwords?: string[];
}

export interface ResolvedPasswordScreeningConfig {
  enabled: boolean;
  path: string;
  padding: number;
  passwords: string[];
}

/** The feature's slice of the configuration: its own settings and the password blocklist. */
export interface PwnedRangeSettings extends ResolvedPasswordScreeningConfig {
  blocklist: readonly string[];
}

export function resolvePasswordScreening(
  config: PasswordScreeningConfig = {},
): ResolvedPasswordScreeningConfig {
  const path = (config.path ?? "/range").replace(/\/+$/, "");
  if (!path.startsWith("/")) throw new Error(`passwordScreening.path must start with "/": ${path}`);
  const padding = config.padding ?? DEFAULT_RANGE_PADDING;
  if (!Number.isInteger(padding) || padding < 0 || padding > 10_000)
    throw new Error("passwordScreening.padding must be an integer from 0 to 10000.");
  return {
    enabled: config.enabled ?? true,
    path,
    padding,
    passwords: config.passwords ?? [],
  };
}

async function sha1(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex.toUpperCase();
}

/**
 * The passwords the mock treats as breached: the blocklist, the common list
 * and the configured extras, each as written, lower-case and capitalised
 * (the blocklist is compared case-insensitively at POST; the range API, like
 * Pwned Passwords, is exact).
 */
export function breachedPasswords(
  settings: Pick<PwnedRangeSettings, "blocklist" | "passwords">,
): string[] {
  const out = new Set<string>();
  for (const word of [...settings.blocklist, ...COMMON_BREACHED_PASSWORDS, ...settings.passwords]) {
    out.add(word);
    const lower = word.toLowerCase();
    out.add(lower);
    out.add(lower.charAt(0).toUpperCase() + lower.slice(1));
  }
  return [...out];
}

const HEX = "0123456789ABCDEF";
function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(35));
  let out = "";
  for (const byte of bytes) out += HEX[byte & 15];
  return out;
}

/** A breach count that looks plausible and stays the same for one password. */
function countFor(hash: string): number {
  return (parseInt(hash.slice(-6), 16) % 90_000) + 10;
}

/** The breached list, hashed and indexed by prefix. */
export class PwnedRange {
  private index: Promise<Map<string, Map<string, number>>> | undefined;

  constructor(private readonly settings: () => PwnedRangeSettings) {}

  /** Forgets the index (after a configuration change). */
  reset(): void {
    this.index = undefined;
  }

  private load(): Promise<Map<string, Map<string, number>>> {
    this.index ??= (async () => {
      const map = new Map<string, Map<string, number>>();
      for (const password of breachedPasswords(this.settings())) {
        const hash = await sha1(password);
        const prefix = hash.slice(0, 5);
        let range = map.get(prefix);
        if (!range) map.set(prefix, (range = new Map()));
        range.set(hash.slice(5), countFor(hash));
      }
      return map;
    })();
    return this.index;
  }

  /** `SUFFIX:COUNT` lines for a prefix; with `pad`, random count-0 lines up to the padding size. */
  async range(prefix: string, pad: boolean): Promise<string> {
    const found = (await this.load()).get(prefix.toUpperCase()) ?? new Map<string, number>();
    const lines = [...found].map(([suffix, count]) => `${suffix}:${count}`);
    if (pad) {
      const target = this.settings().padding;
      // 800–1000 lines, like Pwned Passwords: the size says nothing about the range.
      const total = Math.max(target + Math.floor(Math.random() * 201), lines.length);
      while (lines.length < total) {
        const suffix = randomSuffix();
        if (!found.has(suffix)) lines.push(`${suffix}:0`);
      }
      // Real entries are not always first.
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
    }
    return lines.join("\r\n");
  }

  /** How often the exact password appears in the list (0 = not breached). */
  async count(password: string): Promise<number> {
    const hash = await sha1(password);
    return (await this.load()).get(hash.slice(0, 5))?.get(hash.slice(5)) ?? 0;
  }

  /** The POST /register rule: a breached password is refused with the reason and guidance. */
  async check(password: string): Promise<Issue | undefined> {
    if (!this.settings().enabled || !password) return undefined;
    if ((await this.count(password)) === 0) return undefined;
    // Stormpath's password-policy code, so a client maps it to the password field.
    return {
      status: 400,
      code: 2007,
      field: "password",
      reason: "password-breached",
      message:
        "This password has appeared in a data breach, so attackers are likely to try it. Choose a different password that you have not used anywhere else: three or four unrelated words work well, and a password manager can create and remember one for you.",
    };
  }

  /**
   * Mounts `GET|HEAD {path}/{prefix}` (when screening is on), rate limited
   * by `limit` like the other reads, so the list cannot be scraped quickly.
   */
  mount(
    router: Router,
    style: ResponseStyle,
    limit: (context: RouteContext) => RateDecision | undefined,
  ): void {
    const { enabled, path } = this.settings();
    if (!enabled) return;
    const headers = {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "public, max-age=2678400",
      "access-control-allow-origin": "*",
      vary: "Add-Padding",
    };
    router
      .group({
        notAllowed: () =>
          new Response("Method not allowed.", {
            status: 405,
            headers: { ...headers, allow: "GET, HEAD, OPTIONS" },
          }),
        refuse: (status, message, extra) => plainError(style, status, message, extra),
      })
      .use(async (context, next) => {
        const decision = limit(context);
        const rate = rateLimitHeaders(decision);
        if (decision && !decision.allowed) {
          const retryAfter = decision.resetSeconds;
          return new Response(`Too many requests. Try again in ${secondsText(retryAfter)}.`, {
            status: 429,
            headers: {
              ...headers,
              ...rate,
              "cache-control": "no-store",
              "retry-after": String(retryAfter),
            },
          });
        }
        return withHeaders(await next(), rate);
      })
      .on(
        ["GET", "HEAD"],
        (p) => (p.startsWith(path + "/") ? { prefix: p.slice(path.length + 1) } : undefined),
        async ({ request, params }) => {
          const prefix = params.prefix ?? "";
          if (!/^[0-9A-Fa-f]{5}$/.test(prefix)) {
            return new Response("The hash prefix was not in a valid format", {
              status: 400,
              headers,
            });
          }
          const pad = (request.headers.get("add-padding") ?? "").toLowerCase() === "true";
          const body = await this.range(prefix, pad);
          return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
        },
      );
  }
}
