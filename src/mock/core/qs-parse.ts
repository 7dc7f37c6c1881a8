// An urlencoded body read as express-stormpath reads it: its body parser hands
// the text to `qs.parse` with qs's defaults (qs 6.17). Written here so the mock
// needs no parser package at run time; the node tests compare it with qs itself.
//
// The defaults this follows: `&` between pairs, at most 1000 pairs (the rest is
// dropped); `+` is a space and a bad escape stays as it is; a pair without `=`
// has the value ""; only brackets nest (`a[b]=c`), a dot never does (`a.b=c`
// is the one key "a.b"); at most 5 bracket levels, the rest stays one literal
// key; `a[]` appends, `a[0]` is an index up to 19 (a larger one is an object
// key), and holes close up; a repeated key collects its values in an array; a
// key that names a member of Object.prototype (`toString`, `__proto__`, …) is
// dropped; a plain value meeting a nested one makes a list of both.

const PAIR_LIMIT = 1000;
const DEPTH = 5;
const ARRAY_LIMIT = 20;

type Value = unknown;
type Container = Record<string, Value>;

/** Objects that stand in for an array grown past the limit: their highest index. */
const overflowing = new WeakMap<object, number>();
/** Pairs made when a plain value met a nested one: their highest index. */
const conflicts = new WeakMap<object, number>();

const isArray = Array.isArray;
const isContainer = (value: Value): value is Container =>
  value !== null && typeof value === "object";
const onPrototype = (key: string): boolean => Object.hasOwn(Object.prototype, key);

function blank(): Container {
  return Object.create(null) as Container;
}

/** `+` is a space; a broken escape leaves the text as it is. */
function decode(text: string): string {
  const spaced = text.includes("+") ? text.replace(/\+/g, " ") : text;
  if (!spaced.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

function toObject(list: readonly Value[]): Container {
  const out = blank();
  list.forEach((item, index) => {
    if (item !== undefined) out[index] = item;
  });
  return out;
}

function countFilled(list: readonly Value[]): number {
  let count = 0;
  for (let index = 0; index < list.length; index += 1) if (Object.hasOwn(list, index)) count += 1;
  return count;
}

function highestIndex(container: Container, floor: number): number {
  let max = floor;
  for (const key of Object.keys(container)) {
    const number = Number.parseInt(key, 10);
    if (String(number) === key && number > max) max = number;
  }
  return max;
}

/** Two values under one key: a list, or past the limit an object of indices. */
function combine(first: Value, second: Value): Value {
  const grown = overflowing.get(first as object);
  if (grown !== undefined) {
    let index = grown;
    for (const item of isArray(second) ? second : [second]) {
      index += 1;
      (first as Container)[index] = item;
    }
    overflowing.set(first as object, index);
    return first;
  }
  const list = ([] as Value[]).concat(first, second);
  if (list.length <= ARRAY_LIMIT) return list;
  const object = toObject(list);
  overflowing.set(object, list.length - 1);
  return object;
}

function pair(first: Value, second: Value): Value[] {
  // Two values never pass the array limit.
  return [first, second];
}

function merge(target: Value, source: Value): Value {
  if (!source) return target;
  if (!isContainer(source)) {
    if (isArray(target)) {
      if (countFilled(target) >= ARRAY_LIMIT) {
        const object = toObject([...target, source]);
        overflowing.set(object, target.length);
        return object;
      }
      target[target.length] = source;
    } else if (isContainer(target)) {
      const grown = overflowing.get(target);
      const conflict = conflicts.get(target);
      if (grown !== undefined) {
        target[grown + 1] = source;
        overflowing.set(target, grown + 1);
      } else if (conflict !== undefined) {
        target[conflict + 1] = source;
        conflicts.set(target, conflict + 1);
      } else {
        const both = pair(target, source);
        conflicts.set(both, 1);
        return both;
      }
    } else {
      return pair(target, source);
    }
    return target;
  }

  if (!isContainer(target)) {
    const grown = overflowing.get(source);
    if (grown !== undefined) {
      const shifted = blank();
      shifted[0] = target;
      for (const key of Object.keys(source))
        shifted[Number.parseInt(key, 10) + 1] = (source as Container)[key];
      overflowing.set(shifted, grown + 1);
      return shifted;
    }
    const list = ([] as Value[]).concat(target, source);
    if (list.length <= ARRAY_LIMIT) return list;
    const object = toObject(list);
    overflowing.set(object, list.length - 1);
    return object;
  }

  if (isArray(target) && isArray(source)) {
    source.forEach((item, index) => {
      if (Object.hasOwn(target, index)) {
        const existing: Value = target[index];
        if (isContainer(existing) && isContainer(item)) target[index] = merge(existing, item);
        else target[target.length] = item;
      } else {
        target[index] = item;
      }
    });
    if (countFilled(target) > ARRAY_LIMIT) {
      const object = toObject(target);
      overflowing.set(object, target.length - 1);
      return object;
    }
    return target;
  }

  let into: Container = target;
  if (isArray(target)) {
    into = toObject(target);
    if (conflicts.has(target)) conflicts.set(into, target.length - 1);
  }
  const sourceGrown = overflowing.get(source);
  for (const key of Object.keys(source)) {
    const value = source[key];
    into[key] = Object.hasOwn(into, key) ? merge(into[key], value) : value;
    if (sourceGrown !== undefined && !overflowing.has(into))
      overflowing.set(into, highestIndex(into, sourceGrown));
    const number = Number.parseInt(key, 10);
    const isIndex = String(number) === key && number >= 0;
    const grown = overflowing.get(into);
    if (grown !== undefined && isIndex && number > grown) overflowing.set(into, number);
    const conflict = conflicts.get(into);
    if (conflict !== undefined && isIndex && number > conflict) conflicts.set(into, number);
  }
  return into;
}

/** `a[b][c]` → `["a", "[b]", "[c]"]`; undefined when a part names an Object.prototype member. */
function segments(key: string): string[] | undefined {
  const out: string[] = [];
  const first = key.indexOf("[");
  const parent = first >= 0 ? key.slice(0, first) : key;
  if (parent) {
    if (onPrototype(parent)) return undefined;
    out.push(parent);
  }
  let open = first;
  let levels = 0;
  while (open >= 0 && levels < DEPTH) {
    let nesting = 1;
    let close = -1;
    for (let index = open + 1; index < key.length && close < 0; index += 1) {
      if (key[index] === "[") nesting += 1;
      else if (key[index] === "]") {
        nesting -= 1;
        if (nesting === 0) close = index;
      }
    }
    if (close < 0) {
      out.push(`[${key.slice(open)}]`);
      return out;
    }
    const segment = key.slice(open, close + 1);
    if (onPrototype(segment.slice(1, -1))) return undefined;
    out.push(segment);
    levels += 1;
    open = key.indexOf("[", close + 1);
  }
  // Deeper than the limit: the rest is one literal key.
  if (open >= 0) out.push(`[${key.slice(open)}]`);
  return out;
}

function unwrap(segment: string): string {
  return segment.startsWith("[") && segment.endsWith("]") ? segment.slice(1, -1) : segment;
}

/** The object one key describes, its value at the leaf. */
function nest(chain: readonly string[], value: Value): Value {
  let leaf = value;
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const segment = chain[index] ?? "";
    if (segment === "[]") {
      leaf = overflowing.has(leaf as object) ? leaf : combine([], leaf);
      continue;
    }
    const name = unwrap(segment);
    const number = Number.parseInt(name, 10);
    const isIndex =
      !Number.isNaN(number) && segment !== name && String(number) === name && number >= 0;
    if (isIndex && number < ARRAY_LIMIT) {
      const list: Value[] = [];
      list[number] = leaf;
      leaf = list;
    } else {
      const object = blank();
      if (isIndex) {
        object[number] = leaf;
        overflowing.set(object, number);
      } else if (name !== "__proto__") {
        object[name] = leaf;
      }
      leaf = object;
    }
  }
  return leaf;
}

/** Arrays without holes, all the way down. */
function compact(value: Value, seen = new WeakSet<object>()): Value {
  if (!isContainer(value) || seen.has(value)) return value;
  seen.add(value);
  if (isArray(value)) {
    return value.filter((item) => item !== undefined).map((item) => compact(item, seen));
  }
  for (const key of Object.keys(value)) value[key] = compact(value[key], seen);
  return value;
}

/**
 * Parses an urlencoded body exactly as `qs.parse(text)` does with qs's
 * defaults (a dotted name stays one key), into objects without a prototype.
 */
export function parseQs(text: string): Record<string, unknown> {
  const flat = blank();
  if (text === "") return flat;
  const parts = text.replace(/%5B/gi, "[").replace(/%5D/gi, "]").split("&", PAIR_LIMIT);
  for (const part of parts) {
    const bracketEquals = part.indexOf("]=");
    const at = bracketEquals === -1 ? part.indexOf("=") : bracketEquals + 1;
    const key = decode(at === -1 ? part : part.slice(0, at));
    const value = at === -1 ? "" : decode(part.slice(at + 1));
    flat[key] = Object.hasOwn(flat, key) ? combine(flat[key], value) : value;
  }
  let out: Value = blank();
  for (const key of Object.keys(flat)) {
    if (!key) continue;
    const chain = segments(key);
    if (!chain) continue;
    out = merge(out, nest(chain, flat[key]));
  }
  return compact(out) as Record<string, unknown>;
}
