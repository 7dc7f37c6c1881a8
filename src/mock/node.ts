/**
 * `signup-kit/mock/node`: the node hosts of the mock without msw: the
 * standalone HTTP server, the `(req, res, next)` middleware for Express and
 * Connect, scrypt hashing and file persistence. (msw's
 * `setupServer` with the mock's handlers is `signup-kit/mock/msw/node`.)
 *
 * @packageDocumentation
 */
export { startMockServer } from "./node/standalone";
export type { MockExchange, RunningMockServer, StartMockServerOptions } from "./node/standalone";
export {
  DataFileError,
  auditFileFor,
  createAuditFileSink,
  createFileStore,
} from "./node/file-store";
export { createScryptHasher } from "./node/scrypt";
export { createMockMiddleware, toFetchRequest, writeFetchResponse } from "./node/middleware";
export type { MockMiddleware, MockMiddlewareOptions } from "./node/middleware";
export { createOutboxDirSink, outboxDirFor } from "./node/outbox";
