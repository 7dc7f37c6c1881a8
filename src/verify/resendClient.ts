// fetch only: ask for a new verification email. Loaded with the resend step,
// never with the signup form or the verify page.
// Self-contained on purpose: a module shared with the signup form would become
// a chunk of its own in the form's eager bundle (esbuild splits by file).
import type { RequestOptions } from "../client/http";

/** The outcome of `POST {endpoint} {login}`. */
export type ResendOutcome =
  | { kind: "sent" }
  | { kind: "rate-limited"; status: number; retryAfter: number }
  | { kind: "error"; reason: "network" | "timeout" | "server" | "refused"; status?: number };

/**
 * Retry-After in whole seconds (delta-seconds or an HTTP date), 1 to 3600,
 * else 30: the rules of core/retryAfter, kept here so this lazy chunk does not
 * share a module with the form (verify/client.test.ts checks they agree).
 */
export function retryAfterSeconds(value: string | null): number {
  const raw = value?.trim() ?? "";
  const date = /[a-z]/i.test(raw) ? Date.parse(raw) : NaN;
  const seconds = /^\d+$/.test(raw)
    ? Number(raw)
    : Number.isFinite(date)
      ? (date - Date.now()) / 1000
      : 30;
  return Math.min(3600, Math.max(1, Math.ceil(seconds)));
}

/** Drop a body we will not read (not awaited: some streams never settle). */
function discard(response: Response): void {
  try {
    void response.body?.cancel().catch(() => undefined);
  } catch {
    // A locked or already-consumed body needs nothing.
  }
}

function failure(error: unknown, timedOut: boolean): { reason: "network" | "timeout" } {
  if (timedOut) return { reason: "timeout" };
  // The caller's abort (unmount) is rethrown: nobody is waiting for an outcome.
  if (error instanceof DOMException && error.name === "AbortError") throw error;
  return { reason: "network" };
}

/**
 * Asks for a new verification email: `POST {endpoint}` with `{ "login": … }`.
 * The server answers the same whether or not the account exists, so a 2xx
 * only means "asked". Never retried automatically.
 */
export async function requestVerificationEmail(
  endpoint: string,
  login: string,
  options: RequestOptions = {},
): Promise<ResendOutcome> {
  // Aborts after the timeout, or when the caller's signal aborts (unmount).
  const controller = new AbortController();
  const { signal } = options;
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? 10_000);
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(endpoint, {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        ...options.headers,
      },
      credentials: options.credentials ?? "same-origin",
      body: JSON.stringify({ login }),
      signal: controller.signal,
    });
  } catch (error) {
    return { kind: "error", ...failure(error, timedOut) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
  discard(response);
  if (response.ok) return { kind: "sent" };
  if (response.status === 429 || response.status === 503) {
    return {
      kind: "rate-limited",
      status: response.status,
      retryAfter: retryAfterSeconds(response.headers.get("retry-after")),
    };
  }
  return {
    kind: "error",
    reason: response.status >= 500 ? "server" : "refused",
    status: response.status,
  };
}
