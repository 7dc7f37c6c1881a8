import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ClientInformation } from "../contract/clientMetadata";
import { format } from "../i18n/format";
import { locales } from "../i18n/loadMessages";
import { createHandlers } from "../mock/handlers";
import { ClientRegistrationForm } from "./ClientRegistrationForm";
import { ClientRegistrationManager } from "./ClientRegistrationManager";
import {
  loadRegistrationLabels,
  loadRegistrationMessages,
  type RegistrationLabelKey,
} from "./labels";
import { registrationMessagesEn, type RegistrationMessages } from "./messages";

const ISSUER = "http://127.0.0.1:4997";
const { handlers, backend } = createHandlers({ baseUrl: ISSUER });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await backend.reset();
});
afterAll(() => server.close());

const shipped = locales.filter((locale) => locale !== "en");
const englishKeys = Object.keys(registrationMessagesEn).sort();

/**
 * The `{param}` placeholders of a template, sorted (repeats kept). `{duration}`
 * and `{seconds}` are one wait in two forms (Japanese counts "{seconds}秒",
 * which needs no plural), so they count as one.
 */
const placeholders = (template: string) =>
  (template.match(/\{\w+\}/g) ?? []).map((p) => (p === "{duration}" ? "{seconds}" : p)).sort();

async function catalogue(locale: string): Promise<RegistrationMessages> {
  const messages = await loadRegistrationMessages(locale);
  if (!messages) throw new Error(`no catalogue for ${locale}`);
  return messages;
}

describe("registration catalogues", () => {
  it.each(shipped)("%s has exactly the English keys, none empty", async (locale) => {
    const messages = await catalogue(locale);
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
    for (const [key, value] of Object.entries(messages)) {
      expect(typeof value, key).toBe("string");
      expect((value as string).trim(), key).not.toBe("");
    }
  });

  it.each(shipped)("%s keeps every placeholder exactly as English has it", async (locale) => {
    const messages = await catalogue(locale);
    for (const key of Object.keys(registrationMessagesEn) as Array<keyof RegistrationMessages>) {
      expect(placeholders(messages[key]), `${locale}.${key}`).toEqual(
        placeholders(registrationMessagesEn[key]),
      );
    }
  });

  // Words a language shares with English, so a match there is no copy.
  const sameInEnglish: Record<string, string[]> = { fr: ["contacts"] };

  it.each(shipped)("%s is written in its own words, not English copied", async (locale) => {
    const messages = await catalogue(locale);
    const copied = (
      Object.keys(registrationMessagesEn) as Array<keyof RegistrationMessages>
    ).filter((key) => messages[key] === registrationMessagesEn[key]);
    expect(copied).toEqual(sameInEnglish[locale] ?? []);
  });

  it("matches a region or a language, and has nothing for English or unshipped locales", async () => {
    expect((await loadRegistrationMessages("de-AT"))?.submit).toBe("Anwendung registrieren");
    expect((await loadRegistrationMessages("pt"))?.sectionAdvanced).toBe("Configurações avançadas");
    expect(await loadRegistrationMessages("en-GB")).toBeUndefined();
    expect(await loadRegistrationMessages("zh-TW")).toBeUndefined();
    expect(await loadRegistrationMessages()).toBeUndefined();
  });

  it("loadRegistrationLabels still gives the labels (now the whole catalogue)", async () => {
    const labels = await loadRegistrationLabels("fr");
    const key: RegistrationLabelKey = "sectionAdvanced";
    expect(labels?.[key]).toBe("Paramètres avancés");
    expect(labels).toBe(await loadRegistrationMessages("fr"));
    expect(await loadRegistrationLabels("en")).toBeUndefined();
  });
});

describe("<ClientRegistrationForm> in a locale", () => {
  it("speaks German everywhere: labels, help, buttons and errors, the app's strings on top", async () => {
    const de = await catalogue("de");
    const { container } = render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        locale="de"
        messages={{ grantClientCredentials: "Maschine zu Maschine" }}
      />,
    );
    const submit = await screen.findByRole("button", { name: "Anwendung registrieren" });
    const root = container.querySelector("[data-component='client-registration']");
    expect(root).toHaveAttribute("lang", "de");
    expect(root).toHaveAttribute("dir", "ltr");
    expect(screen.getByRole("group", { name: "Über die Anwendung" })).toBeInTheDocument();
    const advanced = screen.getByRole("group", { name: "Erweiterte Einstellungen" });
    expect(
      within(advanced).getByRole("checkbox", { name: "Aktualisierungstoken" }),
    ).toHaveAccessibleDescription("refresh_token");
    expect(
      within(advanced).getByRole("checkbox", { name: "Maschine zu Maschine" }),
    ).toHaveAccessibleDescription("client_credentials");
    const uri = screen.getByRole("textbox", { name: "Weiterleitungs-URI 1" });
    expect(uri).toHaveAccessibleDescription(/Absolute URLs ohne Fragment/);
    expect(screen.getByRole("button", { name: "Weiterleitungs-URI hinzufügen" })).toBeVisible();

    const user = userEvent.setup();
    await user.click(submit);
    const name = screen.getByLabelText(/^Name der Anwendung/);
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        format(de.required, { label: "Name der Anwendung" }),
      ),
    );
    expect(name).toHaveAccessibleDescription("Bitte füllen Sie das Feld „Name der Anwendung“ aus.");
    await user.type(name, "Motor");
    await user.type(uri, "http://motor.example.com/cb");
    await user.click(submit);
    await waitFor(() => expect(uri).toHaveAccessibleDescription(/Verwenden Sie https\./));
  });

  it.each([
    [
      "de",
      "Anwendung registrieren",
      "Name der Anwendung",
      "Weiterleitungs-URI 1",
      "in 1 Sekunde erneut",
    ],
    ["it", "Register application", "Application name", "Redirect URI 1", "Try again in 1 second."],
  ])(
    "words a 429 with Retry-After: 1 in the strings' language (%s)",
    async (locale, button, nameLabel, uriLabel, wait) => {
      server.use(
        http.post(
          `${ISSUER}/oauth/register`,
          () => new HttpResponse(null, { status: 429, headers: { "Retry-After": "1" } }),
        ),
      );
      render(
        <ClientRegistrationForm
          registrationEndpoint={`${ISSUER}/oauth/register`}
          locale={locale}
        />,
      );
      const submit = await screen.findByRole("button", { name: button });
      const user = userEvent.setup();
      await user.type(screen.getByLabelText(new RegExp(`^${nameLabel}`)), "Motor");
      await user.type(
        screen.getByRole("textbox", { name: uriLabel }),
        "https://motor.example.com/cb",
      );
      await user.click(submit);
      const countdown = await screen.findByText(new RegExp(wait.replace(/\./g, "\\.")), {
        selector: "[data-slot=countdown]",
      });
      expect(countdown.textContent).not.toMatch(/1 (?:Sekunden|seconds)/);
    },
  );

  it("mirrors Arabic: dir=rtl on the root, identifiers and credentials left to right", async () => {
    const { container } = render(
      <ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} locale="ar-EG" />,
    );
    const submit = await screen.findByRole("button", { name: "تسجيل التطبيق" });
    const root = container.querySelector("[data-component='client-registration']");
    expect(root).toHaveAttribute("lang", "ar-EG");
    expect(root).toHaveAttribute("dir", "rtl");
    const refresh = screen.getByRole("checkbox", { name: "رمز التحديث" });
    const identifier = document.getElementById(refresh.getAttribute("aria-describedby") ?? "");
    expect(identifier?.tagName).toBe("CODE");
    expect(identifier).toHaveAttribute("dir", "ltr");

    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^اسم التطبيق/), "محرك");
    await user.type(
      screen.getByRole("textbox", { name: "عنوان URI لإعادة التوجيه 1" }),
      "https://motor.example.com/cb",
    );
    await user.click(submit);
    expect(await screen.findByRole("heading", { name: "تم تسجيل تطبيقك" })).toBeInTheDocument();
    expect(screen.getByText(/لا يُعرض إلا مرة واحدة/)).toBeInTheDocument();
    for (const code of root?.querySelectorAll("[data-slot='credential']") ?? [])
      expect(code).toHaveAttribute("dir", "ltr");
    expect(screen.getByRole("button", { name: "نسخ معرّف العميل" })).toBeInTheDocument();
  });

  it("says a server error in the locale", async () => {
    server.use(http.post(`${ISSUER}/oauth/register`, () => HttpResponse.json({}, { status: 500 })));
    render(
      <ClientRegistrationForm
        registrationEndpoint={`${ISSUER}/oauth/register`}
        locale="ja"
        defaults={{ client_name: "エンジン", redirect_uris: ["https://engine.example.com/cb"] }}
      />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "アプリケーションを登録" }));
    expect(
      await screen.findByText(
        "サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。",
      ),
    ).toBeInTheDocument();
  });

  it("keeps English, marked lang=en, for a locale the kit does not ship; no lang or dir without a locale", async () => {
    const { container, unmount } = render(
      <ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} locale="zh-TW" />,
    );
    await screen.findByRole("button", { name: "Register application" });
    const root = container.querySelector("[data-component='client-registration']");
    expect(root).toHaveAttribute("lang", "en");
    expect(root).toHaveAttribute("dir", "ltr");
    unmount();
    const plain = render(
      <ClientRegistrationForm registrationEndpoint={`${ISSUER}/oauth/register`} />,
    );
    await screen.findByRole("button", { name: "Register application" });
    const plainRoot = plain.container.querySelector("[data-component='client-registration']");
    expect(plainRoot).not.toHaveAttribute("lang");
    expect(plainRoot).not.toHaveAttribute("dir");
  });
});

describe("<ClientRegistrationManager> in a locale", () => {
  it("confirms a delete in French, with the application's name", async () => {
    const res = await fetch(`${ISSUER}/oauth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_name: "Moteur", redirect_uris: ["https://a.example/cb"] }),
    });
    const info = (await res.json()) as ClientInformation;
    const { container } = render(
      <ClientRegistrationManager
        registrationClientUri={info.registration_client_uri ?? ""}
        registrationAccessToken={info.registration_access_token ?? ""}
        locale="fr-CA"
      />,
    );
    expect(
      await screen.findByRole("heading", { name: "Paramètres de l’application" }),
    ).toBeInTheDocument();
    const root = container.querySelector("[data-component='client-registration-manager']");
    expect(root).toHaveAttribute("lang", "fr-CA");
    expect(screen.getByText(info.client_id)).toHaveAttribute("dir", "ltr");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Supprimer l’application" }));
    const confirm = screen.getByRole("group", { name: /^Supprimer «\s?Moteur\s?»/ });
    expect(within(confirm).getByRole("button", { name: "Annuler" })).toHaveFocus();
    await user.click(within(confirm).getByRole("button", { name: "Supprimer définitivement" }));
    expect(await screen.findByText("L’application a été supprimée.")).toBeInTheDocument();
  });
});
