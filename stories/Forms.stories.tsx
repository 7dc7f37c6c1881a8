import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { SignupForm } from "../src";
import { fillDefaultForm, formReady, renderForm, submit } from "./support/form";
import { mock, posts } from "./support/mock";

/**
 * The form as the mock's presets serve it: the view model comes from
 * `GET /register` of the story's own mock backend, so each story is the real
 * component talking to the real (mock) contract.
 */
const meta = {
  title: "Forms/Field configurations",
  component: SignupForm,
  render: renderForm,
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
    theme: { control: "inline-radio", options: [undefined, "light", "dark"] },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Stormpath framework default: first and last name, email, password. Fill it in and submit. */
export const StormpathDefault: Story = {
  loaders: [mock({ preset: "stormpath-default" })],
  play: async (context) => {
    const { canvasElement } = context;
    await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    const [post, ...others] = posts(context);
    await expect(others).toHaveLength(0);
    await expect(post?.status).toBe(200);
    await expect(post?.body).toEqual({
      givenName: "Ada",
      surname: "Lovelace",
      email: "ada@example.com",
      password: "[redacted]",
    });
  },
};

/** Email and password only. */
export const Minimal: Story = {
  loaders: [mock({ preset: "minimal" })],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    await expect(canvas.getAllByRole("textbox")).toHaveLength(1);
    await expect(canvas.getByLabelText(/^Email/)).toBeVisible();
    await expect(canvas.getByLabelText(/^Password/, { selector: "input" })).toBeVisible();
    await expect(canvas.queryByLabelText(/First Name/)).toBeNull();
  },
};

/** Every optional Stormpath field on: username, middle name, and a password confirmation. */
export const AllOptionalFields: Story = {
  loaders: [mock({ preset: "all-optional-fields" })],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    const labels = Array.from(
      canvasElement.querySelectorAll('[data-slot="field-label"]'),
      (label) => label.textContent?.replace("(required)", "").trim(),
    );
    await expect(labels).toEqual([
      "Username",
      "First Name",
      "Middle Name",
      "Last Name",
      "Email",
      "Password",
      "Confirm Password",
    ]);
    await expect(canvas.getByLabelText(/^Confirm Password/)).toHaveAttribute("type", "password");
  },
};

/**
 * Custom fields of every input type: select, checkbox, tel, date, hidden (not
 * shown, still posted), url, number, textarea; named plainly and as
 * `customData.<name>` (each posted at the root under that name).
 * Fill them in and submit.
 */
export const CustomFields: Story = {
  // Modern style: it checks select, checkbox, date and number values; a Stormpath server checks none.
  loaders: [mock({ preset: "custom-fields", config: { style: "modern" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillDefaultForm(canvasElement);
    await expect(canvas.getByLabelText(/^Plan/)).toBeInstanceOf(HTMLSelectElement);
    await expect(canvas.getByLabelText(/^Phone/)).toHaveAttribute("type", "tel");
    await expect(canvas.getByLabelText(/^Birthday/)).toHaveAttribute("type", "date");
    await expect(canvas.getByLabelText(/^Website/)).toHaveAttribute("type", "url");
    await expect(canvas.getByLabelText(/^Team size/)).toHaveAttribute("type", "number");
    await expect(canvas.getByLabelText(/^About you/)).toBeInstanceOf(HTMLTextAreaElement);
    await expect(canvas.getByLabelText(/^Send me product news/)).toHaveAttribute(
      "type",
      "checkbox",
    );
    await expect(canvas.queryByLabelText(/Referrer/)).toBeNull();

    await user.selectOptions(canvas.getByLabelText(/^Plan/), "team");
    await user.type(canvas.getByLabelText(/^Company/), "Analytical Engines Ltd");
    await user.type(canvas.getByLabelText(/^Phone/), "+44 20 7946 0000");
    await user.click(canvas.getByLabelText(/^Send me product news/));
    await submit(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    const [post] = posts(context);
    await expect(post?.body).toMatchObject({
      company: "Analytical Engines Ltd",
      phone: "+44 20 7946 0000",
      "customData.plan": "team",
      "customData.newsletter": true,
      "customData.referrer": "storybook",
    });
    await expect(post?.body).not.toHaveProperty("customData");
  },
};

/** Labels long enough to wrap, in every field. */
export const LongLabels: Story = {
  loaders: [mock({ preset: "long-labels" })],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    await expect(
      canvas.getByLabelText(/^Work email address where we can reach you/),
    ).toHaveAttribute("type", "email");
  },
};

/** Help text under fields, tied to the input with `aria-describedby`. */
export const HelpText: Story = {
  loaders: [mock({ preset: "help-text" })],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    await expect(canvas.getByLabelText(/^Email/)).toHaveAccessibleDescription(
      "We send a confirmation link to this address.",
    );
    await expect(
      canvas.getByLabelText(/^Password/, { selector: "input" }),
    ).toHaveAccessibleDescription(/At least 8 characters/);
  },
};
