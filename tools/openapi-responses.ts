// Checks real responses of the mock against its OpenAPI 3.1 document: the
// path and method are declared, the status is declared for them, the content
// type is one the status declares (or there is no body where none is
// declared), declared headers match their schemas, and the body matches the
// schema of its content type (JSON Schema 2020-12, as OpenAPI 3.1 uses).
// The node tests and the e2e layer run every answer of the mock through it.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

type Json = Record<string, unknown>;

/** One answer of the mock, as seen on the wire. */
export interface Exchange {
  method: string;
  /** The path relative to the mock's base path, without the query. */
  path: string;
  status: number;
  headers: Record<string, string>;
  /** The body as text ("" for none). */
  body: string;
}

/** The admin routes of the development server: documented in docs/mock-server.md, not in the API document. */
export const UNDOCUMENTED_PREFIXES = ["/__mock/", "/__mock"];

/**
 * Scenarios that answer like some other server (another error dialect) or a
 * broken one (a malformed view model, an HTML page instead of JSON), so that
 * the kit's handling of them can be tested: by design not in the contract.
 * Transport scenarios (slow, server-error, unavailable, rate-limited) are
 * declared in the document and checked.
 */
export const OFF_CONTRACT_SCENARIOS = [
  "malformed-view-model",
  "html",
  "error-problem-invalid-params",
  "error-oauth",
  "error-scim-conflict",
];

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/;

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface Compiled {
  doc: Json;
  ajv: Ajv2020;
  validators: Map<string, ValidateFunction>;
  templates: Array<{ template: string; pattern: RegExp }>;
}

const cache = new Map<string, Compiled>();
const DOC_ID = "https://signup-kit.invalid/openapi.json";

function compile(doc: Json): Compiled {
  const key = JSON.stringify(doc);
  const known = cache.get(key);
  if (known) return known;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // OpenAPI format names with no JSON Schema meaning: annotations only.
  for (const name of ["int32", "int64", "password", "float", "double"]) ajv.addFormat(name, true);
  ajv.addSchema({ ...doc, $id: DOC_ID }, DOC_ID);
  const templates = Object.keys((doc.paths ?? {}) as Json).map((template) => ({
    template,
    pattern: new RegExp(
      "^" +
        template
          .split(/(\{[^}]+\})/)
          .map((part) =>
            part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
          )
          .join("") +
        "$",
    ),
  }));
  // Literal paths win over templated ones (`/Users/.search` before `/Users/{id}`).
  templates.sort((a, b) => Number(a.template.includes("{")) - Number(b.template.includes("{")));
  const compiled: Compiled = { doc, ajv, validators: new Map(), templates };
  if (cache.size > 200) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

function pointer(...parts: string[]): string {
  return "#/" + parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

function validatorFor(compiled: Compiled, ref: string): ValidateFunction {
  let validate = compiled.validators.get(ref);
  if (!validate) {
    validate = compiled.ajv.compile({ $ref: DOC_ID + ref });
    compiled.validators.set(ref, validate);
  }
  return validate;
}

function resolve(doc: Json, value: unknown): Json | undefined {
  let current = value as Json | undefined;
  for (let i = 0; i < 10 && current && typeof current.$ref === "string"; i++) {
    const path = current.$ref.replace(/^#\//, "").split("/");
    let next: unknown = doc;
    for (const part of path)
      next = (next as Json | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    current = next as Json | undefined;
  }
  return current;
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || "(root)"} ${e.message ?? ""}`.trim())
    .join("; ");
}

/**
 * Problems of one exchange against `doc` (empty when it conforms). Paths
 * under {@link UNDOCUMENTED_PREFIXES} are not checked.
 */
export function checkExchange(doc: Json, exchange: Exchange): string[] {
  const { path, status } = exchange;
  if (UNDOCUMENTED_PREFIXES.some((p) => path === p || path.startsWith(p))) return [];
  const where = `${exchange.method} ${path} → ${status}`;
  const compiled = compile(doc);
  const found = compiled.templates.find((t) => t.pattern.test(path));
  // A path the document does not have: "not found", or a malformed path parameter.
  if (!found)
    return status === 404 || status === 400 ? [] : [`${where}: the path is not in the document`];
  // Forced scenarios that imitate another server or a broken one are outside the contract.
  const scenario = exchange.headers["x-mock-scenario"];
  if (scenario && OFF_CONTRACT_SCENARIOS.includes(scenario)) return [];
  const item = (doc.paths as Json)[found.template] as Json;
  const method = exchange.method.toLowerCase() === "head" ? "get" : exchange.method.toLowerCase();
  const operation = item[method] as Json | undefined;
  if (!operation)
    return [`${where}: ${method.toUpperCase()} is not declared for ${found.template}`];
  const responses = (operation.responses ?? {}) as Json;
  const statusKey = [String(status), `${String(status)[0]}XX`, "default"].find(
    (k) => k in responses,
  );
  if (!statusKey) return [`${where}: status ${status} is not declared`];
  const base = ["paths", found.template, method, "responses", statusKey];
  const response = resolve(doc, responses[statusKey]) ?? {};
  const problems: string[] = [];

  // Declared headers that were sent must match their schemas.
  for (const [name, declared] of Object.entries((response.headers ?? {}) as Json)) {
    const value = exchange.headers[name.toLowerCase()];
    const header = resolve(doc, declared) ?? {};
    if (value === undefined) {
      if (header.required === true) problems.push(`${where}: header ${name} is required`);
      continue;
    }
    if (!header.schema) continue;
    const schema = resolve(doc, header.schema) ?? {};
    const typed: unknown =
      schema.type === "integer" || schema.type === "number"
        ? /^-?\d+(\.\d+)?$/.test(value)
          ? Number(value)
          : value
        : value;
    const ref =
      typeof (declared as Json).$ref === "string"
        ? `${(declared as Json).$ref as string}/schema`
        : pointer(...base, "headers", name, "schema");
    const validate = validatorFor(compiled, ref);
    if (!validate(typed))
      problems.push(`${where}: header ${name}: ${JSON.stringify(value)} ${errorsOf(validate)}`);
  }

  const content = response.content as Json | undefined;
  const type = (exchange.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  // An empty body with a Content-Type is an empty document of that type (a range with no lines).
  const hasBody =
    (exchange.body.length > 0 || (type !== "" && status !== 204 && status !== 304)) &&
    exchange.method.toUpperCase() !== "HEAD";
  if (!content || Object.keys(content).length === 0) {
    if (hasBody) problems.push(`${where}: a body (${type || "no type"}) where none is declared`);
    return problems;
  }
  if (!hasBody && exchange.method.toUpperCase() !== "HEAD") {
    // `x-body-optional: true`: the answer may also come without a body (Stormpath's verify).
    if (response["x-body-optional"] !== true)
      problems.push(`${where}: no body, but ${Object.keys(content).join(", ")} is declared`);
    return problems;
  }
  if (!type) return [...problems, `${where}: a body without a Content-Type`];
  if (!(type in content))
    return [
      ...problems,
      `${where}: content type ${type} is not declared (declared: ${Object.keys(content).join(", ")})`,
    ];
  if (exchange.method.toUpperCase() === "HEAD") return problems;
  const media = content[type] as Json;
  if (!media.schema) return problems;
  let value: unknown = exchange.body;
  if (JSON_TYPE.test(type)) {
    try {
      value = JSON.parse(exchange.body);
    } catch {
      return [...problems, `${where}: ${type} body is not JSON`];
    }
  }
  const validate = validatorFor(compiled, pointer(...base, "content", type, "schema"));
  if (!validate(value)) problems.push(`${where}: ${type} body: ${errorsOf(validate)}`);
  return problems;
}

/** An exchange from a `Response` the mock gave (reads a clone of the body). */
export async function exchangeOf(
  method: string,
  path: string,
  response: Response,
): Promise<Exchange> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = method.toUpperCase() === "HEAD" ? "" : await response.clone().text();
  return { method, path, status: response.status, headers, body };
}
