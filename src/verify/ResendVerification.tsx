import type { UseSignupFormOptions } from "../hooks/types";
import { matchLocale } from "../i18n/locales/index";
import type { Messages } from "../i18n/types";
import { verifyEndpointFor } from "./endpoint";
import { useResendVerification, type UseResendVerificationOptions } from "./useResendVerification";
import { ResendView } from "./ResendView";

/** Props of {@link ResendVerification}. */
export interface ResendVerificationProps extends UseResendVerificationOptions {
  /** Ask for the email address instead of using `login`. Defaults to `true` when no `login` is given. */
  askEmail?: boolean;
  /** Show "Didn't get the email?". Defaults to `true`. */
  prompt?: boolean;
}

/**
 * "Didn't get the email?" with a resend button and a cooldown, on its own
 * (`<SignupForm>` shows it in its UNVERIFIED success view).
 *
 * @example
 * ```tsx
 * <ResendVerification endpoint="/verify" login="ada@example.com" />
 * ```
 */
export function ResendVerification({ askEmail, prompt, ...options }: ResendVerificationProps) {
  const resend = useResendVerification(options);
  return (
    <ResendView
      resend={resend}
      askEmail={askEmail ?? !options.login}
      defaultEmail={options.login ?? ""}
      prompt={prompt ?? true}
    />
  );
}

/** Props of {@link FormResend} (internal). */
export interface FormResendProps {
  /** The form's options (endpoint, verification, onEvent, fetch …). */
  options: UseSignupFormOptions;
  /** The new account's email address. */
  login: string;
  /** The form's resolved catalogue. */
  messages: Messages;
}

/**
 * @internal The resend step of `<SignupForm>`'s UNVERIFIED success view, wired
 * from the form's options. The form loads this module with import() only when
 * that view shows (none of the resend code is in its eager bundle);
 * `<VerifyEmail>` loads the same module, so there is one lazy chunk.
 */
export function FormResend({ options, login, messages }: FormResendProps) {
  const verification = options.verification || undefined;
  return (
    <ResendVerification
      endpoint={verification?.endpoint ?? verifyEndpointFor(options.endpoint ?? "/register")}
      login={login}
      cooldown={verification?.cooldown ?? 60}
      messages={messages}
      // The language the form's catalogue is in (English for a locale the kit does not ship).
      locale={matchLocale(
        options.locale ?? (typeof document !== "undefined" ? document.documentElement.lang : ""),
      )}
      {...(options.onEvent ? { onEvent: options.onEvent } : {})}
      {...(options.fetch ? { fetch: options.fetch } : {})}
      {...(options.credentials ? { credentials: options.credentials } : {})}
      {...(options.headers ? { headers: options.headers } : {})}
    />
  );
}
