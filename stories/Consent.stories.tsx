import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, spyOn, within, type Mock } from "storybook/test";
import { SignupForm } from "../src";
import { fillDefaultForm, formReady, renderForm, submit } from "./support/form";
import { mock, posts } from "./support/mock";

/**
 * Consent: the `consent` prop adds an unchecked, required terms checkbox. The
 * record (terms version and URL, time, locale, marketing choice) is posted
 * under `consent` only when the view model declares a field of that name (the
 * mock stores it beside the account); otherwise the signup goes without it and
 * the record reaches the app only (`onSuccess`, the `consent_recorded` event).
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
      consent: { termsVersion: "2026-01", termsUrl: "https://example.com/terms", locale: "en" },
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
  // The mock declares the consent key, as a server configured to record consent does.
  loaders: [mock({ config: { consent: { enabled: true } } })],
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
      consent: { termsVersion: "2026-01", marketing: true },
    });
  },
};

/**
 * A stock express-stormpath declares no consent field (and refuses an
 * undeclared key). The person still accepts the terms; the signup is posted
 * without the record, which reaches the app through `onSuccess` (`consent`,
 * with `posted: false`) and the `consent_recorded` event. In development the
 * console names the server setting that would record it:
 * `web.register.form.fields.consent`.
 */
export const NotDeclaredByServer: Story = {
  name: "Not declared by the server",
  args: {
    consent: { version: "2026-01", url: "https://example.com/terms" },
    onSuccess: fn(),
    onEvent: fn(),
  },
  loaders: [mock({ config: { consent: { enabled: false } } })],
  beforeEach() {
    const warn = spyOn(console, "warn").mockImplementation(() => {});
    return () => warn.mockRestore();
  },
  play: async (context) => {
    const { canvasElement, args } = context;
    const { canvas, user } = await fillDefaultForm(canvasElement);
    await user.click(canvas.getByRole("checkbox", { name: /I accept the terms/ }));
    await submit(canvasElement);
    await expect(await canvas.findByText("Your account is ready")).toBeVisible();
    const [post] = posts(context);
    await expect(post?.body).not.toHaveProperty("consent");
    await expect(post?.body).not.toHaveProperty("customData");
    await expect(context.loaded.mock.backend.consents()).toEqual([]);
    const consent = {
      record: expect.objectContaining({ termsVersion: "2026-01" }),
      posted: false,
    };
    await expect(args.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ consent }));
    await expect(args.onEvent).toHaveBeenCalledWith({ type: "consent_recorded", ...consent });
    // Development builds (the story tests) say which server setting records it.
    const warnings = (console.warn as unknown as Mock).mock.calls.map((call) => String(call[0]));
    await expect(warnings.join("\n")).toMatch(/web\.register\.form\.fields\.consent/);
  },
};
