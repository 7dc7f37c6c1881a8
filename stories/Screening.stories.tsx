import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SignupForm, type SignupFormProps } from "../src";
import { fillDefaultForm, formReady, renderForm, submit } from "./support/form";
import { mock, posts, storyMock } from "./support/mock";

/**
 * Breached-password screening and the age gate. Screening asks the
 * story's mock backend (`/range/{prefix}`, a Pwned Passwords-compatible range
 * API over a local breached list): only the first 5 hex characters of the
 * password's SHA-1 leave the page. The age gate asks the date of birth (or a
 * confirmation) and blocks signup under the minimum age.
 */
const meta = {
  title: "Forms/Screening and age gate",
  component: SignupForm,
  // The range endpoint lives beside the story's own backend.
  render: (args: SignupFormProps, context: StoryContext<SignupFormProps>) =>
    renderForm(
      args.passwordScreening
        ? {
            ...args,
            passwordScreening: {
              endpoint: `${storyMock(context).base}/range/`,
              debounce: 300,
              ...(typeof args.passwordScreening === "object" ? args.passwordScreening : {}),
            },
          }
        : args,
      context,
    ),
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const breachNote = /appeared in a data breach/;

/**
 * A password from a breach: the note appears on the field when typing pauses,
 * and submit is refused until the password changes.
 */
export const BreachedPasswordBlocked: Story = {
  args: { passwordScreening: true },
  loaders: [mock()],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillDefaultForm(canvasElement, { password: "password123" });
    const password = canvas.getByLabelText(/^Password/i, { selector: "input" });
    await waitFor(() => expect(password).toHaveAccessibleDescription(breachNote), {
      timeout: 5000,
    });
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await submit(canvasElement);
    // The submit code loads on first use, so focus moves a moment after the click.
    await waitFor(() => expect(password).toHaveFocus());
    await expect(posts(context)).toHaveLength(0);

    await user.clear(password);
    await user.type(password, "violet anchor tundra lamp");
    await submit(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
  },
};

/** `mode: "warn"`: the note is shown, the field is not invalid, and submit is allowed. */
export const BreachedPasswordWarn: Story = {
  args: { passwordScreening: { mode: "warn" } },
  loaders: [mock({ config: { passwordScreening: { enabled: true } } })],
  play: async ({ canvasElement }) => {
    const { canvas } = await fillDefaultForm(canvasElement, { password: "sunshine" });
    const password = canvas.getByLabelText(/^Password/i, { selector: "input" });
    await waitFor(() => expect(password).toHaveAccessibleDescription(/You can still use it/), {
      timeout: 5000,
    });
    await expect(password).toHaveAttribute("aria-invalid", "false");
  },
};

/** The range endpoint is unreachable: signup is not blocked (the server stays the authority). */
export const ScreeningUnavailable: Story = {
  args: { passwordScreening: { endpoint: "https://range.invalid/range/", timeout: 1000 } },
  loaders: [mock()],
  play: async ({ canvasElement }) => {
    const { canvas } = await fillDefaultForm(canvasElement, {
      password: "a passphrase nobody has used",
    });
    await submit(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
  },
};

async function typeDate(input: HTMLElement, value: string) {
  await userEvent.type(input, value);
  // A native date input in a real browser: set it the way autofill does when typing is not enough.
  if ((input as HTMLInputElement).value !== value) {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }
}

/**
 * The age gate, birthdate mode: a labelled date input (`autocomplete="bday"`)
 * with format help. Under the minimum age, signup is blocked with a kind
 * message and the parental consent link; the mock enforces the same minimum.
 */
export const AgeGateUnderAge: Story = {
  args: { ageGate: { minimumAge: 16, parentalConsentUrl: "https://example.com/parents" } },
  // Modern style: it checks the gate's customData.birthdate (a stock Stormpath server has no such field).
  loaders: [mock({ config: { style: "modern", ageGate: { minimumAge: 16 } } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    const birthdate = canvas.getByLabelText(/Date of birth/);
    await expect(birthdate).toHaveAttribute("autocomplete", "bday");
    await typeDate(birthdate, `${new Date().getFullYear() - 12}-03-01`);
    await submit(canvasElement);
    await waitFor(() => expect(birthdate).toHaveAccessibleDescription(/at least 16 years old/));
    await expect(canvas.getByRole("link", { name: /parent or guardian/ })).toHaveAttribute(
      "href",
      "https://example.com/parents",
    );
    await expect(posts(context)).toHaveLength(0);

    await typeDate(birthdate, "2000-02-29");
    await submit(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    await expect(posts(context)[0]?.body).toMatchObject({
      "customData.birthdate": "2000-02-29",
    });
  },
};

/** The age gate, confirm mode: "I am at least 13 years old", required. */
export const AgeGateConfirm: Story = {
  args: { ageGate: { minimumAge: 13, mode: "confirm" } },
  loaders: [mock()],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    const box = within(canvasElement).getByRole("checkbox", {
      name: /I am at least 13 years old/,
    });
    await expect(box).not.toBeChecked();
    await expect(canvas.getByRole("button", { name: "Create account" })).toBeVisible();
  },
};
