import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SignupForm } from "../src";
import { HCAPTCHA_SCRIPT_PATH, HCAPTCHA_TEST_SITE_KEY } from "../src/mock";
import { fillDefaultForm, renderForm, submit } from "./support/form";
import { mock, posts, storyMock } from "./support/mock";

/**
 * hCaptcha, offline: the widget loads the mock's hCaptcha-compatible test
 * script (`{base}/__mock/hcaptcha/api.js`) with hCaptcha's published test site
 * key, and the story's mock (preset `captcha`) verifies the single-use token on
 * `POST /register`. The test widget is a real button with `role="checkbox"`:
 * clicking it solves the challenge.
 */
const meta = {
  title: "Forms/Captcha",
  component: SignupForm,
  render: (args, context) =>
    renderForm(
      {
        ...args,
        captcha: {
          siteKey: HCAPTCHA_TEST_SITE_KEY,
          ...args.captcha,
          scriptSource: `${storyMock(context).base}${HCAPTCHA_SCRIPT_PATH}`,
        },
      },
      context,
    ),
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The visible checkbox challenge. Submitting before solving it sends nothing
 * and says so at the widget; after solving it, the POST carries the token.
 */
export const Visible: Story = {
  args: { captcha: { siteKey: HCAPTCHA_TEST_SITE_KEY, size: "normal" } },
  loaders: [mock({ preset: "captcha" })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillDefaultForm(canvasElement);
    const challenge = await canvas.findByRole(
      "checkbox",
      { name: /I am human/ },
      { timeout: 8000 },
    );
    await submit(canvasElement);
    await expect(await canvas.findByText("Please complete the captcha.")).toBeVisible();
    await expect(canvas.getByRole("group", { name: "Human verification" })).toHaveFocus();
    await expect(posts(context)).toHaveLength(0);

    await user.click(challenge);
    await waitFor(() => expect(challenge).toHaveAttribute("aria-checked", "true"));
    await submit(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    await expect(posts(context)).toMatchObject([
      { status: 200, body: { email: "ada@example.com", captchaToken: "[redacted]" } },
    ]);
  },
};

/** The invisible challenge: submit runs it and posts the token it returns. */
export const Invisible: Story = {
  args: { captcha: { siteKey: HCAPTCHA_TEST_SITE_KEY, size: "invisible" } },
  loaders: [mock({ preset: "captcha" })],
  play: async (context) => {
    const { canvasElement } = context;
    await fillDefaultForm(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("checkbox", { name: /I am human/ })).toBeNull();
    // The widget's script loads on demand; submit once it has rendered its (hidden) widget.
    await waitFor(() => expect(canvasElement.querySelector(".hcaptcha-mock")).not.toBeNull(), {
      timeout: 8000,
    });
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await expect(
      await canvas.findByText("Your account is ready", {}, { timeout: 8000 }),
    ).toBeVisible();
    await expect(posts(context)).toMatchObject([
      { status: 200, body: { captchaToken: "[redacted]" } },
    ]);
  },
};
