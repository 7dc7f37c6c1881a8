// English for the resend step ("Didn't get the email?"). Loaded with the step
// (its lazy chunk), never with the signup form or the verify page.
import type { Messages } from "../i18n/types";

/** The message keys of the resend step (`resendPrompt`, `resendButton`, …). */
export type ResendKey = Extract<keyof Messages, `resend${string}`>;

/** The resend step's strings, plus `required` (the empty email address). */
export const resendEn: Record<ResendKey | "required", string> = {
  required: "{label} required.",
  resendPrompt: "Didn't get the email?",
  resendEmailLabel: "Email address",
  resendButton: "Send a new link",
  resendSending: "Sending a new link…",
  resendSent:
    "If an account at that address still needs verifying, a new link is on its way. Check your inbox and spam folder.",
  resendCooldown: "You can ask for another link in {seconds} s.",
  resendReady: "You can ask for another link now.",
  resendRateLimited: "Too many requests. Try again in {duration}.",
  resendFailed: "We could not send a new link. Check your connection and try again.",
};
