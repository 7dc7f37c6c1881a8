import { useId, useState } from "react";
import type { FormEvent, MouseEvent } from "react";
import type { UseResendVerificationReturn } from "./useResendVerification";

/** Props of {@link ResendView}: the resend state, drawn. */
export interface ResendViewProps {
  /** From `useResendVerification()` (or `useVerifyEmail().resend`). */
  resend: UseResendVerificationReturn;
  /** Ask for the email address (the verify page does not know it). Defaults to `false`. */
  askEmail?: boolean;
  /** Prefills the email input. Defaults to empty. */
  defaultEmail?: string;
  /** Show "Didn't get the email?" above the button. Defaults to `true`. */
  prompt?: boolean;
}

/**
 * "Didn't get the email?" and a button, with a visible cooldown after each
 * request. The button stays focusable while it waits (`aria-disabled`, not
 * `disabled`); the countdown is not a live region, the moments that matter
 * ("sent", "you can ask again", errors) are announced once each.
 */
export function ResendView({
  resend,
  askEmail = false,
  defaultEmail = "",
  prompt = true,
}: ResendViewProps) {
  const id = useId();
  const [email, setEmail] = useState(defaultEmail);
  const { messages } = resend;
  const errorId = `${id}-error`;
  const countdownId = `${id}-countdown`;
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void resend.send(askEmail ? email : undefined);
  };
  return (
    <div data-slot="resend" data-state={resend.status}>
      {prompt ? <p data-slot="resend-prompt">{messages.resendPrompt}</p> : null}
      <form data-slot="resend-form" noValidate onSubmit={onSubmit}>
        {askEmail ? (
          <div
            data-slot="field"
            data-invalid={resend.error && !resend.countdownText ? "" : undefined}
          >
            <label data-slot="label" htmlFor={`${id}-email`}>
              {messages.resendEmailLabel}
            </label>
            <input
              id={`${id}-email`}
              data-slot="input"
              name="login"
              type="email"
              dir="ltr"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              autoCapitalize="none"
              required
              value={email}
              aria-invalid={Boolean(resend.error && !resend.countdownText)}
              aria-describedby={resend.error ? errorId : undefined}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
        ) : null}
        <div data-slot="submit-row">
          <button
            type="submit"
            data-slot="resend-button"
            data-state={
              resend.status === "sending" ? "submitting" : resend.canSend ? "idle" : "waiting"
            }
            aria-disabled={!resend.canSend || undefined}
            aria-describedby={resend.countdownText ? countdownId : undefined}
            onClick={(event: MouseEvent<HTMLButtonElement>) => {
              if (!resend.canSend) event.preventDefault();
            }}
          >
            {resend.status === "sending" ? messages.resendSending : messages.resendButton}
          </button>
          {resend.countdownText ? (
            <p id={countdownId} data-slot="countdown">
              {resend.countdownText}
            </p>
          ) : null}
        </div>
      </form>
      <p role="status" aria-live="polite" aria-atomic="true" data-slot="resend-status">
        {resend.announcement}
      </p>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-slot="form-error">
        {resend.error ? <p id={errorId}>{resend.error}</p> : null}
      </div>
    </div>
  );
}
