// "Didn't get the email?": ask for a new verification email, then wait out a
// cooldown. Headless: state and handlers, no markup.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SignupEvent } from "../hooks/types";
import { waitParams } from "../core/duration";
import type { Messages } from "../i18n/types";
import { requestVerificationEmail } from "./resendClient";
import { resendEn, type ResendKey } from "./resendMessages";

// Self-contained on purpose: this module loads lazily (the resend step), and
// any module it shared with the signup form would become a chunk of its own in
// the form's eager bundle (esbuild splits by file).
const format = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** Options of {@link useResendVerification}. */
export interface UseResendVerificationOptions {
  /** The verify endpoint (`POST {login}`). Defaults to `"/verify"`. */
  endpoint?: string;
  /** The email address (or username) to send to; `send(login)` can pass one instead. Defaults to none. */
  login?: string;
  /** Seconds to wait after a request before another is allowed. Defaults to `60`. */
  cooldown?: number;
  /** Analytics events (`verification_sent`, `verification_failed`). Never holds the address. */
  onEvent?: (event: SignupEvent) => void;
  /** Override single messages. */
  messages?: Partial<Messages>;
  /**
   * The language of the messages, for `{duration}` in `resendRateLimited`
   * ("1 second", "30 Sekunden"). Defaults to English.
   */
  locale?: string;
  /** A custom fetch. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** fetch `credentials`. Defaults to `"same-origin"`. */
  credentials?: RequestCredentials;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Request timeout in ms. Defaults to `10000`. */
  timeout?: number;
}

/** Where the resend is. */
export type ResendStatus = "idle" | "sending" | "sent" | "rate-limited" | "error";

/** What {@link useResendVerification} returns. */
export interface UseResendVerificationReturn {
  status: ResendStatus;
  /** Seconds before another request is allowed; 0 when allowed. */
  secondsLeft: number;
  /** `false` while sending or waiting. */
  canSend: boolean;
  /** Sends the request (once at a time; ignored while waiting). */
  send: (login?: string) => Promise<void>;
  /** For a polite live region: "sent", then "you can ask again". Changes only at those moments. */
  announcement?: string;
  /** For an assertive live region: what went wrong. */
  error?: string;
  /** Visible countdown while waiting (not announced every second). */
  countdownText?: string;
  /** The step's strings (English, then the caller's catalogue on top). */
  messages: Pick<Messages, ResendKey | "required">;
}

/**
 * The resend step of email verification.
 *
 * @example
 * ```tsx
 * const resend = useResendVerification({ endpoint: "/verify", login: "ada@example.com" });
 * <button aria-disabled={!resend.canSend} onClick={() => void resend.send()}>Send a new link</button>
 * ```
 */
export function useResendVerification(
  options: UseResendVerificationOptions = {},
): UseResendVerificationReturn {
  const messages = useMemo(() => {
    // English for the step's keys, then the caller's catalogue or overrides
    // (`<SignupForm>` passes its resolved catalogue).
    const out: Record<string, string> = { ...resendEn };
    for (const [key, value] of Object.entries(options.messages ?? {}))
      if (typeof value === "string") out[key] = value;
    return out as Pick<Messages, ResendKey | "required">;
  }, [options.messages]);
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const [status, setStatus] = useState<ResendStatus>("idle");
  const [until, setUntil] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [announcement, setAnnouncement] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const inFlight = useRef(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  // One tick per second while waiting; the end is announced once.
  useEffect(() => {
    if (until === 0) return;
    const tick = (): void => {
      const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        setUntil(0);
        setError(undefined);
        setAnnouncement(messages.resendReady);
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [until, messages]);

  const send = useCallback(
    async (login?: string): Promise<void> => {
      const current = optionsRef.current;
      if (inFlight.current || until !== 0) return;
      const address = (login ?? current.login ?? "").trim();
      if (!address) {
        setError(format(messages.required, { label: messages.resendEmailLabel }));
        return;
      }
      inFlight.current = true;
      setStatus("sending");
      setError(undefined);
      setAnnouncement(messages.resendSending);
      controller.current = new AbortController();
      let outcome;
      try {
        outcome = await requestVerificationEmail(current.endpoint ?? "/verify", address, {
          ...(current.fetch ? { fetch: current.fetch } : {}),
          ...(current.credentials ? { credentials: current.credentials } : {}),
          ...(current.headers ? { headers: current.headers } : {}),
          ...(current.timeout ? { timeout: current.timeout } : {}),
          signal: controller.current.signal,
        });
      } catch {
        return; // Unmounted: nobody to tell.
      } finally {
        inFlight.current = false;
      }
      const wait = (seconds: number): void => {
        setUntil(Date.now() + seconds * 1000);
        setSecondsLeft(seconds);
      };
      const emit = (event: SignupEvent): void => {
        try {
          current.onEvent?.(event);
        } catch {
          // Analytics must never break the resend.
        }
      };
      if (outcome.kind === "sent") {
        setStatus("sent");
        setAnnouncement(messages.resendSent);
        emit({ type: "verification_sent", trigger: "resend" });
        wait(Math.max(0, current.cooldown ?? 60));
        return;
      }
      emit({
        type: "verification_failed",
        reason: outcome.kind === "rate-limited" ? "rate-limited" : outcome.reason,
        ...(outcome.kind === "rate-limited" || outcome.status !== undefined
          ? { status: outcome.status }
          : {}),
      });
      setAnnouncement(undefined);
      if (outcome.kind === "rate-limited") {
        setStatus("rate-limited");
        setError(
          format(messages.resendRateLimited, waitParams(outcome.retryAfter, current.locale)),
        );
        wait(outcome.retryAfter);
        return;
      }
      setStatus("error");
      setError(messages.resendFailed);
    },
    [messages, until],
  );

  const waiting = secondsLeft > 0;
  return {
    status,
    secondsLeft,
    canSend: !waiting && status !== "sending",
    send,
    ...(announcement ? { announcement } : {}),
    ...(error ? { error } : {}),
    ...(waiting
      ? { countdownText: format(messages.resendCooldown, { seconds: secondsLeft }) }
      : {}),
    messages,
  };
}
