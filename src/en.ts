// The complete English catalogue, assembled here, at the package entry, from
// the English of each part: i18n/ holds the form's eager strings (./i18n/base)
// and the machinery, and each lazily loaded part brings its own strings. The
// signup form bundles only ./i18n/base; `en` is for the verify page, apps and
// the loaders below.
import type { CaptchaKey } from "./captcha/messages";
import { captchaEn } from "./captcha/messages";
import type { PasswordGuideKey } from "./components/passwordGuideMessages";
import { passwordGuideEn } from "./components/passwordGuideMessages";
import type { SuccessKey } from "./components/successMessages";
import { successEn } from "./components/successMessages";
import { base, type EagerKey } from "./i18n/base";
import { loadLocale, peekLocale } from "./i18n/loadMessages";
import type { Messages } from "./i18n/types";
import { resendEn } from "./verify/resendMessages";
import { verifyEn } from "./verify/messages";

/** The complete English catalogue (what `loadMessages("en")` resolves to). */
export const en: Messages = /* @__PURE__ */ Object.assign(
  {},
  base,
  verifyEn,
  resendEn,
  captchaEn,
  passwordGuideEn,
  successEn,
);

// Compile-time checks: the parts cover every key, and the eager strings hold
// none of a lazy part's keys (they would load with every form).
type LazyKey = `verify${string}` | `resend${string}` | CaptchaKey | PasswordGuideKey | SuccessKey;
type Parts = EagerKey | keyof typeof verifyEn | keyof typeof resendEn | CaptchaKey;
type Missing = Exclude<keyof Messages, Parts | PasswordGuideKey | SuccessKey>;
type Misplaced = Extract<EagerKey, LazyKey>;
const _checked: [Missing, Misplaced] extends [never, never]
  ? true
  : { missing: Missing; misplaced: Misplaced } = true;

/** The catalogue for `locale` if it needs no loading or is loaded, else `undefined`. */
export const peekMessages = (locale = ""): Messages | undefined => peekLocale(locale, en);

/**
 * The catalogue for a BCP 47 tag: the exact locale, else its language
 * (`de-AT` → `de`, `pt` → `pt-BR`), else English (also when loading fails).
 * Preload it to render the first paint in that language, or pass it as
 * `messages` when rendering on the server.
 * @example const de = await loadMessages("de"); // <SignupForm locale="de" messages={de} />
 */
export function loadMessages(locale = ""): Promise<Messages> {
  const ready = peekMessages(locale);
  return ready ? Promise.resolve(ready) : loadLocale(locale, en);
}

/**
 * A catalogue (English by default) with the app's overrides on top. Unknown keys
 * in `overrides` are ignored.
 */
export function resolveMessages(overrides?: Partial<Messages>, base: Messages = en): Messages {
  if (!overrides) return base;
  const out: Messages = { ...base };
  for (const key of Object.keys(base) as Array<keyof Messages>) {
    const value = overrides[key];
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
