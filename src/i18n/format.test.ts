import { describe, expect, it } from "vitest";
import { en, resolveMessages } from "../en";
import { format, formatParts } from "./format";

describe("format", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(format("Continue with {name}", { name: "GitHub" })).toBe("Continue with GitHub");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
    expect(format("Too many attempts. Try again in {seconds} seconds.", { seconds: 3 })).toBe(
      "Too many attempts. Try again in 3 seconds.",
    );
  });
  it("does not read inherited properties", () => {
    expect(format("{constructor}", {})).toBe("{constructor}");
  });
  it("treats values as text", () => {
    expect(format("{x}", { x: "<b>$&</b>" })).toBe("<b>$&</b>");
  });
});

describe("formatParts", () => {
  it("returns element placeholders as values", () => {
    const link = { link: true };
    expect(formatParts(en.consentTerms, { terms: link })).toEqual(["I accept the ", link]);
    expect(formatParts("{a} and {b}.", { a: 1, b: 2 })).toEqual([1, " and ", 2, "."]);
  });
});

describe("resolveMessages", () => {
  it("merges overrides over English", () => {
    const m = resolveMessages({ submit: "Sign up" });
    expect(m.submit).toBe("Sign up");
    expect(m.loading).toBe("Loading…");
    expect(resolveMessages()).toBe(en);
  });
});
