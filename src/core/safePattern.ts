// A guard for regular expressions that come from configuration or a view
// model: JavaScript's backtracking engine can take exponential time on
// patterns such as `(a|aa)+` or `(a+)+`, and neither a page nor the mock
// server can interrupt a running match. Small on purpose: it ships in the
// form's eager bundle.

/** The longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 500;

/** Why a pattern is refused: 0 safe, 1 too long, 2 a backreference, 3 a repeated group that repeats or alternates inside. */
export type PatternRisk = 0 | 1 | 2 | 3;

/**
 * Conservative: refuses a repeated group (`(…)*`, `(…)+`, `(…){2,}` beyond
 * ten) that itself repeats something or offers alternatives, and
 * backreferences. Such patterns can be rewritten with character classes
 * (`[ab]+` instead of `(a|b)+`).
 */
export function patternRisk(pattern: string): PatternRisk {
  if (pattern.length > MAX_PATTERN_LENGTH) return 1;
  // Per open group: bit 1 = repeats something inside, bit 2 = alternates.
  const stack = [0];
  // Flags of the group just closed, when a quantifier would apply to it.
  let closed = 0;
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i++];
    let atom = true;
    if (c === "\\") {
      if (/[1-9k]/.test(pattern[i] ?? "")) return 2;
      i++;
      closed = 0;
    } else if (c === "[") {
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
      i++;
      closed = 0;
    } else if (c === "(") {
      stack.push(0);
      atom = false;
    } else if (c === ")") {
      closed = stack.length > 1 ? (stack.pop() as number) : 0;
      stack[stack.length - 1]! |= closed & 1;
    } else if (c === "|") {
      stack[stack.length - 1]! |= 2;
      atom = false;
    } else closed = 0;
    if (!atom) {
      closed = 0;
      continue;
    }
    // A quantifier that repeats more than a few times: * + {n,} {n,m>10}.
    const bound = /^(?:[*+]|\{(\d+)(,(\d*))?\})/.exec(pattern.slice(i, i + 24));
    if (!bound) continue;
    i += bound[0].length;
    const max =
      bound[1] === undefined
        ? Infinity
        : bound[2]
          ? Number(bound[3] || Infinity)
          : Number(bound[1]);
    if (max > 10) {
      if (closed) return 3;
      stack[stack.length - 1]! |= 1;
    }
    closed = 0;
  }
  return 0;
}

/** True when `pattern` is safe to run (see {@link patternRisk}). */
export function isSafePattern(pattern: string): boolean {
  return patternRisk(pattern) === 0;
}
