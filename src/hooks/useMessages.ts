// The form's language: the catalogue for the locale (English is built in,
// others load lazily), the app's overrides on top, a formatter, and the
// `lang`/`dir` for the root when they differ from the page's.
import { useCallback, useEffect, useMemo, useState } from "react";
import { format } from "../i18n/format";
import { base as en, withOverrides } from "../i18n/base";
import { isRtlLocale, loadFormMessages, peekFormMessages } from "../i18n/loadMessages";
import type { Messages } from "../i18n/types";

/** The page's language, or `""` on the server. */
export const pageLanguage = (): string =>
  (typeof document !== "undefined" && document.documentElement.lang) || "";

export interface FormMessages {
  /** The resolved catalogue: the locale's (English until it arrives), plus overrides. */
  messages: Messages;
  /** `false` while the locale's catalogue is still loading. */
  ready: boolean;
  t: (key: keyof Messages, params?: Record<string, string | number>) => string;
  /** Set when the root needs its own `lang`/`dir` (see `UseSignupFormReturn.lang`). */
  root?: { lang: string; dir: "ltr" | "rtl" };
}

/**
 * Locale: the option, else the page's language, else English. After a locale
 * change the previous catalogue stays until the next one loads.
 */
export function useMessages(option: string | undefined, overrides?: Partial<Messages>) {
  const locale = option || pageLanguage();
  const [loaded, setLoaded] = useState<Messages>();
  const base = peekFormMessages(locale);
  useEffect(() => {
    if (!base) void loadFormMessages(locale).then(setLoaded);
  }, [locale, base]);
  const catalogue = base ?? loaded;
  const messages = useMemo(() => withOverrides(catalogue ?? en, overrides), [overrides, catalogue]);
  const t = useCallback(
    (key: keyof Messages, params?: Record<string, string | number>) =>
      format(messages[key], params),
    [messages],
  );
  const result: FormMessages = { messages, ready: Boolean(catalogue), t };
  // lang and dir on the root when the kit's language may differ from the page's.
  const lang = catalogue === en && base !== en ? "en" : locale;
  if (lang && catalogue && (option || lang !== locale))
    result.root = { lang, dir: isRtlLocale(lang) ? "rtl" : "ltr" };
  return result;
}
