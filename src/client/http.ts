// Shared fetch plumbing: timeouts combined with the caller's signal, bounded body reads.
import { MAX_BODY_BYTES } from "../contract/schema";

/** Options shared by the GET and the POST. */
export interface RequestOptions {
  /** A custom fetch. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** fetch `credentials`. Defaults to `"same-origin"`. */
  credentials?: RequestCredentials;
  /** Extra request headers. Defaults to none. */
  headers?: Record<string, string>;
  /** Aborts the request (e.g. on unmount). */
  signal?: AbortSignal;
  /** Timeout in ms per request. */
  timeout?: number;
}

/** Thrown when a body exceeds the size limit. */
export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(
      process.env.NODE_ENV !== "production" ? `the response is larger than ${limit} bytes` : "",
    );
  }
}

/** A controller that aborts after `timeout` ms or when `signal` aborts; call `done()` when finished. */
export function withTimeout(
  timeout: number,
  signal?: AbortSignal,
): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}

/** Drop a body we will not read. Not awaited: some streams never settle their cancel. */
export function discard(response: Response): void {
  try {
    void response.body?.cancel().catch(() => undefined);
  } catch {
    // A locked or already-consumed body needs nothing.
  }
}

/** Read a body as text, refusing more than `limit` bytes without reading the rest. */
export async function readText(response: Response, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    discard(response);
    throw new BodyTooLargeError(limit);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Is this content type JSON (`application/json`, `application/problem+json`, …)? */
export const isJsonType = (contentType: string | null): boolean =>
  contentType !== null && /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType.trim());
