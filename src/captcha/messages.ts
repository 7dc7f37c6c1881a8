// English for the hCaptcha widget's own strings. Loaded with the captcha part
// (its lazy chunk), never with a form that has no captcha. The strings the
// form needs without the part (required, refused, could not load) stay in
// ../i18n/base.
import type { Messages } from "../i18n/types";

export type CaptchaKey = "captchaLabel" | "captchaExpired" | "captchaClosed" | "captchaError";

/** The captcha part's strings. */
export const captchaEn: Pick<Messages, CaptchaKey> = {
  captchaLabel: "Human verification",
  captchaExpired: "The captcha expired. Please complete it again.",
  captchaClosed: "The captcha was closed before it was completed.",
  captchaError: "The captcha ran into a problem. Please try again.",
};
