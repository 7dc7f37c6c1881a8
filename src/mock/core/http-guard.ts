// The door checks every host shares: which admin routes need the admin token,
// which requests a browser sent from another site, which bodies count as JSON,
// which Host values the node server serves. Isomorphic (WebCrypto only).

/** The header that carries the admin token. */
export const ADMIN_TOKEN_HEADER = "x-mock-admin-token";

/** Loopback origins (any port): the kit's own dev servers, Storybook, Playwright. */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/** Host names served without configuration. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** True for `http(s)://localhost|127.0.0.1|[::1][:port]`. */
export function isLoopbackOrigin(origin: string): boolean {
  return LOOPBACK_ORIGIN.test(origin);
}

/** True for a host (or bind address) that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return LOOPBACK_HOSTS.has(name) || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Admin routes anyone may call: the health check and the hCaptcha test
 * script (a `<script>` tag cannot send a header) with its siteverify.
 */
export function isPublicAdminPath(path: string): boolean {
  return path === "/__mock/health" || path.startsWith("/__mock/hcaptcha/");
}

/** Methods that change state. */
export function isStateChanging(method: string): boolean {
  return method === "POST" || method === "PUT" || method === "PATCH" || method === "DELETE";
}

/** `application/json`, `application/scim+json`, `application/merge-patch+json`… */
export function isJsonType(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/**
 * Compares a secret with what a caller sent without leaking where they differ
 * or how long the secret is: both sides are hashed first, then every byte is
 * compared.
 */
export async function secretEquals(sent: string, secret: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(sent), digest(secret)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Why a browser request counts as cross-site, or `undefined`. The Origin
 * header decides when it is there: loopback origins, the server's own origin
 * and configured ones are allowed. Without it, `Sec-Fetch-Site: cross-site`
 * refuses.
 */
export function crossSiteReason(
  request: Request,
  ownOrigin: string,
  allowedOrigins: readonly string[] = [],
): string | undefined {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (origin === ownOrigin || isLoopbackOrigin(origin) || allowedOrigins.includes(origin))
      return undefined;
    return `Origin ${origin.slice(0, 100)} is not allowed`;
  }
  if (request.headers.get("sec-fetch-site") === "cross-site")
    return "the browser says the request is cross-site";
  return undefined;
}

/**
 * The host name of a Host header (`example.test:4010` → `example.test`,
 * `[::1]:4010` → `[::1]`), or `undefined` when it is malformed.
 */
export function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(host.trim());
  return match?.[1]?.toLowerCase();
}

/**
 * True when `host` (a Host header) names this server: loopback names, the bound
 * address, or one of `allowed` (a leading dot allows subdomains: `.example.test`).
 */
export function isAllowedHost(
  host: string | undefined,
  boundHost: string,
  allowed: readonly string[] = [],
): boolean {
  const name = hostName(host);
  if (!name) return false;
  const bound = boundHost.includes(":") ? `[${boundHost.toLowerCase()}]` : boundHost.toLowerCase();
  if (LOOPBACK_HOSTS.has(name) || name === bound) return true;
  return allowed.some((entry) => {
    const want = entry.toLowerCase();
    return want.startsWith(".") ? name === want.slice(1) || name.endsWith(want) : name === want;
  });
}

/**
 * Decodes one percent-encoded path segment, or `undefined` when the encoding
 * is malformed (`%E0%A4%A`), so routes answer 400 instead of failing.
 */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** True when every `%` in `path` starts a valid UTF-8 escape sequence. */
export function isWellEncodedPath(path: string): boolean {
  return !path.includes("%") || decodeSegment(path) !== undefined;
}
