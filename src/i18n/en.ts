import { captchaEn } from "../captcha/messages";
import { passwordGuideEn } from "../components/passwordGuideMessages";
import { successEn } from "../components/successMessages";
import { resendEn } from "../verify/resendMessages";
import { verifyEn } from "../verify/messages";
import { base } from "./base";
import type { Messages } from "./types";

/**
 * The complete English catalogue (what `loadMessages("en")` resolves to). The
 * signup form bundles only ./base; the verify page and the resend step bring
 * their own strings (../verify/messages, ../verify/resendMessages,
 * ../captcha/messages), and so do the password guidance and the success view
 * (../components/passwordGuideMessages, ../components/successMessages).
 */
export const en: Messages = /* @__PURE__ */ Object.assign(
  {},
  base,
  verifyEn,
  resendEn,
  captchaEn,
  passwordGuideEn,
  successEn,
);
