// The locale toolbar's choices. Issue 9 (locales) adds its catalogues here; the
// decorator in .storybook/preview.tsx sets `lang` and `dir` from them.

export interface StoryLocale {
  value: string;
  title: string;
  direction: "ltr" | "rtl";
}

export const LOCALES: readonly StoryLocale[] = [
  { value: "en", title: "English", direction: "ltr" },
  { value: "de", title: "Deutsch", direction: "ltr" },
  { value: "fr", title: "Français", direction: "ltr" },
  { value: "es", title: "Español", direction: "ltr" },
  { value: "pt-BR", title: "Português (Brasil)", direction: "ltr" },
  { value: "ja", title: "日本語", direction: "ltr" },
  { value: "ar", title: "العربية", direction: "rtl" },
];

const RTL_LANGUAGES = new Set(["ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"]);

/** `rtl` for right-to-left languages (listed or not), else `ltr`. */
export function directionOf(locale: string): "ltr" | "rtl" {
  const known = LOCALES.find((entry) => entry.value === locale);
  if (known) return known.direction;
  return RTL_LANGUAGES.has(locale.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}
