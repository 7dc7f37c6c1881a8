// The captcha slot of <SignupForm>, also usable with useSignupForm()
// (`signup-kit/captcha`). <SignupForm> loads this module with import() only
// when the `captcha` option is set; the widget itself (and
// @hcaptcha/react-hcaptcha) is a further chunk. Import nothing here that the
// eager form also imports (esbuild would make it a shared, eager chunk).
import { useEffect, useMemo, useRef, useState } from "react";
import type { ComponentType } from "react";
import type { CaptchaState } from "../hooks/types";
import type { Messages } from "../i18n/types";
import type { HCaptchaWidgetProps } from "./HCaptchaWidget";
import { captchaEn } from "./messages";

export interface CaptchaFieldProps {
  /** `form.captcha` from useSignupForm(). */
  captcha: CaptchaState;
  /** `form.messages`. */
  messages: Messages;
  /** The widget language when `captcha.languageOverride` is not set, e.g. the form's locale. */
  language?: string | undefined;
}

/**
 * The hCaptcha widget and its error, placed right before the submit button.
 * Renders nothing when captcha is off. Errors (missing token, expiry, a
 * refused token, a script that cannot load) show here, announced.
 * @example
 * <CaptchaField captcha={form.captcha} messages={form.messages} />
 */
export function CaptchaField({ captcha, messages: given, language }: CaptchaFieldProps) {
  // The form's catalogue leaves the widget's English to this part (../i18n/base).
  const messages = useMemo(() => ({ ...captchaEn, ...given }), [given]);
  const [Widget, setWidget] = useState<ComponentType<HCaptchaWidgetProps>>();
  const area = useRef<HTMLDivElement>(null);
  const { enabled, error, errorId, setError } = captcha;
  const loadFailed = messages.captchaLoadFailed;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    import("./HCaptchaWidget").then(
      (module) => live && setWidget(() => module.HCaptchaWidget),
      () => live && setError(loadFailed),
    );
    return () => {
      live = false;
    };
  }, [enabled, setError, loadFailed]);

  if (!enabled) return null;
  return (
    <div data-slot="captcha" data-invalid={error ? "" : undefined}>
      <div
        ref={area}
        role="group"
        tabIndex={-1}
        aria-label={messages.captchaLabel}
        aria-describedby={error ? errorId : undefined}
        data-slot="captcha-widget"
      >
        {Widget ? (
          <Widget captcha={captcha} messages={messages} language={language} area={area} />
        ) : null}
      </div>
      <div aria-live="assertive" aria-atomic="true" data-slot="captcha-message">
        {error ? (
          <p id={errorId} data-slot="field-error">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
