/**
 * `signup-kit/mock/browser`: the mock in a service worker, for the demo and
 * Storybook. Needs msw (an optional peer dependency: `npm install -D msw`) and
 * `mockServiceWorker.js` at the site root (`npx msw init public`).
 *
 * @packageDocumentation
 */
import { setupWorker, type SetupWorker, type StartOptions } from "msw/browser";
import type { MockBackend } from "./core/backend";
import type { MockConfig } from "./core/config";
import { createHandlers } from "./handlers";

/** Options of {@link startMockWorker}. */
export interface StartMockWorkerOptions {
  /** Configuration (may name a preset). Defaults to the Stormpath default form. */
  config?: MockConfig;
  /** Where the routes live: `""` (this page's origin), a path, or an absolute URL. Defaults to `""`. */
  baseUrl?: string;
  /** An existing backend instead of `config`. */
  backend?: MockBackend;
  /**
   * Require this token (`X-Mock-Admin-Token`) on the admin routes of a new
   * backend. Defaults to none: only this page reaches its worker.
   */
  adminToken?: string;
  /** Passed to `worker.start()`. Defaults to `{ onUnhandledRequest: "bypass", quiet: true }`. */
  start?: StartOptions;
}

/** What {@link startMockWorker} resolves to. */
export interface MockWorker {
  worker: SetupWorker;
  backend: MockBackend;
}

/**
 * Creates the worker with the mock's handlers and starts it. Passwords are
 * hashed with PBKDF2 through WebCrypto; state lives in the page's memory.
 *
 * @example
 * ```ts
 * const { backend } = await startMockWorker({ config: { preset: "captcha" } });
 * ```
 */
export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<MockWorker> {
  const { handlers, backend } = createHandlers({
    ...(options.backend ? { backend: options.backend } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.adminToken !== undefined
      ? { backendOptions: { adminToken: options.adminToken } }
      : {}),
  });
  const worker = setupWorker(...handlers);
  await worker.start(options.start ?? { onUnhandledRequest: "bypass", quiet: true });
  return { worker, backend };
}

/** The handlers without starting anything (for msw-storybook-addon's `msw.use(...)`). */
export { createHandlers } from "./handlers";
