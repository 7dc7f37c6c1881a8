// fetch only: ask for a new verification email. Loaded with the resend step,
// never with the signup form or the verify page.
import { discard, withTimeout } from "../client/http";
import type { RequestOptions } from "../client/http";
import { parseRetryAfter } from "../core/retryAfter";

/** The outcome of `POST {endpoint} {login}`. */
export type ResendOutcome =
  | { kind: "sent" }
  | { kind: "rate-limited"; status: number; retryAfter: number }
  | { kind: "error"; reason: "network" | "timeout" | "server" | "refused"; status?: number };

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
  const timer = withTimeout(options.timeout ?? 10_000, options.signal);
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
      signal: timer.signal,
    });
  } catch (error) {
    return { kind: "error", ...failure(error, timer.timedOut()) };
  } finally {
    timer.done();
  }
  discard(response);
  if (response.ok) return { kind: "sent" };
  if (response.status === 429 || response.status === 503) {
    return {
      kind: "rate-limited",
      status: response.status,
      retryAfter: parseRetryAfter(response.headers.get("retry-after")),
    };
  }
  return {
    kind: "error",
    reason: response.status >= 500 ? "server" : "refused",
    status: response.status,
  };
}
