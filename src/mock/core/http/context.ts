// What a host tells the backend about one request, and where its routes live.

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

/** The path below `basePath` (`undefined`: the URL is not below it). */
export function relativePath(url: URL, basePath: string): string | undefined {
  const base = basePath.replace(/\/+$/, "");
  if (base && url.pathname !== base && !url.pathname.startsWith(base + "/")) return undefined;
  return url.pathname.slice(base.length) || "/";
}
