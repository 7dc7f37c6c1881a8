import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./retryAfter";

const now = Date.parse("2026-11-23T15:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delay-seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter(" 5 ", now)).toBe(5);
    expect(parseRetryAfter("0", now)).toBe(1);
  });
  it("reads an HTTP-date", () => {
    expect(parseRetryAfter("Mon, 23 Nov 2026 15:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter("Mon, 23 Nov 2026 14:00:00 GMT", now)).toBe(1);
  });
  it("falls back to a bounded default for garbage or nothing", () => {
    for (const value of [null, undefined, "", "soon", "-5", "1e9", "12.5", "2026-13-45"]) {
      expect(parseRetryAfter(value, now)).toBe(30);
    }
    expect(parseRetryAfter("nope", now, { fallback: 10 })).toBe(10);
  });
  it("caps long waits at an hour", () => {
    expect(parseRetryAfter("999999999", now)).toBe(3600);
    expect(parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", now)).toBe(3600);
  });
});
