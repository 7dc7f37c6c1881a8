import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { SignupForm } from "../src";
import { fillDefaultForm, renderForm, submit } from "./support/form";
import { mock, posts } from "./support/mock";

/** After a successful signup: the success view replaces the form and takes focus. */
const meta = {
  title: "States/Success",
  component: SignupForm,
  render: renderForm,
  args: { onSuccess: fn() },
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The account is `ENABLED`: "Your account is ready". */
export const Enabled: Story = {
  name: "ENABLED",
  loaders: [mock()],
  play: async (context) => {
    const { canvasElement, args } = context;
    await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    await expect(canvas.getByText("You can now sign in.")).toBeVisible();
    const view = canvasElement.querySelector('[data-slot="success"]');
    await waitFor(() => expect(view).toHaveFocus());
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ status: "ENABLED" }),
    );
    await expect(posts(context).map((post) => post.status)).toEqual([200]);
    await expect(context.loaded.mock.backend.accounts()).toMatchObject([
      { email: "ada@example.com", status: "ENABLED" },
    ]);
  },
};

/** Email verification on: the account is `UNVERIFIED`, "Check your email…". */
export const Unverified: Story = {
  name: "UNVERIFIED",
  loaders: [mock({ preset: "email-verification" })],
  play: async (context) => {
    const { canvasElement } = context;
    await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Check your email to verify your account")).toBeVisible();
    await expect(canvas.getByText(/We sent a verification link to ada@example\.com/)).toBeVisible();
    await expect(context.loaded.mock.backend.accounts()).toMatchObject([
      { email: "ada@example.com", status: "UNVERIFIED" },
    ]);
  },
};
