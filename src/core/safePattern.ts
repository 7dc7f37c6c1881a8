// A guard for regular expressions that come from configuration or a view
// model: JavaScript's backtracking engine can take exponential time on
// patterns such as `(a|aa)+` or `(a+)+`, and neither a page nor the mock
// server can interrupt a running match.

/** The longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 500;

/** A repetition bound above which `{n,m}` counts as unbounded. */
const SMALL_BOUND = 10;

interface Group {
  /** Holds a quantifier that repeats something more than once (`*`, `+`, `{2,}`). */
  repeats: boolean;
  /** Holds a `|` at its own level. */
  alternates: boolean;
}

/**
 * Why `pattern` could make a match take exponential time, or `undefined` when
 * it is safe to run. Conservative: it refuses a repeated group (`(…)*`,
 * `(…)+`, `(…){2,}`) that itself repeats something or offers alternatives,
 * and backreferences. Rewrite such patterns with character classes
 * (`[ab]+` instead of `(a|b)+`).
 */
export function unsafePatternReason(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let i = 0;
  // What a quantifier at `i` applies to: the group just closed, or (undefined) one atom.
  let lastGroup: Group | undefined;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return "it uses a backreference";
      i += next === "u" && pattern[i + 2] === "{" ? pattern.indexOf("}", i) + 1 || i + 2 : 2;
      lastGroup = undefined;
    } else if (c === "[") {
      i++;
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
      i++;
      lastGroup = undefined;
    } else if (c === "(") {
      stack.push({ repeats: false, alternates: false });
      i++;
      if (pattern[i] === "?") {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (pattern[i] === "<" && pattern[i + 1] !== "=" && pattern[i + 1] !== "!") {
          const end = pattern.indexOf(">", i);
          i = end < 0 ? pattern.length : end + 1;
        } else i += pattern[i] === "<" ? 2 : 1;
      }
      lastGroup = undefined;
      continue;
    } else if (c === ")") {
      const closed = stack.length > 1 ? (stack.pop() as Group) : undefined;
      i++;
      if (closed) {
        const parent = stack[stack.length - 1] as Group;
        if (closed.repeats) parent.repeats = true;
      }
      lastGroup = closed;
    } else if (c === "|") {
      (stack[stack.length - 1] as Group).alternates = true;
      i++;
      lastGroup = undefined;
      continue;
    } else {
      i++;
      lastGroup = undefined;
    }
    // A quantifier right after the atom or group?
    const q = readQuantifier(pattern, i);
    if (!q) continue;
    i = q.end;
    if (q.repeats) {
      const group = lastGroup as Group | undefined;
      if (group && (group.repeats || group.alternates))
        return "a repeated group repeats or alternates inside (nested quantifiers)";
      (stack[stack.length - 1] as Group).repeats = true;
    }
    lastGroup = undefined;
  }
  return undefined;
}

/** The quantifier at `i`, if any: whether it can repeat more than a few times, and where it ends. */
function readQuantifier(pattern: string, i: number): { repeats: boolean; end: number } | undefined {
  const c = pattern[i];
  let end = i + 1;
  let repeats: boolean;
  if (c === "*" || c === "+") repeats = true;
  else if (c === "?") repeats = false;
  else if (c === "{") {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!match) return undefined;
    end = i + match[0].length;
    const max = match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity;
    repeats = max > SMALL_BOUND;
  } else return undefined;
  if (pattern[end] === "?") end++;
  return { repeats, end };
}

/** True when `pattern` is safe to run (see {@link unsafePatternReason}). */
export function isSafePattern(pattern: string): boolean {
  return unsafePatternReason(pattern) === undefined;
}
