// English for the success view. Loaded with it (its lazy chunk), after a signup
// succeeds, so the strings cost the main bundle nothing.
import type { Messages } from "../i18n/types";

export type SuccessKey =
  | "successEnabledTitle"
  | "successEnabledBody"
  | "successUnverifiedTitle"
  | "successUnverifiedBody"
  | "successUnverifiedBodyNoEmail"
  | "successPendingTitle"
  | "successPendingBody";

/** The success view's strings. */
export const successEn: Pick<Messages, SuccessKey> = {
  successEnabledTitle: "Your account is ready",
  successEnabledBody: "You can now sign in.",
  successUnverifiedTitle: "Check your email to verify your account",
  successUnverifiedBody: "We sent a verification link to {email}. Follow it to finish signing up.",
  successUnverifiedBodyNoEmail: "We sent you a verification link. Follow it to finish signing up.",
  successPendingTitle: "Your account is pending",
  successPendingBody: "We will let you know when your account is ready.",
};
