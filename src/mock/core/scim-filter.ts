// The SCIM 2.0 filter language (RFC 7644 §3.4.2.2) and the PATCH path
// grammar (§3.5.2), evaluated against a resource as JSON and the attribute
// definitions its schema advertises: `attrPath op value`, `attrPath pr`, value
// paths (`emails[type eq "work"]`), `and`, `or`, `not (…)` and parentheses.
// Comparisons follow each attribute's type and `caseExact`.

/** A value a filter compares with. */
export type FilterValue = string | number | boolean | null;

/** Comparison operators. */
export type CompareOp = "eq" | "ne" | "co" | "sw" | "ew" | "gt" | "ge" | "lt" | "le";

/** An attribute path as written: optional schema URN, attribute, optional sub-attribute. */
export interface AttrPath {
  urn?: string;
  attr: string;
  sub?: string;
}

/** What a path is tested for: presence, or a comparison. */
export type AttrTest = { kind: "pr" } | { kind: "compare"; op: CompareOp; value: FilterValue };

/** A parsed filter. */
export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; inner: FilterNode }
  | { kind: "test"; path: AttrPath; test: AttrTest }
  | {
      kind: "valuePath";
      path: AttrPath;
      filter: FilterNode;
      /** `emails[type eq "work"].value eq "…"`: a sub-attribute test after the brackets (an extension some identity providers send). */
      then?: { sub: string; test: AttrTest };
    };

/** A parsed PATCH path: `attrPath`, or `valuePath` with an optional sub-attribute. */
export interface PatchPath {
  path: AttrPath;
  filter?: FilterNode;
  /** The sub-attribute after a value path (`emails[…].value`). */
  sub?: string;
}

const COMPARE_OPS = new Set<string>(["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"]);

/** Thrown for a filter that cannot be parsed or evaluated: the caller answers 400 `invalidFilter`. */
export class FilterError extends Error {
  override name = "FilterError";
}

type Token =
  | { t: "word"; v: string }
  | { t: "string"; v: string }
  | { t: "("; v: "(" }
  | { t: ")"; v: ")" }
  | { t: "["; v: "[" }
  | { t: "]"; v: "]" };

function tokenize(input: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] ?? "";
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
    } else if (c === "(" || c === ")" || c === "[" || c === "]") {
      out.push({ t: c, v: c } as Token);
      i++;
    } else if (c === '"') {
      // A JSON string: find its end, honouring escapes, then let JSON decode it.
      let j = i + 1;
      while (j < input.length && input[j] !== '"') j += input[j] === "\\" ? 2 : 1;
      if (j >= input.length) throw new FilterError("A string in the filter is not closed.");
      try {
        out.push({ t: "string", v: JSON.parse(input.slice(i, j + 1)) as string });
      } catch {
        throw new FilterError("A string in the filter is not valid JSON.");
      }
      i = j + 1;
    } else {
      let j = i;
      while (j < input.length && !/[\s()[\]"]/.test(input[j] ?? "")) j++;
      // Every character is a token or part of one, so the loop always moves on.
      if (j === i) throw new FilterError(`Unexpected "${c}" in the filter.`);
      out.push({ t: "word", v: input.slice(i, j) });
      i = j;
    }
  }
  return out;
}

const NAME = "[A-Za-z][\\w$-]*";
const ATTR_PATH = new RegExp(`^(urn:[A-Za-z0-9:._-]+:)?(${NAME})(\\.(${NAME}))?$`);
const SUB_ATTR = new RegExp(`^\\.(${NAME})$`);

function toAttrPath(word: string): AttrPath | undefined {
  // A URN's last segment is the attribute: `urn:…:User:name.givenName`.
  const match = ATTR_PATH.exec(word);
  if (!match) return undefined;
  const [, urn, attr = "", , sub] = match;
  return {
    ...(urn ? { urn: urn.slice(0, -1) } : {}),
    attr,
    ...(sub ? { sub } : {}),
  };
}

function describe(tok: Token | undefined): string {
  if (!tok) return "the end";
  return `"${tok.v}"`;
}

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private peekWord(): string | undefined {
    const tok = this.tokens[this.at];
    return tok?.t === "word" ? tok.v.toLowerCase() : undefined;
  }

  expect(t: Token["t"]): void {
    if (this.tokens[this.at]?.t !== t)
      throw new FilterError(`Expected "${t}" in the filter, found ${describe(this.peek())}.`);
    this.at++;
  }

  parseOr(inBrackets: boolean): FilterNode {
    let left = this.parseAnd(inBrackets);
    while (this.peekWord() === "or") {
      this.at++;
      left = { kind: "or", left, right: this.parseAnd(inBrackets) };
    }
    return left;
  }

  private parseAnd(inBrackets: boolean): FilterNode {
    let left = this.parseUnary(inBrackets);
    while (this.peekWord() === "and") {
      this.at++;
      left = { kind: "and", left, right: this.parseUnary(inBrackets) };
    }
    return left;
  }

  private parseUnary(inBrackets: boolean): FilterNode {
    if (++this.depth > 50) throw new FilterError("The filter is nested too deeply.");
    try {
      const tok = this.peek();
      if (!tok) throw new FilterError("The filter ends too early.");
      if (tok.t === "(") {
        this.at++;
        const inner = this.parseOr(inBrackets);
        this.expect(")");
        return inner;
      }
      if (this.peekWord() === "not" && this.tokens[this.at + 1]?.t === "(") {
        this.at += 2;
        const inner = this.parseOr(inBrackets);
        this.expect(")");
        return { kind: "not", inner };
      }
      return this.parseAttrExp(inBrackets);
    } finally {
      this.depth--;
    }
  }

  /** `attrPath`, then (outside brackets) an optional `[valFilter]` with an optional `.sub`. */
  parsePathWithFilter(inBrackets: boolean): {
    path: AttrPath;
    filter?: FilterNode;
    sub?: string;
  } {
    const tok = this.peek();
    const path = tok?.t === "word" ? toAttrPath(tok.v) : undefined;
    if (!path)
      throw new FilterError(`Expected an attribute name in the filter, found ${describe(tok)}.`);
    this.at++;
    if (this.peek()?.t !== "[") return { path };
    if (inBrackets) throw new FilterError("A value path cannot be nested in another.");
    if (path.sub) throw new FilterError("A value path needs a plain attribute before [.");
    this.at++;
    const filter = this.parseOr(true);
    this.expect("]");
    const next = this.peek();
    if (next?.t === "word" && next.v.startsWith(".")) {
      const sub = SUB_ATTR.exec(next.v)?.[1];
      if (!sub) throw new FilterError(`${next.v} is not a sub-attribute.`);
      this.at++;
      return { path, filter, sub };
    }
    return { path, filter };
  }

  private parseTest(name: string): AttrTest {
    const op = this.peekWord();
    if (op === "pr") {
      this.at++;
      return { kind: "pr" };
    }
    if (!op || !COMPARE_OPS.has(op))
      throw new FilterError(`Expected an operator after ${name}, found ${describe(this.peek())}.`);
    this.at++;
    const valueTok = this.peek();
    this.at++;
    let value: FilterValue;
    if (valueTok?.t === "string") value = valueTok.v;
    else if (valueTok?.t === "word") {
      const word = valueTok.v;
      if (word === "true") value = true;
      else if (word === "false") value = false;
      else if (word === "null") value = null;
      else if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(word)) value = Number(word);
      else throw new FilterError(`${word} is not a value: quote strings ("…").`);
    } else throw new FilterError(`Expected a value after ${op}, found ${describe(valueTok)}.`);
    return { kind: "compare", op: op as CompareOp, value };
  }

  private parseAttrExp(inBrackets: boolean): FilterNode {
    const start = this.peek();
    const { path, filter, sub } = this.parsePathWithFilter(inBrackets);
    if (!filter) return { kind: "test", path, test: this.parseTest(start?.v ?? "") };
    if (!sub) return { kind: "valuePath", path, filter };
    return { kind: "valuePath", path, filter, then: { sub, test: this.parseTest(sub) } };
  }
}

/**
 * Parses a filter.
 *
 * @throws {FilterError} for a filter that is not well formed.
 */
export function parseFilter(input: string): FilterNode {
  if (input.length > 2000) throw new FilterError("The filter is too long.");
  const parser = new Parser(tokenize(input));
  const node = parser.parseOr(false);
  if (!parser.done()) throw new FilterError(`Unexpected ${describe(parser.peek())} in the filter.`);
  return node;
}

/**
 * Parses a PATCH operation's `path` (RFC 7644 §3.5.2): `attrPath`, or
 * `attr[valFilter]` with an optional `.subAttr`.
 *
 * @throws {FilterError} for a path that is not well formed.
 */
export function parsePatchPath(input: string): PatchPath {
  if (input.length > 2000) throw new FilterError("The path is too long.");
  const parser = new Parser(tokenize(input));
  const parsed = parser.parsePathWithFilter(false);
  if (!parser.done()) throw new FilterError(`Unexpected ${describe(parser.peek())} in the path.`);
  return parsed;
}

/** The attribute characteristics (RFC 7643 §2.2) the filter needs. */
export interface AttributeDefinition {
  name: string;
  type: "string" | "boolean" | "complex" | "dateTime" | "reference" | "integer";
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: "readOnly" | "readWrite" | "immutable" | "writeOnly";
  returned: "always" | "never" | "default" | "request";
  uniqueness: "none" | "server" | "global";
  /** Suggested values (RFC 7643 §2.3.1). */
  canonicalValues?: string[];
  subAttributes?: AttributeDefinition[];
}

/** A resource type's attributes, for finding and comparing them. */
export interface ResourceSchema {
  /** The schema URN a path may be prefixed with. */
  urn: string;
  attributes: readonly AttributeDefinition[];
}

function findIn(
  list: readonly AttributeDefinition[] | undefined,
  name: string,
): AttributeDefinition | undefined {
  const lower = name.toLowerCase();
  return list?.find((def) => def.name.toLowerCase() === lower);
}

/** The definitions a path names, or a {@link FilterError}. */
export function resolvePath(
  schema: ResourceSchema,
  path: AttrPath,
): { def: AttributeDefinition; sub?: AttributeDefinition } {
  if (path.urn !== undefined && path.urn.toLowerCase() !== schema.urn.toLowerCase())
    throw new FilterError(`${path.urn} is not a schema of this resource.`);
  const def = findIn(schema.attributes, path.attr);
  if (!def) throw new FilterError(`The filter names an unknown attribute: ${path.attr}.`);
  if (path.sub === undefined) return { def };
  const sub = findIn(def.subAttributes, path.sub);
  if (!sub)
    throw new FilterError(`The filter names an unknown attribute: ${path.attr}.${path.sub}.`);
  return { def, sub };
}

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.some(present);
  if (typeof value === "object") return Object.values(value).some(present);
  return true;
}

function compareOne(
  actual: unknown,
  op: CompareOp,
  value: FilterValue,
  def: AttributeDefinition,
  label: string,
): boolean {
  if (op === "eq" || op === "ne") {
    let equal: boolean;
    if (value === null) equal = !present(actual);
    else if (!present(actual)) equal = false;
    else if (def.type === "boolean") {
      if (typeof value !== "boolean") throw new FilterError(`${label} takes true or false.`);
      equal = actual === value;
    } else if (def.type === "dateTime") {
      if (typeof value !== "string" || Number.isNaN(Date.parse(value)))
        throw new FilterError(`${label} takes a date-time in quotes.`);
      equal = Date.parse(String(actual)) === Date.parse(value);
    } else if (def.type === "integer") {
      if (typeof value !== "number") throw new FilterError(`${label} takes a number.`);
      equal = actual === value;
    } else {
      if (typeof value !== "string") throw new FilterError(`${label} takes a string in quotes.`);
      equal = def.caseExact
        ? String(actual) === value
        : String(actual).toLowerCase() === value.toLowerCase();
    }
    return op === "eq" ? equal : !equal;
  }
  if (value === null || typeof value === "boolean" || def.type === "boolean")
    throw new FilterError(`${op} does not apply to ${label}.`);
  if (op === "co" || op === "sw" || op === "ew") {
    if ((def.type !== "string" && def.type !== "reference") || typeof value !== "string")
      throw new FilterError(`${op} needs a string attribute and a string value (${label}).`);
    if (!present(actual)) return false;
    const a = def.caseExact ? String(actual) : String(actual).toLowerCase();
    const v = def.caseExact ? value : value.toLowerCase();
    return op === "co" ? a.includes(v) : op === "sw" ? a.startsWith(v) : a.endsWith(v);
  }
  let a: number | string;
  let v: number | string;
  if (def.type === "dateTime") {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value)))
      throw new FilterError(`${String(value)} is not a date-time.`);
    if (!present(actual)) return false;
    a = Date.parse(String(actual));
    v = Date.parse(value);
  } else if (def.type === "integer") {
    if (typeof value !== "number") throw new FilterError(`${label} takes a number.`);
    if (typeof actual !== "number") return false;
    a = actual;
    v = value;
  } else {
    if (typeof value !== "string") throw new FilterError(`${label} takes a string in quotes.`);
    if (!present(actual)) return false;
    a = def.caseExact ? String(actual) : String(actual).toLowerCase();
    v = def.caseExact ? value : value.toLowerCase();
  }
  switch (op) {
    case "gt":
      return a > v;
    case "ge":
      return a >= v;
    case "lt":
      return a < v;
    default:
      return a <= v;
  }
}

/** The values at `def` (and `sub`) of a resource or an element: a list, multi-valued or not. */
function valuesOf(
  holder: Record<string, unknown>,
  def: AttributeDefinition,
  sub?: AttributeDefinition,
): unknown[] {
  const raw = holder[def.name];
  const items = raw === undefined ? [] : def.multiValued && Array.isArray(raw) ? raw : [raw];
  if (!sub) return items;
  return items.map((item) =>
    item && typeof item === "object" ? (item as Record<string, unknown>)[sub.name] : undefined,
  );
}

function checkFilterable(def: AttributeDefinition, label: string): void {
  if (def.returned === "never") throw new FilterError(`${label} cannot be used in a filter.`);
}

/** Applies `test` to the attribute at `def`/`sub` of `holder`. */
function applyTest(
  holder: Record<string, unknown>,
  def: AttributeDefinition,
  sub: AttributeDefinition | undefined,
  test: AttrTest,
  label: string,
): boolean {
  checkFilterable(sub ?? def, label);
  let values = valuesOf(holder, def, sub);
  let target = sub ?? def;
  if (test.kind === "pr") return values.some(present);
  if (target.type === "complex") {
    // A multi-valued complex attribute compares by its `value` sub-attribute (RFC 7644 §3.4.2.2).
    const value = findIn(target.subAttributes, "value");
    if (!target.multiValued || !value)
      throw new FilterError(`${label} is complex: compare one of its sub-attributes.`);
    values = valuesOf(holder, target, value);
    target = value;
  }
  const { op, value } = test;
  const wanted = op === "ne" ? "eq" : op;
  // `eq null` also holds for an attribute with no values at all.
  const found =
    (wanted === "eq" && value === null && values.length === 0) ||
    values.some((actual) => compareOne(actual, wanted, value, target, label));
  return op === "ne" ? !found : found;
}

/**
 * Evaluates a filter against one resource. `schema` says which attributes
 * exist, their types and whether they compare case-sensitively.
 *
 * @throws {FilterError} for an unknown attribute or an operator its type does not support.
 */
export function matchesFilter(
  node: FilterNode,
  resource: Record<string, unknown>,
  schema: ResourceSchema,
  /** Inside `attr[…]`: the complex attribute whose elements are tested. */
  within?: AttributeDefinition,
): boolean {
  switch (node.kind) {
    case "and":
      return (
        matchesFilter(node.left, resource, schema, within) &&
        matchesFilter(node.right, resource, schema, within)
      );
    case "or":
      return (
        matchesFilter(node.left, resource, schema, within) ||
        matchesFilter(node.right, resource, schema, within)
      );
    case "not":
      return !matchesFilter(node.inner, resource, schema, within);
    case "test": {
      const label = [node.path.attr, node.path.sub].filter(Boolean).join(".");
      if (within) {
        // Inside brackets, names are sub-attributes of the complex attribute.
        const def = findIn(within.subAttributes, node.path.attr);
        if (!def || node.path.sub !== undefined || node.path.urn !== undefined)
          throw new FilterError(`${label} is not a sub-attribute of ${within.name}.`);
        return applyTest(resource, def, undefined, node.test, `${within.name}.${label}`);
      }
      const { def, sub } = resolvePath(schema, node.path);
      return applyTest(resource, def, sub, node.test, label);
    }
    case "valuePath": {
      const { def } = resolvePath(schema, node.path);
      if (def.type !== "complex")
        throw new FilterError(`${def.name}[…] needs a complex attribute.`);
      const elements = valuesOf(resource, def).filter(
        (e): e is Record<string, unknown> => !!e && typeof e === "object",
      );
      const then = node.then;
      const thenDef = then ? findIn(def.subAttributes, then.sub) : undefined;
      if (then && !thenDef)
        throw new FilterError(`${then.sub} is not a sub-attribute of ${def.name}.`);
      return elements.some(
        (element) =>
          matchesFilter(node.filter, element, schema, def) &&
          (!then ||
            !thenDef ||
            applyTest(element, thenDef, undefined, then.test, `${def.name}.${thenDef.name}`)),
      );
    }
  }
}

const SAMPLE: Record<AttributeDefinition["type"], unknown> = {
  string: "x",
  reference: "x",
  boolean: true,
  dateTime: "2000-01-01T00:00:00Z",
  integer: 0,
  complex: {},
};

function checkTest(def: AttributeDefinition, test: AttrTest, label: string): void {
  checkFilterable(def, label);
  if (test.kind === "pr") return;
  let target = def;
  if (def.type === "complex") {
    const value = findIn(def.subAttributes, "value");
    if (!def.multiValued || !value)
      throw new FilterError(`${label} is complex: compare one of its sub-attributes.`);
    target = value;
  }
  compareOne(SAMPLE[target.type], test.op, test.value, target, label);
}

/**
 * Checks a filter against a schema, whatever the resources: unknown
 * attributes and operators that do not fit a type are errors even when no
 * resource would reach them.
 *
 * @throws {FilterError}
 */
export function checkFilter(
  node: FilterNode,
  schema: ResourceSchema,
  within?: AttributeDefinition,
): void {
  switch (node.kind) {
    case "and":
    case "or":
      checkFilter(node.left, schema, within);
      checkFilter(node.right, schema, within);
      return;
    case "not":
      checkFilter(node.inner, schema, within);
      return;
    case "test": {
      const label = [node.path.attr, node.path.sub].filter(Boolean).join(".");
      if (within) {
        const def = findIn(within.subAttributes, node.path.attr);
        if (!def || node.path.sub !== undefined || node.path.urn !== undefined)
          throw new FilterError(`${label} is not a sub-attribute of ${within.name}.`);
        checkTest(def, node.test, `${within.name}.${label}`);
        return;
      }
      const { def, sub } = resolvePath(schema, node.path);
      checkTest(sub ?? def, node.test, label);
      return;
    }
    case "valuePath": {
      const { def } = resolvePath(schema, node.path);
      if (def.type !== "complex")
        throw new FilterError(`${def.name}[…] needs a complex attribute.`);
      checkFilter(node.filter, schema, def);
      if (node.then) {
        const thenDef = findIn(def.subAttributes, node.then.sub);
        if (!thenDef)
          throw new FilterError(`${node.then.sub} is not a sub-attribute of ${def.name}.`);
        checkTest(thenDef, node.then.test, `${def.name}.${thenDef.name}`);
      }
    }
  }
}
