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
