// Locale selection and lazy catalogues. English is bundled (./en); every other
// catalogue is its own chunk behind `import()`, so a page pays only for the
// locale it shows. Keep this module tiny: it is in the eager bundle.
import { en } from "./en";
import type { Messages } from "./types";

type Catalogue = () => Promise<{ default: Messages }>;

/** The shipped catalogues besides English, one chunk each. */
const catalogues: Record<string, Catalogue> = {
  ar: () => import("./locales/ar"),
  de: () => import("./locales/de"),
  es: () => import("./locales/es"),
  fr: () => import("./locales/fr"),
  ja: () => import("./locales/ja"),
  "pt-BR": () => import("./locales/pt-BR"),
};

/** Catalogues already loaded, by code: `peekMessages` reads them synchronously. */
const loaded: Record<string, Messages> = { en };

/** The locale codes the kit ships (English first). */
export const locales: readonly string[] = ["en", ...Object.keys(catalogues)];

/**
 * The shipped catalogue for a BCP 47 tag: the exact tag (any case, `_` or `-`),
 * else the first catalogue of the same language, else `"en"`.
 * @example matchLocale("de-AT") // "de"
 * @example matchLocale("pt") // "pt-BR"
 * @example matchLocale("zh-TW") // "en"
 */
export function matchLocale(locale?: string): string {
  const tag = (locale ?? "").replace(/_/g, "-").toLowerCase();
  const language = tag.split("-")[0];
  return (
    locales.find((code) => code.toLowerCase() === tag) ??
    locales.find((code) => code.split("-")[0] === language) ??
    "en"
  );
}

/**
 * Whether a locale is written right to left (Arabic, Hebrew, Persian, Urdu …).
 * @example isRtlLocale("ar-EG") // true
 */
export function isRtlLocale(locale?: string): boolean {
  return /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|ug|ur|yi)(?:[-_]|$)/i.test(locale ?? "");
}

/** The catalogue for `locale` if it is loaded (English always is), else `undefined`. */
export function peekMessages(locale?: string): Messages | undefined {
  return loaded[matchLocale(locale)];
}

/**
 * Load the catalogue for `locale` (see `matchLocale`); English resolves at once.
 * Preload it before rendering, or pass the result as `messages` for server rendering.
 * @example const de = await loadMessages("de"); <SignupForm locale="de" messages={de} />
 */
export function loadMessages(locale?: string): Promise<Messages> {
  const code = matchLocale(locale);
  const ready = loaded[code];
  if (ready) return Promise.resolve(ready);
  return (catalogues[code] as Catalogue)().then((module) => (loaded[code] = module.default));
}
