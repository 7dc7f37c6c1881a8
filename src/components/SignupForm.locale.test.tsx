// Issue 9: the form picks its catalogue from `locale` (else the page's language,
// else English), loads it lazily, lets `messages` override single keys, mirrors
// for right-to-left locales and keeps the server's labels unless told otherwise.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RegisterViewModel } from "../contract/types";
import { SignupForm } from "./SignupForm";

const ENDPOINT = "http://localhost:3000/register";

const vm: RegisterViewModel = {
  form: {
    fields: [
      { name: "givenName", label: "First Name", required: true, type: "text" },
      { name: "email", label: "Email", required: true, type: "email" },
      { name: "password", label: "Password", required: true, type: "password" },
    ],
  },
  accountStores: [],
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeAll(() => server.use(http.get(ENDPOINT, () => HttpResponse.json(vm))));
afterEach(() => document.documentElement.removeAttribute("lang"));
afterAll(() => server.close());

const root = () => document.querySelector<HTMLElement>('[data-slot="root"]') as HTMLElement;

describe("locales", () => {
  it("renders the catalogue of the locale prop, with the server's labels", async () => {
    render(<SignupForm endpoint={ENDPOINT} locale="de" />);
    await screen.findByRole("button", { name: "Konto erstellen" });
    expect(root()).toHaveAttribute("lang", "de");
    expect(root()).toHaveAttribute("dir", "ltr");
    expect(screen.getByLabelText(/^First Name/)).toBeInTheDocument();
    expect(screen.getAllByText("(Pflichtfeld)")).toHaveLength(3);
    expect(screen.getByRole("button", { name: "Passwort anzeigen" })).toBeInTheDocument();
  });

  it("validates in the locale's words", async () => {
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} locale="de-AT" />);
    await user.click(await screen.findByRole("button", { name: "Konto erstellen" }));
    expect(
      await screen.findByText("Bitte füllen Sie das Feld „First Name“ aus."),
    ).toBeInTheDocument();
  });

  it("mirrors Arabic: dir=rtl on the root, email and password stay left to right", async () => {
    render(<SignupForm endpoint={ENDPOINT} locale="ar" />);
    await screen.findByRole("button", { name: "إنشاء حساب" });
    expect(root()).toHaveAttribute("dir", "rtl");
    expect(root()).toHaveAttribute("lang", "ar");
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute("dir", "ltr");
    expect(screen.getByLabelText(/^Password/, { selector: "input" })).toHaveAttribute("dir", "ltr");
  });

  it("follows the page's language and then inherits lang and dir", async () => {
    document.documentElement.lang = "fr";
    render(<SignupForm endpoint={ENDPOINT} />);
    await screen.findByRole("button", { name: "Créer un compte" });
    expect(root()).not.toHaveAttribute("lang");
    expect(root()).not.toHaveAttribute("dir");
  });

  it("falls back to English for a language it does not ship, and says so with lang", async () => {
    document.documentElement.lang = "zh-TW";
    render(<SignupForm endpoint={ENDPOINT} />);
    await screen.findByRole("button", { name: "Create account" });
    expect(root()).toHaveAttribute("lang", "en");
    expect(root()).toHaveAttribute("dir", "ltr");
  });

  it("lets messages override single keys on top of the locale", async () => {
    render(<SignupForm endpoint={ENDPOINT} locale="es" messages={{ submit: "Registrarme" }} />);
    await screen.findByRole("button", { name: "Registrarme" });
    expect(screen.getByRole("button", { name: "Mostrar contraseña" })).toBeInTheDocument();
  });

  it("prefers the catalogue's labels for known fields when asked", async () => {
    render(<SignupForm endpoint={ENDPOINT} locale="ja" preferCatalogLabels />);
    await screen.findByRole("button", { name: "アカウントを作成" });
    expect(screen.getByLabelText(/^名/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^メールアドレス/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^First Name/)).not.toBeInTheDocument();
  });

  it("switches catalogue when the locale prop changes", async () => {
    const { rerender } = render(<SignupForm endpoint={ENDPOINT} locale="pt-BR" />);
    await screen.findByRole("button", { name: "Criar conta" });
    rerender(<SignupForm endpoint={ENDPOINT} locale="fr" />);
    await waitFor(() => expect(root()).toHaveAttribute("lang", "fr"));
    await screen.findByRole("button", { name: "Créer un compte" });
  });
});
