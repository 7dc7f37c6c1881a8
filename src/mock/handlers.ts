// One msw handler over the backend, for the msw hosts: the browser worker and
// setupServer in node tests. (The standalone server and `backend.handle` need no msw.)
import { http, HttpResponse, type HttpHandler } from "msw";
import { createMockBackend, type MockBackend, type MockBackendOptions } from "./core/backend";
import type { MockConfig } from "./core/config";

/** Options of {@link createHandlers}. */
export interface MockHandlersOptions {
  /** An existing backend, to share state with tests or admin code. Defaults to a new one from `config`. */
  backend?: MockBackend;
  /** Configuration of a new backend (ignored with `backend`). Defaults to the Stormpath default form. */
  config?: MockConfig;
  /** Options of a new backend (hasher, persistence, audit sink). */
  backendOptions?: MockBackendOptions;
  /**
   * Where the routes live: `""` or a path (`/api`) for the page's own origin,
   * or an absolute URL (`http://127.0.0.1:4010/api`). Defaults to `""`.
   */
  baseUrl?: string;
}

/** The handler array plus the backend behind it. */
export interface MockHandlers {
  handlers: HttpHandler[];
  backend: MockBackend;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * Splits a base URL into the origin to match (or `undefined`: any origin) and
 * the path prefix.
 */
export function parseBaseUrl(baseUrl = ""): { origin: string | undefined; basePath: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl)) {
    const url = new URL(baseUrl);
    return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, "") };
  }
  const basePath = baseUrl.replace(/\/+$/, "");
  // In a page, a relative base means the page's origin; in node, any origin.
  const origin =
    typeof location !== "undefined" && location.origin !== "null" ? location.origin : undefined;
  return { origin, basePath };
}

/**
 * Creates the msw handlers of the mock. Use the same array with
 * `setupWorker` (browser), `setupServer` (node tests) or the standalone server.
 *
 * @example
 * ```ts
 * const { handlers, backend } = createHandlers({ config: { preset: "captcha" } });
 * const server = setupServer(...handlers);
 * ```
 */
export function createHandlers(options: MockHandlersOptions = {}): MockHandlers {
  const backend = options.backend ?? createMockBackend(options.config, options.backendOptions);
  const { origin, basePath } = parseBaseUrl(options.baseUrl);
  const prefix = origin ? escapeRegExp(origin) : "[a-z][a-z0-9+.-]*://[^/]+";
  // The backend decides which paths are its own; this only narrows the origin and prefix.
  const pattern = new RegExp(`^${prefix}${escapeRegExp(basePath)}(/.*)?$`, "i");
  const handler = http.all(pattern, async ({ request }) => {
    const response = await backend.respond(request, { basePath });
    if (!response) return undefined;
    // A dropped connection: fetch rejects with a TypeError.
    if (response.type === "error") return HttpResponse.error();
    return response;
  });
  return { handlers: [handler], backend };
}
