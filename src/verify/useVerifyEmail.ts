// The page an email verification link lands on, without markup: read the
// token, check it once, and say what happened and what to do next.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SignupEvent } from "../hooks/types";
import { resolveMessages } from "../en";
import type { Messages } from "../i18n/types";
import { verifyEmailToken, type VerifyOutcome } from "./client";

/** Options of {@link useVerifyEmail}. */
export interface UseVerifyEmailOptions {
  /** The verify endpoint (`GET ?sptoken=`, `POST {login}`). Defaults to `"/verify"`. */
  endpoint?: string;
  /** The token. Defaults to the page URL's `sptoken` query parameter. */
  token?: string | null;
  /** Take the token out of the address bar once read (history.replaceState), so it is not kept in history or bookmarks. Defaults to `true`. */
  clearTokenFromUrl?: boolean;
  /** Where "Sign in" goes. Defaults to `"/login"` (Stormpath's login page). */
  signInUrl?: string;
  /** Prefills the resend form's email address. Defaults to empty. */
  login?: string;
  /** Seconds between two resend requests. Defaults to `60`. */
  resendCooldown?: number;
  /** Analytics: `verification_completed`, `verification_failed`, `verification_sent`. */
  onEvent?: (event: SignupEvent) => void;
  /** Called once the address is verified (redirect, sign in …). */
  onVerified?: () => void;
  /**
   * The language of the messages, for `{duration}` in `resendRateLimited`
   * ("1 second", "30 Sekunden"). Defaults to English.
   */
  locale?: string;
  /** Override single messages. */
  messages?: Partial<Messages>;
  /** A custom fetch. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** fetch `credentials`. Defaults to `"same-origin"`. */
  credentials?: RequestCredentials;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Request timeout in ms. Defaults to `10000`. */
  timeout?: number;
}

/**
 * Where the verification is:
 * `verifying` (checking the token), `verified`, `expired`, `used`, `invalid`
 * (unknown, malformed or missing token), or `error` (network, server, rate limit).
 */
export type VerifyEmailState = "verifying" | "verified" | "expired" | "used" | "invalid" | "error";

/** What {@link useVerifyEmail} returns. */
export interface UseVerifyEmailReturn {
  state: VerifyEmailState;
  /** The state's title and body, from the catalogue. */
  title: string;
  body: string;
  /** For a polite live region: "Verifying…", then the outcome's title. */
  statusMessage: string;
  /** Next steps this state offers. */
  next: { signIn: boolean; resend: boolean; retry: boolean };
  signInUrl: string;
  /** Checks the token again (after a network or server error only). */
  retry: () => void;
  messages: Messages;
}

function tokenFromUrl(): string | null {
  if (typeof location === "undefined") return null;
  return new URLSearchParams(location.search).get("sptoken");
}

function dropTokenFromUrl(): void {
  if (typeof location === "undefined" || typeof history === "undefined") return;
  const url = new URL(location.href);
  if (!url.searchParams.has("sptoken")) return;
  url.searchParams.delete("sptoken");
  history.replaceState(history.state, "", url.pathname + url.search + url.hash);
}

/**
 * The headless verify-email page. `<VerifyEmail>` is built on it.
 *
 * @example
 * ```tsx
 * const verify = useVerifyEmail({ endpoint: "/verify", signInUrl: "/login" });
 * return <p role="status">{verify.statusMessage}</p>;
 * ```
 */
export function useVerifyEmail(options: UseVerifyEmailOptions = {}): UseVerifyEmailReturn {
  const messages = useMemo(() => resolveMessages(options.messages), [options.messages]);
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const [state, setState] = useState<VerifyEmailState>("verifying");
  const [attempt, setAttempt] = useState(0);
  // The token is read once: it may leave the URL right after.
  const tokenRef = useRef<string | null | undefined>(undefined);
  const checked = useRef<number | null>(null);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    // A token works once: in StrictMode the effect runs twice, the check once.
    if (checked.current === attempt) return;
    checked.current = attempt;
    const current = optionsRef.current;
    if (tokenRef.current === undefined) {
      tokenRef.current = current.token !== undefined ? current.token : tokenFromUrl();
      if (current.clearTokenFromUrl !== false) dropTokenFromUrl();
    }
    const token = tokenRef.current;
    const emit = (event: SignupEvent): void => {
      try {
        current.onEvent?.(event);
      } catch {
        // Analytics must never break verification.
      }
    };
    if (!token) {
      setState("invalid");
      emit({ type: "verification_failed", reason: "missing" });
      return;
    }
    setState("verifying");
    // Not aborted on unmount: the server may already have used the token, and
    // StrictMode's simulated unmount must not lose the answer.
    void verifyEmailToken(current.endpoint ?? "/verify", token, {
      ...(current.fetch ? { fetch: current.fetch } : {}),
      ...(current.credentials ? { credentials: current.credentials } : {}),
      ...(current.headers ? { headers: current.headers } : {}),
      ...(current.timeout ? { timeout: current.timeout } : {}),
    }).then((outcome: VerifyOutcome) => {
      if (!mounted.current) return;
      if (outcome.kind === "verified") {
        setState("verified");
        emit({ type: "verification_completed" });
        optionsRef.current.onVerified?.();
        return;
      }
      if (outcome.kind === "error" || outcome.kind === "rate-limited") {
        setState("error");
        emit({
          type: "verification_failed",
          reason: outcome.kind === "error" ? outcome.reason : "rate-limited",
          ...(outcome.status !== undefined ? { status: outcome.status } : {}),
        });
        return;
      }
      setState(outcome.kind);
      emit({ type: "verification_failed", reason: outcome.kind, status: outcome.status });
    });
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const text: Record<VerifyEmailState, [string, string]> = {
    verifying: [messages.verifyVerifying, ""],
    verified: [messages.verifyVerifiedTitle, messages.verifyVerifiedBody],
    expired: [messages.verifyExpiredTitle, messages.verifyExpiredBody],
    used: [messages.verifyUsedTitle, messages.verifyUsedBody],
    invalid: [messages.verifyInvalidTitle, messages.verifyInvalidBody],
    error: [messages.verifyErrorTitle, messages.verifyErrorBody],
  };
  const [title, body] = text[state];
  return {
    state,
    title,
    body,
    statusMessage: title,
    next: {
      signIn: state === "verified" || state === "used",
      resend: state === "expired" || state === "used" || state === "invalid",
      retry: state === "error",
    },
    signInUrl: options.signInUrl ?? "/login",
    retry,
    messages,
  };
}
