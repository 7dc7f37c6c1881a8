import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SignupForm } from "../src";
import { fillDefaultForm, formReady, formRoot, renderForm } from "./support/form";
import { mock, posts, storyMock } from "./support/mock";

/** Sending the form, and what the kit refuses before anything is sent. */
const meta = {
  title: "States/Submitting and validation",
  component: SignupForm,
  render: renderForm,
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const HOUR = 60 * 60 * 1000;

/**
 * The submitting state: the mock holds the POST for an hour (scenario `slow`).
 * The button stays focusable (`aria-disabled`, not `disabled`), says
 * "Creating your account…", and a second click sends nothing more.
 */
export const Submitting: Story = {
  args: { submitTimeout: HOUR },
  loaders: [mock({ scenario: { name: "slow", target: "POST", delayMs: HOUR } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillDefaultForm(canvasElement);
    await user.click(canvas.getByRole("button", { name: "Create account" }));
    const button = await canvas.findByRole("button", { name: "Creating your account…" });
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).not.toBeDisabled();
    await expect(formRoot(canvasElement)).toHaveAttribute("data-state", "submitting");
    await user.click(button);
    // One POST received (the second click sent nothing), not answered yet; no account stored.
    await waitFor(() => expect(posts(context)).toHaveLength(1));
    await expect(posts(context)[0]).toMatchObject({ status: null, scenario: "slow" });
    await expect(storyMock(context).backend.accounts()).toHaveLength(0);
  },
};

/**
 * Client validation: an empty submit marks every required field, moves focus
 * to the first invalid one, and sends nothing. A too-short password and a
 * malformed email get their own messages.
 */
export const ClientValidationErrors: Story = {
  loaders: [mock()],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = await formReady(canvasElement);
    const user = userEvent.setup();
    await user.click(canvas.getByRole("button", { name: "Create account" }));
    const first = canvas.getByLabelText(/First Name/);
    await waitFor(() => expect(first).toHaveFocus());
    await expect(first).toHaveAttribute("aria-invalid", "true");
    await expect(first).toHaveAccessibleDescription(/First Name required/);

    await user.type(canvas.getByLabelText(/^Email/), "ada@");
    await user.type(canvas.getByLabelText(/^Password/, { selector: "input" }), "short");
    await user.click(canvas.getByRole("button", { name: "Create account" }));
    await expect(
      await within(canvasElement).findByText(/Email is not a valid email address/),
    ).toBeVisible();
    await expect(canvas.getByText(/Password must be at least 8 characters/)).toBeVisible();
    await expect(posts(context)).toHaveLength(0);
  },
};
