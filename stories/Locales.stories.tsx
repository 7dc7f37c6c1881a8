import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { SignupForm, format, type Messages } from "../src";
import { en } from "../src/en";
import { ar } from "../src/i18n/locales/ar";
import { de } from "../src/i18n/locales/de";
import { es } from "../src/i18n/locales/es";
import { fr } from "../src/i18n/locales/fr";
import { ja } from "../src/i18n/locales/ja";
import { ptBR } from "../src/i18n/locales/pt-BR";
import { formRoot, renderForm } from "./support/form";
import { mock } from "./support/mock";

/**
 * The form in every shipped locale. Each story sets the form's `locale`
 * (the catalogue loads lazily) and `preferCatalogLabels`, so the field labels come
 * from the catalogue too; without it the server's labels win. Arabic mirrors:
 * `dir="rtl"` on the root, while the email and password inputs stay left to right.
 * The play function submits the empty form and checks a validation message in the
 * locale's words.
 */
const meta = {
  title: "Locales",
  component: SignupForm,
  render: renderForm,
  args: {
    preferCatalogLabels: true,
    consent: { version: "2026-01", url: "/terms", privacyUrl: "/privacy", marketing: true },
  },
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

function localeStory(locale: string, messages: Messages, name: string): Story {
  const rtl = locale === "ar";
  return {
    name,
    args: { locale },
    globals: { locale },
    loaders: [mock()],
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const button = await canvas.findByRole(
        "button",
        { name: messages.submit },
        { timeout: 5000 },
      );
      const root = formRoot(canvasElement);
      await expect(root).toHaveAttribute("lang", locale);
      await expect(root).toHaveAttribute("dir", rtl ? "rtl" : "ltr");
      await expect(getComputedStyle(root).direction).toBe(rtl ? "rtl" : "ltr");
      const email = canvas.getByLabelText(new RegExp(`^${messages.labelEmail}`));
      await expect(email).toHaveAttribute("dir", "ltr");
      await userEvent.click(button);
      // Testing Library collapses the page's no-break spaces (French typography) too.
      await expect(
        await canvas.findByText(
          format(messages.required, { label: messages.labelGivenName }).replace(/\s+/g, " "),
        ),
      ).toBeVisible();
    },
  };
}

export const English = localeStory("en", en, "English");
export const German = localeStory("de", de, "Deutsch (de)");
export const French = localeStory("fr", fr, "Français (fr)");
export const Spanish = localeStory("es", es, "Español (es)");
export const PortugueseBrazil = localeStory("pt-BR", ptBR, "Português do Brasil (pt-BR)");
export const Japanese = localeStory("ja", ja, "日本語 (ja)");
export const Arabic = localeStory("ar", ar, "العربية (ar, right to left)");
