import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { SignupForm } from "../src";
import { fillDefaultForm, formReady, renderForm, submit } from "./support/form";
import { mock, posts } from "./support/mock";

/**
 * Consent: the `consent` prop adds an unchecked, required terms checkbox; the
 * record (terms version and URL, time, locale, marketing choice) is posted
 * under `customData.consent`, which the mock stores beside the account.
 */
const meta = {
  title: "Forms/Consent",
  component: SignupForm,
  render: renderForm,
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Terms only. Submitting without accepting them shows the consent error and
 * sends nothing; accepting them posts the consent record.
 */
export const ConsentOnly: Story = {
  args: { consent: { version: "2026-01", url: "https://example.com/terms" } },
  loaders: [mock({ preset: "consent-required" })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillDefaultForm(canvasElement);
    const terms = canvas.getByRole("checkbox", { name: /I accept the terms of service/ });
    await expect(terms).not.toBeChecked();
    await expect(canvas.getByRole("link", { name: /terms of service/ })).toHaveAttribute(
      "target",
      "_blank",
    );

    await submit(canvasElement);
    await expect(
      await canvas.findByText("Please accept the terms to create your account."),
    ).toBeVisible();
    await expect(terms).toHaveAttribute("aria-invalid", "true");
    await expect(posts(context)).toHaveLength(0);

    await user.click(terms);
    await submit(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    const [post] = posts(context);
    await expect(post?.body).toMatchObject({
      customData: {
        consent: { termsVersion: "2026-01", termsUrl: "https://example.com/terms", locale: "en" },
      },
    });
    const [record] = context.loaded.mock.backend.consents();
    await expect(record).toMatchObject({ termsVersion: "2026-01" });
  },
};

/** Terms and a privacy notice, both links opening in a new tab. */
export const WithPrivacyLink: Story = {
  args: {
    consent: {
      version: "2026-01",
      url: "https://example.com/terms",
      privacyUrl: "https://example.com/privacy",
    },
  },
  loaders: [mock()],
  play: async ({ canvasElement }) => {
    const canvas = await formReady(canvasElement);
    await expect(
      canvas.getByRole("checkbox", {
        name: /I accept the terms of service .* and have read the privacy notice/,
      }),
    ).toBeVisible();
    const privacy = canvas.getByRole("link", { name: /privacy notice \(opens in a new tab\)/ });
    await expect(privacy).toHaveAttribute("href", "https://example.com/privacy");
    await expect(privacy).toHaveAttribute("rel", "noopener noreferrer");
  },
};

/** A separate, optional marketing opt-in, unchecked; its choice is part of the record. */
export const MarketingOptIn: Story = {
  args: {
    consent: {
      version: "2026-01",
      url: "https://example.com/terms",
      privacyUrl: "https://example.com/privacy",
      marketing: true,
    },
  },
  loaders: [mock()],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, user } = await fillDefaultForm(canvasElement);
    const marketing = canvas.getByRole("checkbox", { name: /Send me product news/ });
    await expect(marketing).not.toBeChecked();
    await expect(marketing).not.toBeRequired();
    await user.click(canvas.getByRole("checkbox", { name: /I accept the terms/ }));
    await user.click(marketing);
    await submit(canvasElement);
    await expect(await within(canvasElement).findByText("Your account is ready")).toBeVisible();
    const [post] = posts(context);
    await expect(post?.body).toMatchObject({
      customData: { consent: { termsVersion: "2026-01", marketing: true } },
    });
  },
};
