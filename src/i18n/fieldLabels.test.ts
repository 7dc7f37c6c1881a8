import { describe, expect, it } from "vitest";
import type { NormalizedField } from "../contract/types";
import { en } from "../en";
import { withCatalogLabels } from "./fieldLabels";
import { de } from "./locales/de";

const field = (name: string, label: string) => ({ name, label }) as NormalizedField;

describe("withCatalogLabels", () => {
  const vm = {
    fields: [
      field("email", "E-mail (server)"),
      field("givenName", "givenName"),
      field("customData.plan", "Plan"),
      field("constructor", "constructor"),
      field("__proto__", "__proto__"),
    ],
  };

  it("keeps the server's labels by default, filling only missing ones", () => {
    const out = withCatalogLabels(vm, de);
    expect(out?.fields.map((f) => f.label)).toEqual([
      "E-mail (server)",
      "Vorname",
      "Plan",
      "constructor",
      "__proto__",
    ]);
  });

  it("prefers the catalogue for known fields when asked", () => {
    const out = withCatalogLabels(vm, de, true);
    expect(out?.fields.map((f) => f.label)).toEqual([
      "E-Mail-Adresse",
      "Vorname",
      "Plan",
      "constructor",
      "__proto__",
    ]);
  });

  it("returns the same object when nothing changes", () => {
    const labelled = { fields: [field("email", "Email"), field("surname", "Nachname")] };
    expect(withCatalogLabels(labelled, en)).toBe(labelled);
    expect(withCatalogLabels(labelled, en, true)).not.toBe(labelled);
    expect(withCatalogLabels(undefined, en, true)).toBeUndefined();
  });
});
