// The hCaptcha widget. This module is the lazy chunk: CaptchaField
// loads it with import() only when the `captcha` option is set, so a form
// without captcha ships none of it, nor @hcaptcha/react-hcaptcha.
//
// The token lifecycle it guarantees, with the hook's seam (useSignupForm):
// - a token goes to the hook on verify and is cleared on expiry, on error, on
//   close, on a site key / language / size / theme change and on unmount;
// - after every failed POST the hook calls `reset()`: a token is used once;
// - invisible mode: `execute()` always settles, with a token or a message at
//   the widget: closed, expired, error, script failure, or our own timeout.
import HCaptcha from "@hcaptcha/react-hcaptcha";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import type { CaptchaOptions, CaptchaState } from "../hooks/types";
import type { Messages } from "../i18n/types";

/** hCaptcha's published test site key: every challenge passes, so it stops no bots. */
export const HCAPTCHA_TEST_SITE_KEY = "10000000-ffff-ffff-ffff-000000000001";
/** How long an invisible challenge may take before submit gives up, in ms. */
export const DEFAULT_EXECUTE_TIMEOUT = 120_000;

/** Our own keys in `captcha`; every other key passes through to @hcaptcha/react-hcaptcha. */
const OWN_KEYS = ["siteKey", "size", "theme", "field", "executeTimeout", "languageOverride"];

let warnedTestKey = false;

export interface HCaptchaWidgetProps {
  captcha: CaptchaState;
  messages: Messages;
  /** The form's locale, used when `captcha.languageOverride` is not set. */
  language?: string | undefined;
  /** The focusable area around the widget (focused when the captcha blocks submit). */
  area: RefObject<HTMLElement | null>;
}

interface Pending {
  resolve: (token: string) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** The message for an hCaptcha error code or execute rejection. */
export function captchaMessage(code: string, messages: Messages): string {
  if (/script/.test(code)) return messages.captchaLoadFailed;
  if (/closed/.test(code)) return messages.captchaClosed;
  if (/expired/.test(code)) return messages.captchaExpired;
  return messages.captchaError;
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "error";
}

/** The props passed through to the wrapper: everything in `captcha` that is not ours. */
function passThrough(options: CaptchaOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (!OWN_KEYS.includes(key) && value !== undefined) out[key] = value;
  }
  return out;
}

export function HCaptchaWidget({ captcha, messages, language, area }: HCaptchaWidgetProps) {
  const options: CaptchaOptions = captcha.options ?? { siteKey: "" };
  const { siteKey, size = "normal", theme = "light" } = options;
  const lang = options.languageOverride ?? language;
  const invisible = size === "invisible";
  const timeout = options.executeTimeout ?? DEFAULT_EXECUTE_TIMEOUT;

  const instance = useRef<HCaptcha>(null);
  const pending = useRef<Pending | null>(null);
  // The script failed to load: execute() fails at once, a retry button shows.
  const [failed, setFailed] = useState(false);
  const failedRef = useRef(false);
  const [attempt, setAttempt] = useState(0);

  // The latest values, for callbacks that must stay stable. (Client only: this
  // module is loaded from an effect, so the layout effect never runs on a server.)
  const latest = useRef({ captcha, messages, timeout });
  useLayoutEffect(() => {
    latest.current = { captcha, messages, timeout };
  });

  /** Settle a pending execute(); without a token, clear it and show `message`. */
  const settle = useCallback((token: string | null, code?: string) => {
    const { captcha: seam, messages: m } = latest.current;
    if (token) {
      seam.setToken(token);
    } else {
      seam.setToken(null);
      if (code) seam.setError(captchaMessage(code, m));
    }
    const current = pending.current;
    if (!current) return;
    pending.current = null;
    clearTimeout(current.timer);
    if (token) current.resolve(token);
    else current.reject(new Error(code ?? "captcha-cancelled"));
  }, []);

  const execute = useCallback(
    () =>
      new Promise<string>((resolve, reject) => {
        // A second execute replaces the first (which rejects quietly).
        const previous = pending.current;
        if (previous) {
          pending.current = null;
          clearTimeout(previous.timer);
          previous.reject(new Error("captcha-replaced"));
        }
        const timer = setTimeout(() => {
          // Our own timeout: a challenge that never answers must not hang submit.
          settle(null, "timeout");
          instance.current?.resetCaptcha();
        }, latest.current.timeout);
        pending.current = { resolve, reject, timer };
        const widget = instance.current;
        if (failedRef.current || !widget) {
          settle(null, failedRef.current ? "script-error" : "not-mounted");
          return;
        }
        latest.current.captcha.setError(undefined);
        let running: Promise<{ response: string }>;
        try {
          running = widget.execute({ async: true });
        } catch (error) {
          settle(null, reason(error));
          return;
        }
        running.then(
          ({ response }) => {
            if (pending.current?.resolve === resolve) settle(response || null, "error");
          },
          (error: unknown) => {
            if (pending.current?.resolve === resolve) settle(null, reason(error));
          },
        );
      }),
    [settle],
  );

  // Register with the hook. Stable across renders; StrictMode's double mount
  // registers, unregisters and registers again.
  const { registerWidget } = captcha;
  useEffect(
    () =>
      registerWidget({
        reset: () => {
          instance.current?.resetCaptcha();
        },
        focus: () => area.current?.focus(),
        ...(invisible ? { execute } : {}),
      }),
    [registerWidget, invisible, execute, area],
  );

  // A new widget (site key, language, size, theme, retry) or unmount: the old
  // token is worthless, and a pending execute fails instead of hanging.
  const widgetKey = [siteKey, lang ?? "", size, String(theme), attempt].join("|");
  useEffect(
    () => () => {
      settle(null);
    },
    [widgetKey, settle],
  );

  // A production build with the test key: it lets every bot through. Once per page.
  useEffect(() => {
    if (
      process.env.NODE_ENV === "production" &&
      siteKey === HCAPTCHA_TEST_SITE_KEY &&
      !warnedTestKey
    ) {
      warnedTestKey = true;
      console.warn(
        "[signup-kit] captcha.siteKey is hCaptcha's test key in a production build: every challenge passes and no bot is stopped. Use your site key from the hCaptcha dashboard.",
      );
    }
  }, [siteKey]);

  const retry = () => {
    failedRef.current = false;
    setFailed(false);
    captcha.setError(undefined);
    setAttempt((count) => count + 1);
  };

  return (
    <>
      <HCaptcha
        {...passThrough(options)}
        key={widgetKey}
        ref={instance}
        sitekey={siteKey}
        size={size}
        theme={theme}
        {...(lang ? { languageOverride: lang } : {})}
        // Never report to hCaptcha's Sentry from a signup page.
        sentry={false}
        onLoad={() => {
          failedRef.current = false;
          setFailed(false);
        }}
        onVerify={(token) => settle(token)}
        onExpire={() => {
          latest.current.captcha.setToken(null);
          latest.current.captcha.setError(latest.current.messages.captchaExpired);
        }}
        onChalExpired={() => settle(null, "challenge-expired")}
        onClose={() => settle(null, "challenge-closed")}
        onError={(code) => {
          if (/script/.test(code)) {
            failedRef.current = true;
            setFailed(true);
          }
          settle(null, code || "error");
        }}
      />
      {failed ? (
        <button type="button" data-slot="captcha-retry" onClick={retry}>
          {messages.retry}
        </button>
      ) : null}
    </>
  );
}
