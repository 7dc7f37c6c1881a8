// Locale loading, the eager half. English is bundled; any other locale costs
// one `import()` of ./locales/index (the matcher), which imports the one
// catalogue needed. Keep this module tiny: it is in every page's bundle.
// The signup form uses the *Form* variants: its English is ./base (the form's
// own keys), so the verify strings stay out of its bundle.
import { base } from "./base";
import { en } from "./en";
import type { Messages } from "./types";

/** Catalogues loaded so far, by the tag they were asked for. */
const cache: Record<string, Messages> = {};

/** The locales the kit ships catalogues for. */
export const locales = ["en", "ar", "de", "es", "fr", "ja", "pt-BR"] as const;

/** English tags (`en`, `en-GB` …) and the empty tag need no loading. */
const isEnglish = (locale: string) => !locale || /^en(?![a-z])/i.test(locale);

/**
 * Whether a locale is written right to left (the shipped Arabic, and Persian,
 * Hebrew, Urdu and Yiddish for catalogues an app adds).
 * @example isRtlLocale("ar-EG") // true
 */
export const isRtlLocale = (locale = "") => /^(?:ar|fa|he|ur|yi)(?![a-z])/i.test(locale);

/** The catalogue for `locale` if it needs no loading or is loaded, else `undefined`. */
export function peekMessages(locale = ""): Messages | undefined {
  return isEnglish(locale) ? en : cache[locale];
}

/** {@link peekMessages} for the signup form: English is the form's own keys (./base). */
export const peekFormMessages = (locale = ""): Messages | undefined =>
  isEnglish(locale) ? base : cache[locale];

function load(locale: string, english: Messages): Promise<Messages> {
  return import("./locales/index")
    .then((module) => module.loadCatalogue(locale))
    .then(
      // English fallbacks are not cached, so `peekMessages` tells them apart.
      (messages) => (messages ? (cache[locale] = messages) : english),
      () => english,
    );
}

/**
 * The catalogue for a BCP 47 tag: the exact locale, else its language
 * (`de-AT` → `de`, `pt` → `pt-BR`), else English (also when loading fails).
 * Preload it to render the first paint in that language, or pass it as
 * `messages` when rendering on the server.
 * @example const de = await loadMessages("de"); // <SignupForm locale="de" messages={de} />
 */
export function loadMessages(locale = ""): Promise<Messages> {
  const ready = peekMessages(locale);
  return ready ? Promise.resolve(ready) : load(locale, en);
}

/** {@link loadMessages} for the signup form, which calls it only when {@link peekFormMessages} has nothing. */
export const loadFormMessages = (locale: string): Promise<Messages> => load(locale, base);
