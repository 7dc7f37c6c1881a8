// fetch only: check a verification token (asking for a new email is ./resendClient,
// loaded with the resend step).
import { discard, isJsonType, readText, withTimeout } from "../client/http";
import type { RequestOptions } from "../client/http";
import { parseRetryAfter } from "../core/retryAfter";
import { classifyTokenError, type TokenProblem } from "./classify";

/** The outcome of `GET {endpoint}?sptoken=`. */
export type VerifyOutcome =
  | { kind: "verified" }
  | { kind: TokenProblem; status: number }
  | { kind: "rate-limited"; status: number; retryAfter: number }
  | { kind: "error"; reason: "network" | "timeout" | "server"; status?: number };

const DEFAULT_TIMEOUT = 10_000;

async function readJson(response: Response): Promise<unknown> {
  if (!isJsonType(response.headers.get("content-type"))) {
    discard(response);
    return undefined;
  }
  try {
    return JSON.parse(await readText(response, 16_384)) as unknown;
  } catch {
    return undefined;
  }
}

function failure(error: unknown, timedOut: boolean): { reason: "network" | "timeout" } {
  if (timedOut) return { reason: "timeout" };
  // The caller's abort (unmount) is rethrown: nobody is waiting for an outcome.
  if (error instanceof DOMException && error.name === "AbortError") throw error;
  return { reason: "network" };
}

/**
 * Checks a verification token: `GET {endpoint}?sptoken={token}`. Any 2xx is
 * "verified" (Stormpath answers 200 with no body). Never retried: a token
 * works once, and a retry after a lost answer would read "used".
 */
export async function verifyEmailToken(
  endpoint: string,
  token: string,
  options: RequestOptions = {},
): Promise<VerifyOutcome> {
  const url = new URL(endpoint, globalThis.location?.href ?? "http://localhost/");
  url.searchParams.set("sptoken", token);
  const timer = withTimeout(options.timeout ?? DEFAULT_TIMEOUT, options.signal);
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url.href, {
      method: "GET",
      headers: { accept: "application/json", ...options.headers },
      credentials: options.credentials ?? "same-origin",
      signal: timer.signal,
    });
  } catch (error) {
    return { kind: "error", ...failure(error, timer.timedOut()) };
  } finally {
    timer.done();
  }
  if (response.ok) {
    discard(response);
    return { kind: "verified" };
  }
  if (response.status === 429 || response.status === 503) {
    discard(response);
    return {
      kind: "rate-limited",
      status: response.status,
      retryAfter: parseRetryAfter(response.headers.get("retry-after")),
    };
  }
  if (response.status >= 500) {
    discard(response);
    return { kind: "error", reason: "server", status: response.status };
  }
  return {
    kind: classifyTokenError(response.status, await readJson(response)),
    status: response.status,
  };
}
