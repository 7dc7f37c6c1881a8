import type { MouseEvent } from "react";
import type { SubmitButtonProps } from "./types";

/**
 * The submit button.
 * - Submitting: `aria-disabled`, not `disabled`, so the button keeps keyboard
 *   focus while the request is in flight (a disabled focused button drops
 *   focus to the body); clicks are swallowed and the hook sends one POST only.
 * - Rate limited (429/503): really `disabled`, with a visible countdown that
 *   describes it. The countdown itself is not a live region: the form's live
 *   region announces the start and the end, not every second.
 */
export function SubmitButton({
  label,
  submitting,
  retryAfter,
  countdownText,
  countdownId,
}: SubmitButtonProps) {
  const waiting = retryAfter > 0;
  return (
    <div data-slot="submit-row">
      <button
        type="submit"
        data-slot="submit"
        data-state={submitting ? "submitting" : waiting ? "waiting" : "idle"}
        disabled={waiting}
        aria-disabled={submitting || undefined}
        aria-describedby={waiting ? countdownId : undefined}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          if (submitting) event.preventDefault();
        }}
      >
        {label}
      </button>
      {waiting && countdownText ? (
        <p id={countdownId} data-slot="countdown">
          {countdownText}
        </p>
      ) : null}
    </div>
  );
}
