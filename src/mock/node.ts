/**
 * `signup-kit/mock/node`: the node hosts of the mock without msw: the
 * standalone HTTP server, scrypt hashing and file persistence. (msw's
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
export { createOutboxDirSink, outboxDirFor } from "./node/outbox";
