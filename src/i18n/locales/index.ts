// The lazy side of locale loading: `loadMessages` imports this module only for a
// locale other than English, and it imports that one catalogue. Nothing here is
// in the eager bundle (see bench/size: the eager check fails if a catalogue is).
import type { Messages } from "../types";

type Catalogue = () => Promise<{ default: Messages }>;

/** The shipped catalogues besides English, one chunk each. Add new locales here. */
export const catalogues: Record<string, Catalogue> = {
  ar: () => import("./ar"),
  de: () => import("./de"),
  es: () => import("./es"),
  fr: () => import("./fr"),
  ja: () => import("./ja"),
  "pt-BR": () => import("./pt-BR"),
};

/**
 * The shipped catalogue for a BCP 47 tag: the exact tag (any case, `_` or `-`),
 * else the first catalogue of the same language, else `"en"`.
 * @example matchLocale("de-AT") // "de"
 * @example matchLocale("pt") // "pt-BR"
 * @example matchLocale("zh-TW") // "en"
 */
export function matchLocale(locale = ""): string {
  const codes = Object.keys(catalogues);
  const tag = locale.replace(/_/g, "-").toLowerCase();
  const language = tag.split("-")[0];
  return (
    codes.find((code) => code.toLowerCase() === tag) ??
    codes.find((code) => code.split("-")[0]?.toLowerCase() === language) ??
    "en"
  );
}

/**
 * The catalogue for a tag (see `matchLocale`), or `undefined` when only English
 * fits (English itself stays in the eager bundle, not imported here).
 */
export function loadCatalogue(locale?: string): Promise<Messages | undefined> {
  const load = catalogues[matchLocale(locale)];
  return load ? load().then((module) => module.default) : Promise.resolve(undefined);
}
