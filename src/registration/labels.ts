// Client registration in the locales the kit ships: every string of
// RegistrationMessages (labels, help, errors, statuses, the manager's texts).
// Each locale is its own chunk, loaded on first use; English needs no loading
// (it is the registration catalogue itself).
import { useEffect, useMemo, useState } from "react";
import type { EditableField } from "../contract/clientMetadata";
import { isRtlLocale } from "../i18n/loadMessages";
import type { RegistrationMessages } from "./messages";

/** The label keys: field names, section titles, and the words for grant types, response types and authentication methods. */
export type RegistrationLabelKey =
  | EditableField
  | "sectionBasics"
  | "sectionRedirects"
  | "sectionAdvanced"
  | "grantAuthorizationCode"
  | "grantImplicit"
  | "grantRefreshToken"
  | "grantClientCredentials"
  | "grantDeviceCode"
  | "responseCode"
  | "responseToken"
  | "responseIdToken"
  | "responseIdTokenToken"
  | "responseCodeIdToken"
  | "responseCodeToken"
  | "responseCodeIdTokenToken"
  | "responseNone"
  | "authClientSecretBasic"
  | "authClientSecretPost"
  | "authClientSecretJwt"
  | "authPrivateKeyJwt"
  | "authNone";

/** The labels of one locale. */
export type RegistrationLabels = Pick<RegistrationMessages, RegistrationLabelKey>;

type Loader = () => Promise<{ default: RegistrationMessages }>;

const loaders: Record<string, Loader> = {
  ar: () => import("./locales/ar"),
  de: () => import("./locales/de"),
  es: () => import("./locales/es"),
  fr: () => import("./locales/fr"),
  ja: () => import("./locales/ja"),
  "pt-BR": () => import("./locales/pt-BR"),
};

/** The shipped locale for a BCP 47 tag (exact, else same language), or `undefined` for English and others. */
function match(locale: string): string | undefined {
  const tag = locale.replace(/_/g, "-").toLowerCase();
  const language = tag.split("-")[0];
  const codes = Object.keys(loaders);
  return (
    codes.find((code) => code.toLowerCase() === tag) ??
    codes.find((code) => code.split("-")[0]?.toLowerCase() === language)
  );
}

const cache: Record<string, RegistrationMessages> = {};

/**
 * Every string of client registration in a locale (`de-AT` → German, `pt` →
 * Brazilian Portuguese), or `undefined` for English and locales the kit does
 * not ship. Pass the result as `messages` to render the first paint in that
 * language; put your own strings after it to override some.
 * @example const messages = await loadRegistrationMessages("de"); // <ClientRegistrationForm locale="de" messages={messages} … />
 */
export async function loadRegistrationMessages(
  locale = "",
): Promise<RegistrationMessages | undefined> {
  const code = match(locale);
  const loader = code ? loaders[code] : undefined;
  if (!code || !loader) return undefined;
  if (cache[code]) return cache[code];
  try {
    return (cache[code] = (await loader()).default);
  } catch {
    return undefined;
  }
}

/**
 * The registration labels for a locale, or `undefined` for English and locales
 * the kit does not ship. The object is the locale's whole catalogue (the same
 * one {@link loadRegistrationMessages} gives), typed as its labels; prefer
 * {@link loadRegistrationMessages}, which types every string.
 * @example const labels = await loadRegistrationLabels("de"); // <ClientRegistrationForm messages={labels} … />
 */
export function loadRegistrationLabels(locale = ""): Promise<RegistrationLabels | undefined> {
  return loadRegistrationMessages(locale);
}

/** What the components render with for a `locale` prop. */
export interface RegistrationLocale {
  /**
   * For the registration hook: `messages`, the locale's strings once loaded
   * under the app's own (absent when neither applies), and `locale`, the
   * language the strings are in (for `{duration}`; absent while English by default).
   */
  options: { messages?: Partial<RegistrationMessages>; locale?: string };
  /**
   * `lang` and `dir` for the root when a `locale` is given and its text is
   * showing: the locale for a shipped one (once loaded) or an English tag,
   * `en` for a locale the kit does not ship (its text stays English).
   */
  root?: { lang: string; dir: "ltr" | "rtl" };
}

const isEnglish = (locale: string) => /^en(?![a-z])/i.test(locale);

/**
 * The strings for `locale` (loaded once, English until then) with the app's
 * `overrides` on top, and the root's `lang` and `dir`.
 */
export function useRegistrationLocale(
  locale: string | undefined,
  overrides?: Partial<RegistrationMessages>,
): RegistrationLocale {
  const localised = useCatalogue(locale);
  const catalogue = localised.messages;
  const messages = useMemo(
    () => (catalogue ? { ...catalogue, ...overrides } : overrides),
    [catalogue, overrides],
  );
  const out: RegistrationLocale = { options: {} };
  if (messages) out.options.messages = messages;
  if (localised.root) {
    out.root = localised.root;
    out.options.locale = localised.root.lang;
  }
  return out;
}

function useCatalogue(locale: string | undefined): {
  messages?: RegistrationMessages;
  root?: RegistrationLocale["root"];
} {
  const code = locale ? match(locale) : undefined;
  const [loaded, setLoaded] = useState<{ code: string; messages: RegistrationMessages }>();
  useEffect(() => {
    if (!code) return;
    let live = true;
    void loadRegistrationMessages(code).then((messages) => {
      if (live && messages) setLoaded({ code, messages });
    });
    return () => {
      live = false;
    };
  }, [code]);
  if (!locale) return {};
  if (!code) return { root: { lang: isEnglish(locale) ? locale : "en", dir: "ltr" } };
  const messages = loaded?.code === code ? loaded.messages : cache[code];
  if (!messages) return {};
  return { messages, root: { lang: locale, dir: isRtlLocale(locale) ? "rtl" : "ltr" } };
}
