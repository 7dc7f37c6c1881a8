// GET the view model: timeout + caller abort, retries with backoff and jitter for
// network errors and 5xx, size limit, runtime validation.
import { checkViewModel } from "../contract/schema";
import type { RegisterViewModel } from "../contract/types";
import {
  type RequestOptions,
  BodyTooLargeError,
  discard,
  isJsonType,
  readText,
  withTimeout,
} from "./http";

/** Why loading failed. */
export type LoadFailureReason =
  "network" | "timeout" | "http" | "not-json" | "invalid" | "too-large" | "aborted";

/** Thrown by {@link loadViewModel}. `message` is for developers; show the catalogue's text. */
export class LoadError extends Error {
  /** Why loading failed. */
  readonly reason: LoadFailureReason;
  /** The HTTP status, when there was a response. */
  readonly status?: number;
  constructor(reason: LoadFailureReason, message: string | false, status?: number) {
    super(message || "");
    this.reason = reason;
    if (status !== undefined) this.status = status;
  }
}

/** Options of {@link loadViewModel}. */
export interface LoadViewModelOptions extends RequestOptions {
  /** Tries in all (network errors and 5xx are retried). Defaults to `3`. */
  tries?: number;
  /** Base backoff delay in ms; doubles each retry, plus up to 100 % jitter. Defaults to `500`. */
  backoff?: number;
  /** Random source for the jitter. Defaults to `Math.random`. */
  random?: () => number;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(
        new LoadError("aborted", process.env.NODE_ENV !== "production" && "loading was aborted"),
      );
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// Developer messages exist in development builds only (`message` is "" in production).
const NOT_JSON =
  process.env.NODE_ENV !== "production" && "the endpoint did not return a JSON view model";

async function loadOnce(
  endpoint: string,
  options: LoadViewModelOptions,
): Promise<RegisterViewModel> {
  const {
    fetch: doFetch = globalThis.fetch,
    credentials = "same-origin",
    headers,
    signal,
    timeout = 10_000,
  } = options;
  const timer = withTimeout(timeout, signal);
  // No (complete) answer: aborted by the caller, timed out, or a network failure.
  const lost = (what: string) =>
    signal?.aborted
      ? new LoadError("aborted", process.env.NODE_ENV !== "production" && "loading was aborted")
      : timer.timedOut()
        ? new LoadError(
            "timeout",
            process.env.NODE_ENV !== "production" && `no answer within ${timeout} ms`,
          )
        : new LoadError("network", process.env.NODE_ENV !== "production" && what);
  try {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: "GET",
        headers: { ...headers, Accept: "application/json" },
        credentials,
        signal: timer.signal,
      });
    } catch {
      throw lost("the network request failed");
    }
    const status = response.status;
    if (!response.ok || !isJsonType(response.headers.get("content-type"))) {
      discard(response);
      throw response.ok
        ? new LoadError("not-json", NOT_JSON, status)
        : new LoadError(
            "http",
            process.env.NODE_ENV !== "production" && `the endpoint answered ${status}`,
            status,
          );
    }
    let text: string;
    try {
      text = await readText(response);
    } catch (error) {
      throw error instanceof BodyTooLargeError
        ? new LoadError(
            "too-large",
            process.env.NODE_ENV !== "production" &&
              `the view model is too large: ${error.message}`,
            status,
          )
        : lost("the response was cut off");
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new LoadError("not-json", NOT_JSON, status);
    }
    const checked = checkViewModel(data);
    if (!checked.ok)
      throw new LoadError(
        "invalid",
        process.env.NODE_ENV !== "production" && `the view model is invalid: ${checked.message}`,
        status,
      );
    return checked.value;
  } finally {
    timer.done();
  }
}

const retryable = (error: unknown): boolean =>
  error instanceof LoadError &&
  (error.reason === "network" ||
    error.reason === "timeout" ||
    (error.reason === "http" && (error.status ?? 0) >= 500));

/**
 * Fetch and validate the view model. Retries network errors, timeouts and 5xx
 * with exponential backoff and jitter; throws a {@link LoadError}.
 */
export async function loadViewModel(
  endpoint: string,
  options: LoadViewModelOptions = {},
): Promise<RegisterViewModel> {
  const { tries = 3, backoff = 500, random = Math.random } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadOnce(endpoint, options);
    } catch (error) {
      if (attempt >= tries || !retryable(error)) throw error;
      const base = backoff * 2 ** (attempt - 1);
      await sleep(base + random() * base, options.signal);
    }
  }
}
