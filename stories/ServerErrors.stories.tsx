import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { SignupForm } from "../src";
import { fillDefaultForm, formRoot, renderForm, submit } from "./support/form";
import { existingAccount, mock, posts } from "./support/mock";

/**
 * What the person sees when the server refuses the signup. Each story fills
 * the form and submits; the mock answers with one error dialect or rule.
 * Nothing typed is cleared.
 */
const meta = {
  title: "States/Server errors",
  component: SignupForm,
  render: renderForm,
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
  },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

function lastPost(context: Parameters<typeof posts>[0]) {
  return posts(context).at(-1);
}

/** Stormpath dialect: one `{status, code, message, developerMessage}` error (scenario `error-stormpath`). */
export const StormpathDialect: Story = {
  loaders: [mock({ scenario: { name: "error-stormpath" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    const email = canvas.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    await expect(email).toHaveAccessibleDescription(/Email required/);
    await expect(email).toHaveValue("ada@example.com");
    await expect(lastPost(context)).toMatchObject({ status: 400, scenario: "error-stormpath" });
  },
};

/** RFC 9457 problem+json with `errors[]` (JSON pointers): both fields marked at once. */
export const ProblemDetailsErrors: Story = {
  loaders: [mock({ scenario: { name: "error-problem-errors" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    await waitFor(() =>
      expect(canvas.getByLabelText(/^Email/)).toHaveAccessibleDescription(
        /Email is not a valid email address/,
      ),
    );
    await expect(
      canvas.getByLabelText(/^Password/, { selector: "input" }),
    ).toHaveAccessibleDescription(/Password is too short/);
    await expect(lastPost(context)).toMatchObject({ status: 400 });
  },
};

/** problem+json with `invalid-params[]` (RFC 7807 style). */
export const ProblemDetailsInvalidParams: Story = {
  loaders: [mock({ scenario: { name: "error-problem-invalid-params" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    await waitFor(() =>
      expect(canvas.getByLabelText(/^Email/)).toHaveAccessibleDescription(
        /must be a valid email address/,
      ),
    );
    await expect(lastPost(context)).toMatchObject({ status: 400 });
  },
};

/** OAuth-style `{error, error_description}` (RFC 7591). */
export const OAuthDialect: Story = {
  name: "OAuth dialect",
  loaders: [mock({ scenario: { name: "error-oauth" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    await expect(await canvas.findAllByText(/The value of email is not valid/)).not.toHaveLength(0);
    await expect(lastPost(context)).toMatchObject({ status: 400 });
  },
};

/** SCIM error with a string `status: "409"`. */
export const ScimConflict: Story = {
  name: "SCIM conflict",
  loaders: [mock({ scenario: { name: "error-scim-conflict" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    await expect(
      await canvas.findAllByText(/An account with that email already exists/),
    ).not.toHaveLength(0);
    await expect(lastPost(context)).toMatchObject({ status: 409 });
  },
};

/** 409: an account with this email already exists in the mock's store. */
export const EmailTaken: Story = {
  name: "409 email taken",
  loaders: [mock({ prepare: (mock) => existingAccount(mock, "ada@example.com") })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement, { email: "ADA@example.com" });
    await submit(canvasElement);
    // The Stormpath REST API's text, relayed as express-stormpath 3.2.0 does.
    await expect(
      await canvas.findAllByText(/Account with that email already exists/),
    ).not.toHaveLength(0);
    await expect(lastPost(context)).toMatchObject({
      status: 409,
      body: { email: "ADA@example.com" },
    });
    await expect(context.loaded.mock.backend.accounts()).toHaveLength(1);
  },
};

/** 422: a disposable email domain, refused by the mock's rule. */
export const DisposableEmail: Story = {
  name: "422 disposable email",
  loaders: [mock()],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement, { email: "ada@mailinator.com" });
    await submit(canvasElement);
    await waitFor(() =>
      expect(canvas.getByLabelText(/^Email/)).toHaveAttribute("aria-invalid", "true"),
    );
    await expect(lastPost(context)).toMatchObject({ status: 422 });
  },
};

/**
 * 429 with `Retry-After: 30`: the submit button is disabled with a visible
 * countdown; the wait is announced once when it starts.
 */
export const RateLimited: Story = {
  name: "429 countdown",
  loaders: [mock({ scenario: { name: "rate-limited", retryAfter: 30 } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    const button = await canvas.findByRole("button", { name: "Create account" });
    await waitFor(() => expect(button).toBeDisabled());
    await expect(button).toHaveAccessibleDescription(/You can try again in \d+ s\./);
    await expect(canvas.getAllByRole("status").at(-1)).toHaveTextContent(
      "Too many attempts. Try again in 30 seconds.",
    );
    await expect(lastPost(context)).toMatchObject({ status: 429 });
  },
};

/** 500: a generic message; the server's body (which holds markup) is never shown. */
export const ServerError: Story = {
  name: "500 server error",
  loaders: [mock({ scenario: { name: "server-error", target: "POST" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      "Something went wrong on our side. Please try again in a moment.",
    );
    await expect(canvasElement.textContent).not.toMatch(/stack trace/);
    await expect(formRoot(canvasElement)).toHaveAttribute("data-state", "ready");
    await expect(lastPost(context)).toMatchObject({ status: 500 });
  },
};

/**
 * The connection drops during the POST: the account may or may not exist, so
 * the kit says so instead of inviting a blind retry.
 */
export const NetworkFailure: Story = {
  name: "Network failure on POST",
  loaders: [mock({ scenario: { name: "network-error", target: "POST" } })],
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await fillDefaultForm(canvasElement);
    await submit(canvasElement);
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent(
      /We lost the connection, so your account may or may not have been created/,
    );
    await expect(canvas.getByLabelText(/^Email/)).toHaveValue("ada@example.com");
    await expect(lastPost(context)).toMatchObject({ scenario: "network-error" });
  },
};
