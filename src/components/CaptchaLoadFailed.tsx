import { useEffect } from "react";
import type { CaptchaState } from "../hooks/types";
import type { Messages } from "../i18n/types";

/**
 * The captcha slot when its chunk cannot load: the load-failure message at the
 * widget area. The hook keeps this error (it never replaces one) and, with no
 * token, blocks every submit.
 */
export function CaptchaLoadFailed({
  captcha,
  messages,
}: {
  captcha: CaptchaState;
  messages: Messages;
}) {
  const { setError, error, errorId } = captcha;
  const message = messages.captchaLoadFailed;
  useEffect(() => setError(message), [setError, message]);
  return (
    <div data-slot="captcha" data-invalid="">
      <div aria-live="assertive" aria-atomic="true" data-slot="captcha-message">
        <p id={errorId} data-slot="field-error">
          {error ?? message}
        </p>
      </div>
    </div>
  );
}
