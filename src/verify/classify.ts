// What a failed `GET /verify?sptoken=` means for the person. Pure: no fetch, no React.

/** Why a verification link did not work. */
export type TokenProblem = "expired" | "used" | "invalid";

/**
 * Reads a failed answer of the verify endpoint. Servers say it in different
 * ways: the signup-kit mock names the reason in `moreInfo` (Stormpath style) or
 * `type` (RFC 9457); others put words in `message`, `error`, `detail` or a
 * string `code`; some only use the status (410 Gone for an expired link).
 * Anything not recognisably "expired" or "used" is "invalid": the next step
 * (ask for a new link) is the same.
 */
export function classifyTokenError(status: number, body: unknown): TokenProblem {
  const texts: string[] = [];
  if (body && typeof body === "object" && !Array.isArray(body)) {
    for (const key of [
      "moreInfo",
      "type",
      "code",
      "error",
      "reason",
      "message",
      "detail",
      "title",
    ]) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string") texts.push(value.toLowerCase());
    }
  }
  const said = (pattern: RegExp): boolean => texts.some((text) => pattern.test(text));
  // The machine-readable reasons first, then words.
  if (said(/token[-_]expired|\bexpired\b/)) return "expired";
  if (said(/token[-_]used|already (been )?used|already verified|\bconsumed\b/)) return "used";
  if (status === 410) return "expired";
  return "invalid";
}
