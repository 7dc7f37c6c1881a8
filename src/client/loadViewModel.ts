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
  constructor(reason: LoadFailureReason, message: string, status?: number) {
    super(message);
    this.name = "LoadError";
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
      reject(new LoadError("aborted", "loading was aborted"));
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

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
      if (signal?.aborted) throw new LoadError("aborted", "loading was aborted");
      if (timer.timedOut()) throw new LoadError("timeout", `no answer within ${timeout} ms`);
      throw new LoadError("network", "the network request failed");
    }
    if (!response.ok) {
      discard(response);
      throw new LoadError("http", `the endpoint answered ${response.status}`, response.status);
    }
    if (!isJsonType(response.headers.get("content-type"))) {
      discard(response);
      throw new LoadError(
        "not-json",
        "the endpoint did not return a JSON view model",
        response.status,
      );
    }
    let text: string;
    try {
      text = await readText(response);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        throw new LoadError(
          "too-large",
          `the view model is too large: ${error.message}`,
          response.status,
        );
      if (signal?.aborted) throw new LoadError("aborted", "loading was aborted");
      if (timer.timedOut()) throw new LoadError("timeout", `no answer within ${timeout} ms`);
      throw new LoadError("network", "the response was cut off");
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new LoadError(
        "not-json",
        "the endpoint did not return a JSON view model",
        response.status,
      );
    }
    const checked = checkViewModel(data);
    if (!checked.ok)
      throw new LoadError(
        "invalid",
        `the view model is invalid: ${checked.message}`,
        response.status,
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
