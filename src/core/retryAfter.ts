// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.

/** Options of {@link parseRetryAfter}. */
export interface RetryAfterOptions {
  /** Seconds used when the header is missing or unreadable. Defaults to `30`. */
  fallback?: number;
  /** Longest wait honoured, in seconds. Defaults to `3600`. */
  max?: number;
}

/**
 * Seconds to wait before submitting again, between 1 and `max`. Garbage falls back
 * to a bounded default, so a hostile header cannot lock the form forever.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
  { fallback = 30, max = 3600 }: RetryAfterOptions = {},
): number {
  const clamp = (seconds: number) => Math.min(max, Math.max(1, Math.ceil(seconds)));
  const raw = value?.trim() ?? "";
  if (/^\d+$/.test(raw)) return clamp(Number(raw));
  // HTTP-date only: a date needs letters (a weekday or month), not bare digits and dashes.
  if (/[a-z]/i.test(raw)) {
    const date = Date.parse(raw);
    if (Number.isFinite(date)) return clamp((date - now) / 1000);
  }
  return clamp(fallback);
}
