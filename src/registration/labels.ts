// Labels of client registration in the locales the kit ships: field names,
// section titles, and the words for grant types, response types and
// authentication methods. Each locale is its own chunk, loaded on first use;
// English needs no loading (it is the registration catalogue itself).
import { useEffect, useState } from "react";
import type { EditableField } from "../contract/clientMetadata";
import type { RegistrationMessages } from "./messages";

/** The keys every shipped locale translates. */
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

type Loader = () => Promise<{ default: RegistrationLabels }>;

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

const cache: Record<string, RegistrationLabels> = {};

/**
 * The registration labels for a locale (`de-AT` → German, `pt` → Brazilian
 * Portuguese), or `undefined` for English and locales the kit does not ship.
 * Pass the result as `messages` to render the first paint in that language.
 * @example const labels = await loadRegistrationLabels("de"); // <ClientRegistrationForm messages={labels} … />
 */
export async function loadRegistrationLabels(locale = ""): Promise<RegistrationLabels | undefined> {
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

/** The labels for `locale`: loaded once, English (`undefined`) until then. */
export function useRegistrationLabels(locale: string | undefined): RegistrationLabels | undefined {
  const code = locale ? match(locale) : undefined;
  const [loaded, setLoaded] = useState<{ code: string; labels: RegistrationLabels }>();
  useEffect(() => {
    if (!code) return;
    let live = true;
    void loadRegistrationLabels(code).then((labels) => {
      if (live && labels) setLoaded({ code, labels });
    });
    return () => {
      live = false;
    };
  }, [code]);
  if (!code) return undefined;
  return loaded?.code === code ? loaded.labels : cache[code];
}
