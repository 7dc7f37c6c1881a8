// Locale loading, the eager half. English is bundled (./en); any other locale
// costs one `import()` of ./locales/index (the matcher), which imports the one
// catalogue needed. Keep this module tiny: it is in every page's bundle.
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

/**
 * The catalogue for a BCP 47 tag: the exact locale, else its language
 * (`de-AT` → `de`, `pt` → `pt-BR`), else English (also when loading fails).
 * Preload it to render the first paint in that language, or pass it as
 * `messages` when rendering on the server.
 * @example const de = await loadMessages("de"); // <SignupForm locale="de" messages={de} />
 */
export function loadMessages(locale = ""): Promise<Messages> {
  const ready = peekMessages(locale);
  if (ready) return Promise.resolve(ready);
  return import("./locales/index")
    .then((module) => module.loadCatalogue(locale))
    .then(
      // English fallbacks are not cached, so `peekMessages` tells them apart.
      (messages) => (messages ? (cache[locale] = messages) : en),
      () => en,
    );
}
