import { describe, expect, it, vi } from "vitest";
import { waitParams } from "./duration";

const unit = (locale: string, seconds: number) =>
  new Intl.NumberFormat(locale, { style: "unit", unit: "second", unitDisplay: "long" }).format(
    seconds,
  );

describe("waitParams", () => {
  it("gives the bare number and the wait in words, singular and plural", () => {
    expect(waitParams(1)).toEqual({ seconds: 1, duration: "1 second" });
    expect(waitParams(2, "en")).toEqual({ seconds: 2, duration: "2 seconds" });
    expect(waitParams(1, "de").duration).toBe("1 Sekunde");
    expect(waitParams(3, "de").duration).toBe("3 Sekunden");
    expect(waitParams(1, "pt-BR").duration).toBe("1 segundo");
    expect(waitParams(1, "fr").duration).toBe("1\u00a0seconde");
  });

  it("words Arabic's one and two without a number, as Intl does", () => {
    for (const n of [1, 2, 3, 11, 100]) expect(waitParams(n, "ar").duration).toBe(unit("ar", n));
    expect(waitParams(1, "ar").duration).not.toMatch(/[0-9\u0660-\u0669]/);
    expect(waitParams(2, "ar").duration).not.toMatch(/[0-9\u0660-\u0669]/);
  });

  it("treats an empty locale as English", () => {
    expect(waitParams(1, "").duration).toBe("1 second");
  });

  it("falls back to the bare number when Intl cannot word it", () => {
    expect(waitParams(5, "not a tag!").duration).toBe("5");
    const spy = vi.spyOn(Intl, "NumberFormat").mockImplementation(function NumberFormat() {
      throw new RangeError("no unit support");
    });
    try {
      expect(waitParams(7, "en")).toEqual({ seconds: 7, duration: "7" });
    } finally {
      spy.mockRestore();
    }
  });
});
