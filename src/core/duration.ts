// A wait in words for the `{duration}` placeholder ("1 second", "3 Sekunden",
// Arabic's dual and plural forms), next to `{seconds}`, the bare number. Pure.
// Kept out of the signup form's eager bundle: only the submit flow and error
// mapping (both loaded on demand), the resend step and client registration use it.

/**
 * The values of a wait's placeholders: `{seconds}` (the number) and
 * `{duration}` (the number with the unit, worded for `locale` by
 * `Intl.NumberFormat`; the number alone if the runtime cannot word it).
 * @example waitParams(1, "en") // { seconds: 1, duration: "1 second" }
 */
export function waitParams(seconds: number, locale = "en"): { seconds: number; duration: string } {
  let duration = `${seconds}`;
  try {
    duration = new Intl.NumberFormat(locale || "en", {
      style: "unit",
      unit: "second",
      unitDisplay: "long",
    }).format(seconds);
  } catch {
    // An invalid tag or a runtime without unit formatting: the number alone.
  }
  return { seconds, duration };
}
