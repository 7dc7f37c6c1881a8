// Every answer a MockBackend gives in the node tests is checked against the
// OpenAPI document that backend serves (its configuration's /openapi.json).
// The check wraps MockBackend.prototype.respond, which handle() and every host
// (msw handlers, the standalone HTTP server) answer through, so all are covered; a test whose
// mock answered anything undocumented fails after it ran.
import { afterEach } from "vitest";
import { MockBackend } from "../src/mock/core/backend";
import { buildOpenApiDocument } from "../src/mock/core/openapi";
import { checkExchange, exchangeOf } from "./openapi-responses";

const problems: string[] = [];
const documents = new WeakMap<object, Record<string, unknown>>();
const original = MockBackend.prototype.respond;

MockBackend.prototype.respond = async function checked(this: MockBackend, request, context = {}) {
  const response = await original.call(this, request, context);
  if (!response || response.type === "error") return response;
  const config = this.config;
  let doc = documents.get(config);
  if (!doc) {
    doc = buildOpenApiDocument(config);
    documents.set(config, doc);
  }
  const basePath = (context.basePath ?? "").replace(/\/+$/, "");
  const path = new URL(request.url).pathname.slice(basePath.length) || "/";
  try {
    problems.push(...checkExchange(doc, await exchangeOf(request.method, path, response)));
  } catch (error) {
    problems.push(`${request.method} ${path}: ${String(error)}`);
  }
  return response;
};

afterEach(() => {
  if (problems.length === 0) return;
  const list = [...new Set(problems.splice(0))];
  throw new Error(
    `The mock answered ${list.length} response(s) that openapi.json does not describe:\n  ${list.join("\n  ")}`,
  );
});
