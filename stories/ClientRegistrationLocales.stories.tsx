import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  ClientRegistrationForm,
  format,
  registrationMessagesEn,
  type ClientRegistrationFormProps,
  type RegistrationMessages,
} from "../src";
import ar from "../src/registration/locales/ar";
import de from "../src/registration/locales/de";
import es from "../src/registration/locales/es";
import fr from "../src/registration/locales/fr";
import ja from "../src/registration/locales/ja";
import ptBR from "../src/registration/locales/pt-BR";
import { expectState, oauthMock, registrationRoot, storyOAuth } from "./support/oauth";

function renderForm(
  args: ClientRegistrationFormProps,
  context: StoryContext<ClientRegistrationFormProps>,
) {
  const theme = args.theme ?? (context.globals.theme === "dark" ? "dark" : "light");
  return <ClientRegistrationForm {...args} issuer={storyOAuth(context).issuer} theme={theme} />;
}

/**
 * `<ClientRegistrationForm>` in every shipped locale. Each story sets the
 * form's `locale`; that locale's strings (labels, help, buttons, errors) load
 * lazily, in a chunk of their own. Arabic mirrors: `dir="rtl"` on the root,
 * while the RFC 7591 identifiers stay left to right. The play function submits
 * the empty form and checks the error in the locale's words.
 */
const meta = {
  title: "Client registration/Locales",
  component: ClientRegistrationForm,
  render: renderForm,
  argTypes: {
    issuer: { control: false, description: "Set by the story: its own mock backend." },
    registrationEndpoint: { control: false },
    fetch: { control: false },
  },
} satisfies Meta<typeof ClientRegistrationForm>;

export default meta;
type Story = StoryObj<typeof meta>;

function localeStory(locale: string, messages: RegistrationMessages, name: string): Story {
  const rtl = locale === "ar";
  return {
    name,
    args: { locale },
    globals: { locale },
    loaders: [oauthMock()],
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const submit = await canvas.findByRole(
        "button",
        { name: messages.submit },
        { timeout: 5000 },
      );
      await expectState(canvasElement, "ready");
      const root = registrationRoot(canvasElement);
      if (locale !== "en") await expect(root).toHaveAttribute("lang", locale);
      await expect(getComputedStyle(root).direction).toBe(rtl ? "rtl" : "ltr");
      await expect(canvas.getByRole("group", { name: messages.sectionBasics })).toBeVisible();
      await userEvent.click(canvas.getByText(messages.sectionAdvanced));
      const refresh = canvas.getByRole("checkbox", { name: messages.grantRefreshToken });
      await expect(refresh).toHaveAccessibleDescription("refresh_token");
      const identifier = canvasElement.ownerDocument.getElementById(
        refresh.getAttribute("aria-describedby") ?? "",
      );
      await expect(identifier).toHaveAttribute("dir", "ltr");
      await expect(identifier && getComputedStyle(identifier).direction).toBe("ltr");
      await userEvent.click(submit);
      const name = canvas.getByLabelText(new RegExp(`^${messages.client_name}`));
      // Testing Library collapses the page's no-break spaces (French typography) too.
      const error = await canvas.findByText(
        format(messages.required, { label: messages.client_name }).replace(/\s+/g, " "),
      );
      await waitFor(() =>
        expect(name.getAttribute("aria-describedby")?.split(" ")).toContain(error.id),
      );
    },
  };
}

export const English = localeStory("en", registrationMessagesEn, "English");
export const German = localeStory("de", de, "Deutsch (de)");
export const French = localeStory("fr", fr, "Français (fr)");
export const Spanish = localeStory("es", es, "Español (es)");
export const PortugueseBrazil = localeStory("pt-BR", ptBR, "Português do Brasil (pt-BR)");
export const Japanese = localeStory("ja", ja, "日本語 (ja)");
export const Arabic = localeStory("ar", ar, "العربية (ar, right to left)");
