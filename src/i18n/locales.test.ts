import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { en, loadMessages, peekMessages } from "../en";
import { isRtlLocale, locales } from "./loadMessages";
import { catalogues as lazyCatalogues, loadCatalogue, matchLocale } from "./locales/index";
import { ar } from "./locales/ar";
import { de } from "./locales/de";
import { es } from "./locales/es";
import { fr } from "./locales/fr";
import { ja } from "./locales/ja";
import { ptBR } from "./locales/pt-BR";
import type { Messages } from "./types";

const catalogues: Record<string, Messages> = { ar, de, es, fr, ja, "pt-BR": ptBR };
const keys = Object.keys(en).sort();

/**
 * The `{param}` placeholders of a template, sorted, with repeats. `{duration}`
 * and `{seconds}` are one wait in two forms (Japanese counts "{seconds}秒",
 * which needs no plural), so they count as one.
 */
const params = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)]
    .map((match) => (match[1] === "duration" ? "seconds" : match[1]))
    .sort();

describe.each(Object.entries(catalogues))("locale %s", (code, messages) => {
  it("has every key of English and no other", () => {
    expect(Object.keys(messages).sort()).toEqual(keys);
  });

  it("uses the same {param} placeholders as English, key by key", () => {
    const mismatches = keys.filter(
      (key) =>
        JSON.stringify(params(messages[key as keyof Messages])) !==
        JSON.stringify(params(en[key as keyof Messages])),
    );
    expect(mismatches).toEqual([]);
  });

  it("has no empty, untranslated or markup templates", () => {
    for (const key of keys as Array<keyof Messages>) {
      const text = messages[key];
      expect(text.trim(), `${code}.${key}`).not.toBe("");
      expect(text, `${code}.${key}`).not.toMatch(/[<>]|\{\s*\}|\{\w+\s|\s\}/);
      if (en[key].length > 12) expect(text, `${code}.${key} is still English`).not.toBe(en[key]);
    }
  });

  it("is the module loadMessages resolves, and is cached afterwards", async () => {
    expect(await loadCatalogue(code)).toBe(messages);
    expect(peekMessages(code)).toBeUndefined();
    expect(await loadMessages(code)).toBe(messages);
    expect(peekMessages(code)).toBe(messages);
  });
});

describe("locale files", () => {
  it("are all registered with the lazy loader", () => {
    const folder = resolve(process.cwd(), "src/i18n/locales");
    const files = readdirSync(folder)
      .filter((name) => /^[\w-]+\.ts$/.test(name) && name !== "index.ts")
      .map((name) => name.replace(/\.ts$/, ""));
    expect([...locales].sort()).toEqual(["en", ...files].sort());
    expect(Object.keys(catalogues).sort()).toEqual(files.sort());
    expect(Object.keys(lazyCatalogues).sort()).toEqual(files.sort());
  });
});

describe("matchLocale", () => {
  it("matches exact tags in any case and separator, then the language, then English", () => {
    expect(matchLocale("de")).toBe("de");
    expect(matchLocale("de-AT")).toBe("de");
    expect(matchLocale("pt-br")).toBe("pt-BR");
    expect(matchLocale("pt_BR")).toBe("pt-BR");
    expect(matchLocale("pt")).toBe("pt-BR");
    expect(matchLocale("ar-EG")).toBe("ar");
    expect(matchLocale("en-GB")).toBe("en");
    expect(matchLocale("zh-TW")).toBe("en");
    expect(matchLocale("")).toBe("en");
    expect(matchLocale(undefined)).toBe("en");
    expect(matchLocale("es-419")).toBe("es");
    expect(matchLocale("__proto__")).toBe("en");
  });
});

describe("loadMessages", () => {
  it("leaves English to the eager side", async () => {
    expect(await loadCatalogue("zh")).toBeUndefined();
  });

  it("resolves English at once, and unknown locales to English", async () => {
    expect(peekMessages("en-GB")).toBe(en);
    expect(peekMessages("")).toBe(en);
    expect(await loadMessages("en")).toBe(en);
    expect(peekMessages("xx-YY")).toBeUndefined();
    expect(await loadMessages("xx-YY")).toBe(en);
  });

  it("matches a region or a language to the shipped catalogue", async () => {
    expect(await loadMessages("de-CH")).toBe(de);
    expect(await loadMessages("pt")).toBe(ptBR);
    expect(await loadMessages("ar_EG")).toBe(ar);
  });
});

describe("isRtlLocale", () => {
  it("knows right-to-left languages", () => {
    for (const tag of ["ar", "ar-EG", "he", "fa-IR", "ur", "ar_EG"])
      expect(isRtlLocale(tag)).toBe(true);
    for (const tag of ["en", "de", "ja", "pt-BR", "fr-CA", "", undefined, "arn", "hu"])
      expect(isRtlLocale(tag)).toBe(false);
  });
});
