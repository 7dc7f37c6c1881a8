import { afterEach, describe, expect, it } from "vitest";
import {
  ageOn,
  checkAge,
  dateAtOffset,
  daysInMonth,
  formatIsoDate,
  localToday,
  parseIsoDate,
  type CalendarDate,
} from "./age";

const d = (text: string): CalendarDate => {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`bad date ${text}`);
  return parsed;
};

describe("parseIsoDate", () => {
  it("accepts real dates only", () => {
    expect(parseIsoDate("2008-03-31")).toEqual({ year: 2008, month: 3, day: 31 });
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).toBeDefined(); // divisible by 400
    for (const bad of [
      "2023-02-29",
      "1900-02-29",
      "2024-04-31",
      "2024-13-01",
      "2024-00-10",
      "31/03/2008",
      "2008-3-31",
      "",
      "0000-01-01",
    ])
      expect(parseIsoDate(bad), bad).toBeUndefined();
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(formatIsoDate({ year: 987, month: 1, day: 2 })).toBe("0987-01-02");
  });
});

describe("ageOn at the boundaries", () => {
  it("turns 16 on the birthday, not the day before", () => {
    const birth = d("2010-06-15");
    expect(ageOn(birth, d("2026-06-14"))).toBe(15);
    expect(ageOn(birth, d("2026-06-15"))).toBe(16);
    expect(ageOn(birth, d("2026-06-16"))).toBe(16);
    expect(checkAge(birth, 16, d("2026-06-14"))).toBe("under-age");
    expect(checkAge(birth, 16, d("2026-06-15"))).toBe("ok");
  });

  it("handles month and year ends", () => {
    expect(ageOn(d("2010-12-31"), d("2026-12-30"))).toBe(15);
    expect(ageOn(d("2010-12-31"), d("2026-12-31"))).toBe(16);
    expect(ageOn(d("2010-01-01"), d("2025-12-31"))).toBe(15);
    expect(ageOn(d("2010-01-01"), d("2026-01-01"))).toBe(16);
  });

  it("born on 29 February: birthday on 29 February in leap years, 1 March in common years", () => {
    const leapling = d("2008-02-29");
    // 2024 is a leap year: the birthday exists.
    expect(ageOn(leapling, d("2024-02-28"))).toBe(15);
    expect(ageOn(leapling, d("2024-02-29"))).toBe(16);
    expect(ageOn(leapling, d("2024-03-01"))).toBe(16);
    // 2025 is not: still 16 on 28 February, 17 from 1 March.
    expect(ageOn(leapling, d("2025-02-28"))).toBe(16);
    expect(ageOn(leapling, d("2025-03-01"))).toBe(17);
    // 2100 is not a leap year either (divisible by 100, not 400).
    expect(ageOn(d("2084-02-29"), d("2100-02-28"))).toBe(15);
    expect(ageOn(d("2084-02-29"), d("2100-03-01"))).toBe(16);
  });

  it("refuses future and implausible dates", () => {
    expect(checkAge(d("2026-06-16"), 13, d("2026-06-15"))).toBe("future");
    expect(checkAge(d("1850-01-01"), 13, d("2026-06-15"))).toBe("implausible");
    expect(checkAge(d("2026-06-15"), 0, d("2026-06-15"))).toBe("ok");
  });
});

describe("the calendar date used is local, whatever the time zone", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  // 10:30 UTC on 14 June 2026: already 15 June in Kiritimati (UTC+14), still 14 June in Pago Pago (UTC−11).
  const instant = new Date("2026-06-14T10:30:00Z");
  const birth = d("2010-06-15");

  it("at UTC+14 the birthday has started", () => {
    process.env.TZ = "Pacific/Kiritimati";
    expect(formatIsoDate(localToday(instant))).toBe("2026-06-15");
    expect(checkAge(birth, 16, localToday(instant))).toBe("ok");
  });

  it("at UTC−11 it has not", () => {
    process.env.TZ = "Pacific/Pago_Pago";
    expect(formatIsoDate(localToday(instant))).toBe("2026-06-13");
    expect(checkAge(birth, 16, localToday(instant))).toBe("under-age");
  });

  it("a minute before and after local midnight", () => {
    process.env.TZ = "Europe/Berlin";
    // 23:59 and 00:00 in Berlin (UTC+2 in summer) on the night into 15 June.
    expect(checkAge(birth, 16, localToday(new Date("2026-06-14T21:59:00Z")))).toBe("under-age");
    expect(checkAge(birth, 16, localToday(new Date("2026-06-14T22:00:00Z")))).toBe("ok");
  });

  it("dateAtOffset gives the date at a fixed offset (the server's latest-date rule)", () => {
    expect(formatIsoDate(dateAtOffset(instant, 14 * 60))).toBe("2026-06-15");
    expect(formatIsoDate(dateAtOffset(instant, -11 * 60))).toBe("2026-06-13");
    expect(formatIsoDate(dateAtOffset(new Date("2026-12-31T10:00:00Z"), 14 * 60))).toBe(
      "2027-01-01",
    );
  });
});
