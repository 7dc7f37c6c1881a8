import { describe, expect, it } from "vitest";
import { compilePattern } from "./formSchema";
import { isSafePattern, patternRisk } from "./safePattern";

describe("safe patterns", () => {
  it("refuses patterns that can backtrack exponentially", () => {
    for (const pattern of [
      "(a|aa)+",
      "(a+)+",
      "(?:a*)*",
      "((ab)*c)+",
      "(x+x+)+y",
      "(\\w+\\s?)*",
      "(a)\\1",
    ])
      expect(patternRisk(pattern), pattern).toBeGreaterThan(0);
    expect(patternRisk("a".repeat(501))).toBe(1);
  });

  it("accepts the patterns forms use", () => {
    for (const pattern of [
      "[A-Z]{2}-\\d{4}",
      "\\d{5}(-\\d{4})?",
      "[a-z0-9_]+",
      "(ab)+",
      "(a|b){2}",
      "[^@\\s]+@[^@\\s]+",
      "\\p{L}+",
    ])
      expect(isSafePattern(pattern), pattern).toBe(true);
  });

  it("the kit does not compile an unsafe view-model pattern (the server still checks the value)", () => {
    expect(compilePattern("(a|aa)+")).toBeUndefined();
    expect(compilePattern("[A-Z]{2}")?.test("AB")).toBe(true);
  });
});
