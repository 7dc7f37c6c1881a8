// The k-anonymity range protocol of Pwned Passwords, client side: hash the
// password with SHA-1 (Web Crypto), send the first 5 hex characters, match the
// other 35 locally. The password and its full hash never leave this module.
// Loaded with import() only when `passwordScreening` is set.
import type { ScreeningResult } from "./types";

/** The public Pwned Passwords range API (the default endpoint). */
export const DEFAULT_RANGE_ENDPOINT = "https://api.pwnedpasswords.com/range/";
/** Default ms before a range request is given up. */
export const DEFAULT_SCREENING_TIMEOUT = 3000;

/** The upper-case hex SHA-1 of the UTF-8 bytes of `text`, as Pwned Passwords indexes it. */
export async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex.toUpperCase();
}

/** The range URL for a 5-character prefix: `{prefix}` is replaced, else the prefix is appended. */
export function rangeUrl(endpoint: string, prefix: string): string {
  if (endpoint.includes("{prefix}")) return endpoint.replace("{prefix}", prefix);
  return endpoint.endsWith("/") ? endpoint + prefix : `${endpoint}/${prefix}`;
}

/**
 * Finds `suffix` (35 hex characters) in a range response (`SUFFIX:COUNT` per
 * line, CRLF or LF). Padding lines (count 0) never match. Returns the count,
 * `0` when absent, or `undefined` when the body is not a range response.
 */
export function matchRange(body: string, suffix: string): number | undefined {
  const wanted = suffix.toUpperCase();
  for (const line of body.split(/\r?\n/)) {
    const text = line.trim();
    if (!text) continue;
    const match = /^([0-9A-Fa-f]{35}):(\d+)$/.exec(text);
    if (!match) return undefined;
    if (match[1]!.toUpperCase() === wanted) {
      const count = Number(match[2]);
      if (count > 0) return count;
    }
  }
  // An empty body is a valid (if unpadded) answer: nothing in this range.
  return 0;
}

export interface LookupOptions {
  endpoint?: string | undefined;
  timeout?: number | undefined;
  /** Aborting it rejects with the signal's reason (the value changed): not a failure. */
  signal?: AbortSignal | undefined;
  fetch?: typeof fetch | undefined;
}

/**
 * Looks a password up. Resolves `breached`, `clean` or `unavailable` (the
 * caller fails open); rejects only when `signal` is aborted.
 */
export async function lookupPassword(
  password: string,
  { endpoint = DEFAULT_RANGE_ENDPOINT, timeout, signal, fetch: fetcher }: LookupOptions = {},
): Promise<ScreeningResult> {
  let hash: string;
  try {
    hash = await sha1Hex(password);
  } catch {
    return { status: "unavailable", reason: "crypto" };
  }
  signal?.throwIfAborted();
  const prefix = hash.slice(0, 5);
  const suffix = hash.slice(5);
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout ?? DEFAULT_SCREENING_TIMEOUT);
  try {
    const response = await (fetcher ?? globalThis.fetch)(rangeUrl(endpoint, prefix), {
      method: "GET",
      // Padding hides, from someone watching the traffic, how many suffixes the range holds.
      headers: { "Add-Padding": "true" },
      // Nothing that identifies the person goes with it.
      credentials: "omit",
      referrerPolicy: "no-referrer",
      signal: controller.signal,
    });
    if (!response.ok) return { status: "unavailable", reason: "http" };
    const count = matchRange(await response.text(), suffix);
    if (count === undefined) return { status: "unavailable", reason: "format" };
    return count > 0 ? { status: "breached", count } : { status: "clean" };
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    return { status: "unavailable", reason: timedOut ? "timeout" : "network" };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
