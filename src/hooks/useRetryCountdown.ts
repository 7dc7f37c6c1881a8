// The 429/503 wait: seconds left before submit is allowed again, counted down
// once a second against the clock (a throttled tab catches up, never overshoots).
import { useCallback, useEffect, useRef, useState } from "react";

export interface RetryCountdown {
  /** Seconds left; 0 when submit is allowed. */
  retryAfter: number;
  /** Start a wait of `seconds`. */
  start: (seconds: number) => void;
  /** `true` while the wait lasts (read in handlers: a ref, so a second click in the same tick sees it). */
  waiting: () => boolean;
}

/** `onEnd` runs when a wait is over (the rate-limit message no longer applies). */
export function useRetryCountdown(onEnd: () => void): RetryCountdown {
  const [retryAfter, setRetryAfter] = useState(0);
  const until = useRef(0);
  useEffect(() => {
    if (retryAfter <= 0) return;
    const timer = setTimeout(() => {
      const left = Math.ceil((until.current - Date.now()) / 1000);
      const next = Math.max(0, Math.min(retryAfter - 1, left));
      setRetryAfter(next);
      if (!next) onEnd();
    }, 1000);
    return () => clearTimeout(timer);
  }, [retryAfter, onEnd]);
  const start = useCallback((seconds: number) => {
    until.current = Date.now() + seconds * 1000;
    setRetryAfter(seconds);
  }, []);
  const waiting = useCallback(() => until.current > Date.now(), []);
  return { retryAfter, start, waiting };
}
