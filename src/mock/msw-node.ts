/**
 * `signup-kit/mock/msw/node`: msw's `setupServer` with the mock's handlers,
 * for node tests. Needs msw (an optional peer dependency: `npm install -D msw`).
 *
 * @packageDocumentation
 */
import { setupServer, type SetupServer } from "msw/node";
import { createMockBackend, type MockBackend } from "./core/backend";
import type { MockConfig } from "./core/config";
import { createHandlers } from "./handlers";
import { createScryptHasher } from "./node/scrypt";

/** Options of {@link createMockServer}. */
export interface CreateMockServerOptions {
  /** Configuration (may name a preset). Defaults to the Stormpath default form. */
  config?: MockConfig;
  /** Where the routes live, relative (`""`, any origin) or absolute. Defaults to `""`. */
  baseUrl?: string;
  /** An existing backend instead of `config`. */
  backend?: MockBackend;
}

/** What {@link createMockServer} returns. */
export interface MockServer {
  /** msw's server: call `listen()`, `resetHandlers()`, `close()` as usual. */
  server: SetupServer;
  backend: MockBackend;
}

/**
 * An msw `setupServer` with the mock's handlers, for node tests. Hashes with
 * scrypt (cost 1024 here, to keep tests fast); state is in memory.
 *
 * @example
 * ```ts
 * const { server, backend } = createMockServer({ config: { preset: "minimal" }, baseUrl: "http://api.test" });
 * beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
 * afterEach(() => backend.reset());
 * afterAll(() => server.close());
 * ```
 */
export function createMockServer(options: CreateMockServerOptions = {}): MockServer {
  const backend =
    options.backend ?? createMockBackend(options.config, { hasher: createScryptHasher(1024) });
  const { handlers } = createHandlers({
    backend,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
  });
  return { server: setupServer(...handlers), backend };
}
