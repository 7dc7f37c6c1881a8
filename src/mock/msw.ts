/**
 * `signup-kit/mock/msw`: the mock's msw handlers, for `setupWorker`,
 * `setupServer` or msw-storybook-addon. Needs msw (an optional peer
 * dependency: `npm install -D msw`).
 *
 * @packageDocumentation
 */
export { createHandlers, parseBaseUrl } from "./handlers";
export type { MockHandlers, MockHandlersOptions } from "./handlers";
