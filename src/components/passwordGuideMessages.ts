// English for the password guidance. Loaded with the guidance part (its lazy
// chunk), so the strings cost the main bundle nothing.
import type { Messages } from "../i18n/types";

export type PasswordGuideKey =
  | "passwordRequirement"
  | "passwordRequirementScreened"
  | "passwordRequirementScreenedOnly"
  | "passwordHintRemaining"
  | "passwordHintMet";

/** The password guidance's strings. */
export const passwordGuideEn: Pick<Messages, PasswordGuideKey> = {
  passwordRequirement: "At least {min} characters.",
  passwordRequirementScreened:
    "At least {min} characters. Common and breached passwords are not accepted.",
  passwordRequirementScreenedOnly: "Common and breached passwords are not accepted.",
  passwordHintRemaining: "Characters still needed: {count}.",
  passwordHintMet: "The password is long enough.",
};
