// English for the email-verification parts (<VerifyEmail>, the resend step):
// loaded with them, not with the form.
import type { EagerKey } from "../i18n/base";
import type { Messages } from "../i18n/types";

export const verifyEn: Record<Exclude<keyof Messages, EagerKey>, string> = {
  verifyVerifying: "Verifying your email address…",
  verifyVerifiedTitle: "Your email address is verified",
  verifyVerifiedBody: "Your account is ready. You can sign in now.",
  verifySignIn: "Sign in",
  verifyExpiredTitle: "This verification link has expired",
  verifyExpiredBody:
    "Verification links work for a limited time. Enter your email address and we will send you a new one.",
  verifyUsedTitle: "This verification link has already been used",
  verifyUsedBody:
    "If you already verified your email address, sign in. Otherwise, ask for a new link.",
  verifyInvalidTitle: "This verification link is not valid",
  verifyInvalidBody:
    "The link may be incomplete or mistyped. Enter your email address and we will send you a new one.",
  verifyErrorTitle: "We could not verify your email address",
  verifyErrorBody: "Check your connection and try again.",
  resendPrompt: "Didn't get the email?",
  resendEmailLabel: "Email address",
  resendButton: "Send a new link",
  resendSending: "Sending a new link…",
  resendSent:
    "If an account at that address still needs verifying, a new link is on its way. Check your inbox and spam folder.",
  resendCooldown: "You can ask for another link in {seconds} s.",
  resendReady: "You can ask for another link now.",
  resendRateLimited: "Too many requests. Try again in {seconds} seconds.",
  resendFailed: "We could not send a new link. Check your connection and try again.",
};
