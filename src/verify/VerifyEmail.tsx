import { Suspense, useEffect, useRef } from "react";
import { lazyPart } from "../components/lazyPart";
import { useVerifyEmail, type UseVerifyEmailOptions } from "./useVerifyEmail";

// The resend step (its hook, markup, request and strings) loads only when a
// state offers it (expired, used, invalid).
const Resend = lazyPart(() =>
  import("./ResendVerification").then((module) => module.ResendVerification),
);

/** Props of {@link VerifyEmail}: every option of `useVerifyEmail()`, plus styling hooks. */
export interface VerifyEmailProps extends UseVerifyEmailOptions {
  /** Added to the root element. */
  className?: string;
  /** Drop the `sk-root` class (and with it the default theme). Defaults to `false`. */
  unstyled?: boolean;
}

/**
 * The page a verification link lands on: reads `sptoken`, checks it once,
 * and shows verified, expired, used or invalid, each with its next step
 * (sign in, or ask for a new link). The root's `data-state` is the state.
 *
 * @example
 * ```tsx
 * // On /verify, the page the email links to:
 * <VerifyEmail endpoint="/verify" signInUrl="/login" />
 * ```
 */
export function VerifyEmail({ className, unstyled = false, ...options }: VerifyEmailProps) {
  const verify = useVerifyEmail(options);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { state, messages } = verify;

  // The checking text is replaced by the outcome: put focus on it, so keyboard
  // and screen-reader users start from the result.
  useEffect(() => {
    if (state !== "verifying") headingRef.current?.focus();
  }, [state]);

  return (
    <div
      className={
        [unstyled ? undefined : "sk-root", className].filter(Boolean).join(" ") || undefined
      }
      data-slot="root"
      data-component="verify-email"
      data-state={state}
      aria-busy={state === "verifying" || undefined}
    >
      {state === "verifying" ? (
        <p data-slot="verify-progress">{verify.title}</p>
      ) : (
        <div data-slot="verify-result">
          <h2 data-slot="verify-title" tabIndex={-1} ref={headingRef}>
            {verify.title}
          </h2>
          <p data-slot="verify-body">{verify.body}</p>
          {verify.next.signIn ? (
            <p data-slot="next">
              <a href={verify.signInUrl} data-slot="sign-in">
                {messages.verifySignIn}
              </a>
            </p>
          ) : null}
          {verify.next.retry ? (
            <button type="button" data-slot="retry" onClick={verify.retry}>
              {messages.retry}
            </button>
          ) : null}
          {verify.next.resend ? (
            <Suspense>
              <Resend
                endpoint={options.endpoint ?? "/verify"}
                cooldown={options.resendCooldown ?? 60}
                askEmail
                prompt={false}
                {...(options.login !== undefined ? { login: options.login } : {})}
                {...(options.onEvent ? { onEvent: options.onEvent } : {})}
                {...(options.messages ? { messages: options.messages } : {})}
                {...(options.locale ? { locale: options.locale } : {})}
                {...(options.fetch ? { fetch: options.fetch } : {})}
                {...(options.credentials ? { credentials: options.credentials } : {})}
                {...(options.headers ? { headers: options.headers } : {})}
                {...(options.timeout ? { timeout: options.timeout } : {})}
              />
            </Suspense>
          ) : null}
        </div>
      )}
      {/* Present from the first render so screen readers announce its changes. */}
      <div role="status" aria-live="polite" aria-atomic="true" data-slot="status">
        {verify.statusMessage}
      </div>
    </div>
  );
}
