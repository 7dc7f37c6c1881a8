import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { locales } from "../i18n/loadMessages";
import { ClientRegistrationForm } from "./ClientRegistrationForm";
import { loadRegistrationLabels, type RegistrationLabelKey } from "./labels";
import { registrationMessagesEn } from "./messages";

const keys: RegistrationLabelKey[] = [
  "client_name",
  "redirect_uris",
  "grant_types",
  "response_types",
  "token_endpoint_auth_method",
  "scope",
  "contacts",
  "logo_uri",
  "client_uri",
  "policy_uri",
  "tos_uri",
  "sectionBasics",
  "sectionRedirects",
  "sectionAdvanced",
  "grantAuthorizationCode",
  "grantImplicit",
  "grantRefreshToken",
  "grantClientCredentials",
  "grantDeviceCode",
  "responseCode",
  "responseToken",
  "responseIdToken",
  "responseIdTokenToken",
  "responseCodeIdToken",
  "responseCodeToken",
  "responseCodeIdTokenToken",
  "responseNone",
  "authClientSecretBasic",
  "authClientSecretPost",
  "authClientSecretJwt",
  "authPrivateKeyJwt",
  "authNone",
];

describe("registration labels", () => {
  it.each(locales.filter((locale) => locale !== "en"))(
    "%s has every label, in its own words",
    async (locale) => {
      const labels = await loadRegistrationLabels(locale);
      expect(labels).toBeDefined();
      expect(Object.keys(labels ?? {}).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(labels?.[key].trim()).not.toBe("");
      // Translated, not English copied: the section titles at least.
      expect(labels?.sectionAdvanced).not.toBe(registrationMessagesEn.sectionAdvanced);
      expect(labels?.grantRefreshToken).not.toBe(registrationMessagesEn.grantRefreshToken);
    },
  );

  it("matches a region or a language, and has nothing for English or unshipped locales", async () => {
    expect((await loadRegistrationLabels("de-AT"))?.sectionAdvanced).toBe(
      "Erweiterte Einstellungen",
    );
    expect((await loadRegistrationLabels("pt"))?.sectionAdvanced).toBe("Configurações avançadas");
    expect(await loadRegistrationLabels("en-GB")).toBeUndefined();
    expect(await loadRegistrationLabels("zh-TW")).toBeUndefined();
    expect(await loadRegistrationLabels()).toBeUndefined();
  });

  it("renders the form's labels in the locale, identifiers unchanged, the app's messages on top", async () => {
    render(
      <ClientRegistrationForm
        registrationEndpoint="https://auth.example.test/reg"
        locale="de"
        messages={{ grantClientCredentials: "Maschine zu Maschine" }}
      />,
    );
    const advanced = await screen.findByRole("group", { name: "Erweiterte Einstellungen" });
    const refresh = within(advanced).getByRole("checkbox", { name: "Aktualisierungstoken" });
    expect(refresh).toHaveAccessibleDescription("refresh_token");
    expect(
      within(advanced).getByRole("checkbox", { name: "Maschine zu Maschine" }),
    ).toHaveAccessibleDescription("client_credentials");
    expect(screen.getByRole("group", { name: "Über die Anwendung" })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name der Anwendung/)).toBeInTheDocument();
    expect(
      screen.getByRole("combobox", { name: "Authentifizierung am Token-Endpunkt" }),
    ).toHaveAccessibleDescription("client_secret_basic");
  });
});
