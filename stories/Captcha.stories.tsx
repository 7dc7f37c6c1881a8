import type { Meta, StoryObj } from "@storybook/react-vite";
import { SignupForm } from "../src";
import { HCAPTCHA_TEST_SITE_KEY } from "../src/mock";
import { renderForm } from "./support/form";
import { mock, storyMock } from "./support/mock";

/**
 * hCaptcha, against the mock's offline test script
 * (`{base}/__mock/hcaptcha/api.js`) and the published test site key; the mock
 * (preset `captcha`) verifies the token on POST.
 *
 * Waiting for the captcha widget (issue 5): `<SignupForm>` has no widget yet,
 * so these two stories render the form with the `captcha` option and are kept
 * out of the test run (`!test`). When the widget lands, drop the tag and add
 * the journeys: solve the visible checkbox (`role="checkbox"`) or let the
 * invisible one run on submit, then assert the POST carried `captchaToken`
 * (`backend.requests()` shows it as `"[redacted]"`) and got a 200.
 */
const meta = {
  title: "Captcha",
  component: SignupForm,
  tags: ["!test"],
  render: (args, context) =>
    renderForm(
      {
        ...args,
        captcha: {
          siteKey: HCAPTCHA_TEST_SITE_KEY,
          scriptSource: `${storyMock(context).base}/__mock/hcaptcha/api.js`,
          ...args.captcha,
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

/** The visible checkbox challenge. */
export const Visible: Story = {
  args: { captcha: { siteKey: HCAPTCHA_TEST_SITE_KEY, size: "normal" } },
  loaders: [mock({ preset: "captcha" })],
};

/** The invisible challenge, run on submit. */
export const Invisible: Story = {
  args: { captcha: { siteKey: HCAPTCHA_TEST_SITE_KEY, size: "invisible" } },
  loaders: [mock({ preset: "captcha" })],
};
