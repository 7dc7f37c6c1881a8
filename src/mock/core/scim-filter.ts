// The SCIM 2.0 filter language (RFC 7644 §3.4.2.2), the part a provisioning
// client uses: `attrPath op value`, `attrPath pr`, `and`, `or`, `not (…)` and
// parentheses. Value paths (`emails[type eq "work"]`) are refused as
// unsupported rather than guessed at.

/** A value an attribute can have, as the filter sees it. */
export type FilterValue = string | number | boolean | null;

/** A parsed filter. */
export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; inner: FilterNode }
  | { kind: "pr"; attr: string }
  | { kind: "compare"; attr: string; op: CompareOp; value: FilterValue };

/** Comparison operators. */
export type CompareOp = "eq" | "ne" | "co" | "sw" | "ew" | "gt" | "ge" | "lt" | "le";

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

const ATTR_PATH = /^(urn:[A-Za-z0-9:._-]+:)?[A-Za-z][\w$-]*(\.[A-Za-z][\w$-]*)?$/;

/**
 * Parses a filter.
 *
 * @throws {FilterError} for a filter that is not well formed, or uses a value path.
 */
export function parseFilter(input: string): FilterNode {
  if (input.length > 2000) throw new FilterError("The filter is too long.");
  const tokens = tokenize(input);
  let at = 0;
  const peekWord = (): string | undefined => {
    const tok = tokens[at];
    return tok?.t === "word" ? tok.v.toLowerCase() : undefined;
  };
  const expect = (t: Token["t"]): void => {
    if (tokens[at]?.t !== t) throw new FilterError(`Expected "${t}" in the filter.`);
    at++;
  };
  let depth = 0;

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (peekWord() === "or") {
      at++;
      left = { kind: "or", left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (peekWord() === "and") {
      at++;
      left = { kind: "and", left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    if (++depth > 50) throw new FilterError("The filter is nested too deeply.");
    try {
      const tok = tokens[at];
      if (!tok) throw new FilterError("The filter ends too early.");
      if (tok.t === "(") {
        at++;
        const inner = parseOr();
        expect(")");
        return inner;
      }
      if (peekWord() === "not" && tokens[at + 1]?.t === "(") {
        at += 2;
        const inner = parseOr();
        expect(")");
        return { kind: "not", inner };
      }
      return parseAttrExp();
    } finally {
      depth--;
    }
  };
  const parseAttrExp = (): FilterNode => {
    const tok = tokens[at];
    if (tok?.t !== "word" || !ATTR_PATH.test(tok.v))
      throw new FilterError(`Expected an attribute name in the filter, found ${describe(tok)}.`);
    const attr = tok.v;
    at++;
    if (tokens[at]?.t === "[")
      throw new FilterError("Value paths (attr[…]) are not supported by this server.");
    const op = peekWord();
    if (op === "pr") {
      at++;
      return { kind: "pr", attr };
    }
    if (!op || !COMPARE_OPS.has(op))
      throw new FilterError(`Expected an operator after ${attr}, found ${describe(tokens[at])}.`);
    at++;
    const valueTok = tokens[at];
    at++;
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
    return { kind: "compare", attr, op: op as CompareOp, value };
  };

  const node = parseOr();
  if (at < tokens.length)
    throw new FilterError(`Unexpected ${describe(tokens[at])} in the filter.`);
  return node;
}

function describe(tok: Token | undefined): string {
  if (!tok) return "the end";
  return tok.t === "string" ? `"${tok.v}"` : `"${tok.v}"`;
}

/** How the filter reads one attribute of a resource. */
export interface FilterAttribute {
  /** The value, `undefined` when absent. */
  get: () => FilterValue | undefined;
  /** Compared case-sensitively (`caseExact`). Defaults to `false`. */
  caseExact?: boolean;
  /** Compared as instants (`dateTime`). Defaults to `false`. */
  dateTime?: boolean;
}

/**
 * Evaluates a filter against one resource. `lookup` gets the attribute path
 * in lower case with any schema URN prefix removed (`name.givenname`).
 *
 * @throws {FilterError} for an unknown attribute or an operator its type does not support.
 */
export function matchesFilter(
  node: FilterNode,
  lookup: (attr: string) => FilterAttribute | undefined,
): boolean {
  switch (node.kind) {
    case "and":
      return matchesFilter(node.left, lookup) && matchesFilter(node.right, lookup);
    case "or":
      return matchesFilter(node.left, lookup) || matchesFilter(node.right, lookup);
    case "not":
      return !matchesFilter(node.inner, lookup);
    case "pr": {
      const value = attribute(node.attr, lookup).get();
      return value !== undefined && value !== null && value !== "";
    }
    case "compare":
      return compare(node, attribute(node.attr, lookup));
  }
}

function attribute(
  attr: string,
  lookup: (attr: string) => FilterAttribute | undefined,
): FilterAttribute {
  const bare = attr.replace(/^urn:[A-Za-z0-9:._-]+:(?=[A-Za-z][\w$-]*(\.|$))/, "").toLowerCase();
  const found = lookup(bare);
  if (!found) throw new FilterError(`The filter names an unknown attribute: ${attr}.`);
  return found;
}

function compare(node: Extract<FilterNode, { kind: "compare" }>, attr: FilterAttribute): boolean {
  const actual = attr.get();
  const { op, value } = node;
  if (op === "eq" || op === "ne") {
    let equal: boolean;
    if (value === null) equal = actual === undefined || actual === null;
    else if (actual === undefined || actual === null) equal = false;
    else if (typeof actual === "string" && typeof value === "string") {
      equal = attr.dateTime
        ? Date.parse(actual) === Date.parse(value)
        : attr.caseExact
          ? actual === value
          : actual.toLowerCase() === value.toLowerCase();
    } else equal = actual === value;
    return op === "eq" ? equal : !equal;
  }
  if (typeof value === "boolean" || value === null || typeof actual === "boolean")
    throw new FilterError(`${op} does not apply to ${node.attr}.`);
  if (actual === undefined || actual === null) return false;
  if (op === "co" || op === "sw" || op === "ew") {
    if (typeof actual !== "string" || typeof value !== "string" || attr.dateTime)
      throw new FilterError(`${op} needs a string attribute and a string value.`);
    const a = attr.caseExact ? actual : actual.toLowerCase();
    const v = attr.caseExact ? value : value.toLowerCase();
    return op === "co" ? a.includes(v) : op === "sw" ? a.startsWith(v) : a.endsWith(v);
  }
  let a: number | string = actual;
  let v: number | string = value;
  if (attr.dateTime) {
    a = Date.parse(String(actual));
    v = Date.parse(String(value));
    if (Number.isNaN(v)) throw new FilterError(`${String(value)} is not a date-time.`);
  } else if (typeof a === "string" && typeof v === "string" && !attr.caseExact) {
    a = a.toLowerCase();
    v = v.toLowerCase();
  } else if (typeof a !== typeof v) {
    throw new FilterError(`${op} compares values of different types.`);
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
