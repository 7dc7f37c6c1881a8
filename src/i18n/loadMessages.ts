// Locale loading, the eager half. English is bundled; any other locale costs
// one `import()` of ./locales/index (the matcher), which imports the one
// catalogue needed. Keep this module tiny: it is in every page's bundle.
// The signup form uses the *Form* variants: its English is ./base (the form's
// own keys), so the verify strings stay out of its bundle.
// The complete English catalogue is assembled at the package entry, which
// passes it to the *Locale* variants.
import { base } from "./base";
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

/** The catalogue for `locale` if it needs no loading (`english`) or is loaded, else `undefined`. */
export function peekLocale(locale: string, english: Messages): Messages | undefined {
  return isEnglish(locale) ? english : cache[locale];
}

/** {@link peekLocale} for the signup form: English is the form's own keys (./base). */
export const peekFormMessages = (locale = ""): Messages | undefined =>
  isEnglish(locale) ? base : cache[locale];

/**
 * Loads the catalogue for a locale other than English: the exact locale, else
 * its language, else `english` (also when loading fails).
 */
export function loadLocale(locale: string, english: Messages): Promise<Messages> {
  return import("./locales/index")
    .then((module) => module.loadCatalogue(locale))
    .then(
      // English fallbacks are not cached, so `peekLocale` tells them apart.
      (messages) => (messages ? (cache[locale] = messages) : english),
      () => english,
    );
}

/** {@link loadLocale} for the signup form, which calls it only when {@link peekFormMessages} has nothing. */
export const loadFormMessages = (locale: string): Promise<Messages> => loadLocale(locale, base);
