// The captcha seam: the token is a form value (the schema requires it when the
// captcha is on), kept in memory only and used once; the widget registers
// itself so submit can run, reset and focus it.
import { useCallback, useRef } from "react";
import type { RefObject } from "react";
import { CONTROL_KEYS } from "../core/names";
import type { SignupFormControl } from "./useSignupFormControl";
import type { CaptchaOptions, CaptchaState, CaptchaWidget } from "./types";
import { DEFAULT_CAPTCHA_FIELD } from "./useRegisterView";

const KEY = CONTROL_KEYS.captcha;

/** The captcha part of the return value, and the registered widget. */
export function useCaptcha(
  form: SignupFormControl,
  options: CaptchaOptions | undefined,
  declared: boolean,
  baseId: string,
): { captcha: CaptchaState; widget: RefObject<CaptchaWidget | null> } {
  const widget = useRef<CaptchaWidget | null>(null);
  const setToken = useCallback(
    (token: string | null) => {
      form.setValue(KEY, token ?? "");
      if (token) form.clearErrors(KEY);
    },
    [form],
  );
  const setError = useCallback(
    (message: string | undefined) => {
      if (message) form.setError(KEY, { type: "widget", message });
      else form.clearErrors(KEY);
    },
    [form],
  );
  const registerWidget = useCallback((next: CaptchaWidget) => {
    widget.current = next;
    return () => {
      if (widget.current === next) widget.current = null;
    };
  }, []);
  const error = form.getFieldState(KEY).error?.message;
  const captcha: CaptchaState = {
    // Not declared: no widget, no token (a development warning says why).
    enabled: Boolean(options) && declared,
    field: options?.field ?? DEFAULT_CAPTCHA_FIELD,
    setToken,
    registerWidget,
    setError,
    errorId: `${baseId}-captcha-error`,
    ...(options ? { options } : {}),
    ...(error ? { error } : {}),
  };
  return { captcha, widget };
}
