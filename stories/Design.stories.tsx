import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { SignupForm } from "../src";
import { formRoot, renderForm } from "./support/form";
import { mock, storyMock } from "./support/mock";

/**
 * The page around the form as designers see it: logo, heading, intro, the
 * provider buttons (0, 1, 3 and 8: a stack up to three, two columns beyond),
 * the form, "Already have an account? Sign in" and legal text in the footer.
 * These stories carry the look: the visual regression tests (visual/) take
 * their screenshots in light and dark, left to right and right to left, at
 * 360 and 1024 px.
 */
const meta = {
  title: "Design/Page",
  component: SignupForm,
  render: renderForm,
  args: {
    onSocialLogin: fn(() => false),
    logo: <AcmeLogo />,
    intro: "Start your 30-day trial. No card needed.",
    signInUrl: "/login",
    footer: (
      <p>
        By creating an account you agree to the <a href="/terms">terms</a> and the{" "}
        <a href="/privacy">privacy notice</a>.
      </p>
    ),
    // Where SAML starts in the 8-provider story (an https URL on an allowed host).
    samlUrl: "https://sso.example.com/saml/start",
    allowedHosts: ["sso.example.com"],
  },
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
  parameters: { controls: { exclude: ["logo", "footer"] } },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A stand-in brand mark for the logo slot. */
function AcmeLogo() {
  return (
    <svg role="img" aria-label="Acme" viewBox="0 0 32 32" width="40" height="40">
      <rect width="32" height="32" rx="8" fill="#6d28d9" />
      <path d="M9 23l7-14 7 14h-4l-3-6.5-3 6.5z" fill="#ffffff" />
    </svg>
  );
}

/** Waits for the form and, when there are buttons, for every provider mark. */
async function settled(canvasElement: HTMLElement) {
  await waitFor(() => expect(formRoot(canvasElement).dataset.state).toBe("ready"), {
    timeout: 5000,
  });
  const buttons = canvasElement.querySelectorAll('[data-slot="social-button"]').length;
  await waitFor(() =>
    expect(canvasElement.querySelectorAll('svg[data-slot="provider-mark"]')).toHaveLength(buttons),
  );
}

/** No account stores: the form alone (and no request for the marks). */
export const Providers0: Story = {
  name: "0 providers",
  loaders: [mock({ preset: "providers-0" })],
  play: async ({ canvasElement }) => settled(canvasElement),
};

/** One provider: a full-width button. */
export const Providers1: Story = {
  name: "1 provider",
  loaders: [mock({ preset: "providers-1" })],
  play: async ({ canvasElement }) => settled(canvasElement),
};

/** Three providers: still a full-width stack. */
export const Providers3: Story = {
  name: "3 providers",
  loaders: [mock({ preset: "providers-3" })],
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="social"]')).toHaveAttribute(
      "data-layout",
      "stack",
    );
  },
};

/** Eight stores (social and SAML): two columns, one again where two would not fit. */
export const Providers8: Story = {
  name: "8 providers",
  loaders: [mock({ preset: "providers-8" })],
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(canvasElement.querySelector('[data-slot="social"]')).toHaveAttribute(
      "data-layout",
      "grid",
    );
  },
};

/** Submitted empty: every field's error, the focus on the first one. */
export const FieldErrors: Story = {
  name: "Field errors",
  loaders: [mock({ preset: "providers-1" })],
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const submit = canvasElement.querySelector<HTMLButtonElement>('[data-slot="submit"]');
    if (!submit) throw new Error("No submit button");
    await userEvent.click(submit);
    await waitFor(() =>
      expect(canvasElement.querySelectorAll("[data-invalid]").length).toBeGreaterThan(1),
    );
  },
};

/** The password's requirement before typing, and the calm hint once typing pauses. */
export const PasswordGuidance: Story = {
  name: "Password guidance",
  loaders: [mock({ preset: "providers-0" })],
  // Screening asks the story's own mock backend (its Pwned Passwords-compatible range).
  render: (args, context) =>
    renderForm(
      { ...args, passwordScreening: { endpoint: `${storyMock(context).base}/range/` } },
      context,
    ),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const password = canvasElement.querySelector<HTMLInputElement>(
      'input[autocomplete="new-password"]',
    );
    if (!password) throw new Error("No password input");
    await userEvent.type(password, "horse");
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-slot="password-hint"]')?.textContent).not.toBe(
          "",
        ),
      { timeout: 4000 },
    );
  },
};
