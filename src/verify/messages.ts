// English for <VerifyEmail>'s own strings (the page a link lands on). Not in the
// signup form's bundle: only the verify page reads these.
import type { Messages } from "../i18n/types";

export type VerifyKey = Extract<keyof Messages, `verify${string}`>;

export const verifyEn: Record<VerifyKey, string> = {
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
};
