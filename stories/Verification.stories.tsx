import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { SignupForm, VerifyEmail, type VerifyEmailProps } from "../src";
import { fillDefaultForm, submit } from "./support/form";
import { mock, setOffline, storyMock } from "./support/mock";
import {
  outbox,
  storedAccount,
  storyVerification,
  verificationEvents,
  verificationMock,
} from "./support/verification";

const HOUR = 60 * 60 * 1000;

function renderVerifyEmail(args: VerifyEmailProps, context: StoryContext<VerifyEmailProps>) {
  const { endpoint, token } = storyVerification(context);
  return <VerifyEmail {...args} endpoint={endpoint} token={token} />;
}

/** `<SignupForm>` against the story's backend, with its "didn't get the email?" cooldown. */
function renderSignupForm(cooldown?: number) {
  return function SignupWithResend(
    args: VerifyEmailProps,
    context: StoryContext<VerifyEmailProps>,
  ) {
    const theme = context.globals.theme === "dark" ? "dark" : "light";
    return (
      <SignupForm
        endpoint={storyMock(context).endpoint}
        theme={theme}
        {...(args.onEvent ? { onEvent: args.onEvent } : {})}
        {...(cooldown !== undefined ? { verification: { cooldown } } : {})}
      />
    );
  };
}

/** The root of `<VerifyEmail>` (its `data-state` is the state). */
function verifyRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[data-component="verify-email"]');
  if (!root) throw new Error("No <VerifyEmail> in the story.");
  return root;
}

/** Waits for the outcome: the state, its heading (with focus), and the live region saying it. */
async function expectOutcome(canvasElement: HTMLElement, state: string, title: string) {
  const canvas = within(canvasElement);
  const heading = await canvas.findByRole("heading", { name: title }, { timeout: 5000 });
  await expect(verifyRoot(canvasElement)).toHaveAttribute("data-state", state);
  await expect(verifyRoot(canvasElement)).not.toHaveAttribute("aria-busy");
  await waitFor(() => expect(heading).toHaveFocus());
  await expect(
    canvasElement.querySelector('[data-component="verify-email"] > [data-slot="status"]'),
  ).toHaveTextContent(title);
  return canvas;
}

/** The resend step offered by a failed link: asks for the address, sends to the backend. */
async function askForNewLink(canvasElement: HTMLElement, email: string) {
  const canvas = within(canvasElement);
  const user = userEvent.setup();
  const input = await canvas.findByRole("textbox", { name: "Email address" });
  await user.clear(input);
  await user.type(input, email);
  const button = canvas.getByRole("button", { name: "Send a new link" });
  await user.click(button);
  return { canvas, user, button };
}

/** The resend step's assertive live region (present, empty, until something goes wrong). */
function resendError(canvasElement: HTMLElement): HTMLElement | null {
  return canvasElement.querySelector('[data-slot="resend"] [role="alert"]');
}

/** The resend step's polite live region. */
function resendStatus(canvasElement: HTMLElement): HTMLElement | null {
  return canvasElement.querySelector('[data-slot="resend-status"]');
}

/**
 * The email-verification journey. Each story's backend has email verification
 * on (`email-verification` preset): a person signs up through the mock, the
 * story reads the link from the mock's development outbox, and `<VerifyEmail>`
 * checks that token against the mock's `GET /verify`. The "didn't get the
 * email?" stories sign up through `<SignupForm>` itself and ask the mock's
 * `POST /verify` for a new link.
 */
const meta = {
  title: "States/Email verification",
  component: VerifyEmail,
  render: renderVerifyEmail,
  args: { signInUrl: "/login", onEvent: fn(), onVerified: fn() },
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
    token: { control: false, description: "Set by the story: read from the mock's outbox." },
    fetch: { control: false },
  },
} satisfies Meta<typeof VerifyEmail>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The link was opened; the answer is on its way (the network holds the check). */
export const Verifying: Story = {
  loaders: [verificationMock({ slowPaths: { "/verify": HOUR } })],
  play: async (context) => {
    const { canvasElement } = context;
    const canvas = within(canvasElement);
    // Shown, and said once by the polite live region.
    const [shown] = await canvas.findAllByText("Verifying your email address…");
    await expect(shown).toBeVisible();
    const root = verifyRoot(canvasElement);
    await expect(root).toHaveAttribute("data-state", "verifying");
    await expect(root).toHaveAttribute("aria-busy", "true");
    await expect(canvas.getByRole("status")).toHaveTextContent("Verifying your email address…");
    await expect(canvas.queryByRole("heading")).toBeNull();
    // The check has not reached the backend: the account still waits.
    await expect(await storedAccount(context)).toMatchObject({ status: "UNVERIFIED" });
  },
};

/** The link works: the account is `ENABLED`, and the next step is signing in. */
export const Verified: Story = {
  loaders: [verificationMock()],
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = await expectOutcome(canvasElement, "verified", "Your email address is verified");
    await expect(canvas.getByText("Your account is ready. You can sign in now.")).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
    await expect(canvas.queryByRole("button", { name: "Send a new link" })).toBeNull();
    await expect(await storedAccount(context)).toMatchObject({
      status: "ENABLED",
      emailVerificationStatus: "VERIFIED",
    });
    await expect(verificationEvents(context)).toEqual([
      { event: "verification.sent", reason: "signup", status: undefined },
      { event: "account.verified", reason: undefined, status: 200 },
    ]);
    await expect(args.onVerified).toHaveBeenCalledOnce();
    await expect(args.onEvent).toHaveBeenCalledOnce();
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "verification_completed",
    });
  },
};

/** Opened after its lifetime (24 h): "expired", with the address field and "Send a new link". */
export const Expired: Story = {
  loaders: [verificationMock({ link: "expired" })],
  args: { resendCooldown: 60 },
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = await expectOutcome(
      canvasElement,
      "expired",
      "This verification link has expired",
    );
    await expect(canvas.getByText(/Verification links work for a limited time/)).toBeVisible();
    await expect(canvas.queryByRole("link", { name: "Sign in" })).toBeNull();
    await expect(await storedAccount(context)).toMatchObject({ status: "UNVERIFIED" });
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "verification_failed",
      reason: "expired",
      status: 400,
    });

    // The next step: a new link, sent by the backend to the address typed.
    const { email } = storyVerification(context);
    const { button } = await askForNewLink(canvasElement, email);
    await waitFor(() => expect(resendStatus(canvasElement)).toHaveTextContent(/on its way/));
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveAccessibleDescription(/You can ask for another link in \d+ s\./);
    await expect((await outbox(storyMock(context), email)).map((m) => m.trigger)).toEqual([
      "signup",
      "resend",
    ]);
    await expect(args.onEvent).toHaveBeenLastCalledWith({
      type: "verification_sent",
      trigger: "resend",
    });
  },
};

/** The link was opened once already (another tab, a mail scanner): sign in, or ask for a new link. */
export const Used: Story = {
  name: "Used (already verified)",
  loaders: [verificationMock({ link: "used" })],
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = await expectOutcome(
      canvasElement,
      "used",
      "This verification link has already been used",
    );
    await expect(canvas.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
    await expect(await canvas.findByRole("button", { name: "Send a new link" })).toBeVisible();
    // The first opening verified the account; this one changed nothing.
    await expect(await storedAccount(context)).toMatchObject({ status: "ENABLED" });
    await expect(verificationEvents(context).slice(-1)).toEqual([
      { event: "verification.failed", reason: "token-used", status: 400 },
    ]);
    await expect(args.onVerified).not.toHaveBeenCalled();
  },
};

/** The mail client cut the link short: "not valid", with a new link as the next step. */
export const Invalid: Story = {
  name: "Invalid (truncated link)",
  loaders: [verificationMock({ link: "truncated" })],
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = await expectOutcome(
      canvasElement,
      "invalid",
      "This verification link is not valid",
    );
    await expect(canvas.getByText(/The link may be incomplete or mistyped/)).toBeVisible();
    await expect(await canvas.findByRole("textbox", { name: "Email address" })).toHaveValue("");
    await expect(canvas.queryByRole("link", { name: "Sign in" })).toBeNull();
    await expect(await storedAccount(context)).toMatchObject({ status: "UNVERIFIED" });
    await expect(verificationEvents(context).slice(-1)).toEqual([
      { event: "verification.failed", reason: "token-invalid", status: 400 },
    ]);
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "verification_failed",
      reason: "invalid",
      status: 400,
    });
  },
};

/** The link has no `sptoken` at all: nothing is sent; "not valid", with a new link as the next step. */
export const MissingToken: Story = {
  name: "Missing token",
  loaders: [verificationMock({ link: "missing" })],
  play: async (context) => {
    const { canvasElement, args } = context;
    await expectOutcome(canvasElement, "invalid", "This verification link is not valid");
    await expect(
      await within(canvasElement).findByRole("button", { name: "Send a new link" }),
    ).toBeVisible();
    await expect(args.onEvent).toHaveBeenCalledOnce();
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "verification_failed",
      reason: "missing",
    });
    // No check reached the backend.
    await expect(verificationEvents(context)).toEqual([
      { event: "verification.sent", reason: "signup", status: undefined },
    ]);
    await expect(await storedAccount(context)).toMatchObject({ status: "UNVERIFIED" });
  },
};

/** The connection dropped: "Try again" checks the same link again, once it is back. */
export const NetworkError: Story = {
  name: "Network error, then Try again",
  loaders: [verificationMock({ offline: true })],
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = await expectOutcome(
      canvasElement,
      "error",
      "We could not verify your email address",
    );
    await expect(canvas.getByText("Check your connection and try again.")).toBeVisible();
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "verification_failed",
      reason: "network",
    });
    // Nothing reached the backend: the link is still good.
    await expect(verificationEvents(context)).toHaveLength(1);
    await expect(await storedAccount(context)).toMatchObject({ status: "UNVERIFIED" });

    setOffline(storyMock(context), false);
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await expectOutcome(canvasElement, "verified", "Your email address is verified");
    await expect(await storedAccount(context)).toMatchObject({ status: "ENABLED" });
  },
};

/** The backend could not save the verification (500): "Try again" works once it can. */
export const ServerError: Story = {
  name: "Server error (500), then Try again",
  loaders: [verificationMock({ failingSaves: true })],
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = await expectOutcome(
      canvasElement,
      "error",
      "We could not verify your email address",
    );
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(canvas.queryByRole("link", { name: "Sign in" })).toBeNull();
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "verification_failed",
      reason: "server",
      status: 500,
    });
    // The backend rolled back: the account waits, the link still works.
    await expect(await storedAccount(context)).toMatchObject({ status: "UNVERIFIED" });

    storyVerification(context).failSaves(false);
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await expectOutcome(canvasElement, "verified", "Your email address is verified");
    await expect(await storedAccount(context)).toMatchObject({ status: "ENABLED" });
    await expect(args.onVerified).toHaveBeenCalledOnce();
  },
};

/** Too many checks from this client (`verification.verifyLimit`): the mock answers 429. */
export const TooManyChecks: Story = {
  name: "Too many checks (429)",
  loaders: [
    verificationMock({
      config: { verification: { verifyLimit: { max: 1, windowMs: 60_000 } } },
      checkedBefore: true,
    }),
  ],
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = await expectOutcome(
      canvasElement,
      "error",
      "We could not verify your email address",
    );
    await expect(canvas.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: "verification_failed",
      reason: "rate-limited",
      status: 429,
    });
    await expect(verificationEvents(context).slice(-1)).toEqual([
      { event: "rate.limited", reason: "too-many-verifies", status: 429 },
    ]);
    await expect(await storedAccount(context)).toMatchObject({ status: "UNVERIFIED" });
  },
};

/** After asking for a new link, the button waits out the cooldown, then says so once. */
export const ResendCooldown: Story = {
  name: "Resend: cooldown",
  loaders: [verificationMock({ link: "expired" })],
  args: { resendCooldown: 2 },
  play: async (context) => {
    const { canvasElement } = context;
    await expectOutcome(canvasElement, "expired", "This verification link has expired");
    const { email } = storyVerification(context);
    const { canvas, user, button } = await askForNewLink(canvasElement, email);
    await waitFor(() => expect(resendStatus(canvasElement)).toHaveTextContent(/on its way/));
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(canvas.getByText(/You can ask for another link in [12] s\./)).toBeVisible();
    // A click while waiting sends nothing.
    await user.click(button);
    await expect(await outbox(storyMock(context), email)).toHaveLength(2);
    await waitFor(
      () =>
        expect(resendStatus(canvasElement)).toHaveTextContent("You can ask for another link now."),
      { timeout: 5000 },
    );
    await expect(button).not.toHaveAttribute("aria-disabled");
    await expect(canvas.queryByText(/You can ask for another link in/)).toBeNull();
  },
};

/** A new link was asked for a moment ago (the mock allows one a minute per address): 429, and its `Retry-After` is the wait. */
export const ResendRateLimited: Story = {
  name: "Resend: rate limited (429)",
  loaders: [verificationMock({ link: "expired", resentBefore: true })],
  play: async (context) => {
    const { canvasElement, args } = context;
    await expectOutcome(canvasElement, "expired", "This verification link has expired");
    const { email } = storyVerification(context);
    const { canvas, button } = await askForNewLink(canvasElement, email);
    await waitFor(() =>
      expect(resendError(canvasElement)).toHaveTextContent(
        /Too many requests\. Try again in \d+ seconds\./,
      ),
    );
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(canvas.getByText(/You can ask for another link in \d+ s\./)).toBeVisible();
    await expect(args.onEvent).toHaveBeenLastCalledWith({
      type: "verification_failed",
      reason: "rate-limited",
      status: 429,
    });
    // Only the signup email and the earlier resend: the refused request sent nothing.
    await expect((await outbox(storyMock(context), email)).map((m) => m.trigger)).toEqual([
      "signup",
      "resend",
    ]);
    await expect(verificationEvents(context).slice(-1)).toEqual([
      { event: "rate.limited", reason: "too-many-resends", status: 429 },
    ]);
  },
};

// ——— <SignupForm>'s UNVERIFIED success view: "Didn't get the email?" ———

/** Signs up through the form (UI) and waits for the UNVERIFIED success view and its resend step. */
async function signUpUnverified(canvasElement: HTMLElement) {
  await fillDefaultForm(canvasElement);
  await submit(canvasElement);
  const canvas = within(canvasElement);
  await expect(
    await canvas.findByRole("heading", { name: "Check your email to verify your account" }),
  ).toBeVisible();
  await expect(await canvas.findByText("Didn't get the email?")).toBeVisible();
  // The address is known: just the button, no email field.
  await expect(canvas.queryByRole("textbox", { name: "Email address" })).toBeNull();
  const button = await canvas.findByRole("button", { name: "Send a new link" });
  return { canvas, button, user: userEvent.setup() };
}

/** "Check your email…": one click sends a new link; the button then waits (60 s by default). */
export const SignupResend: Story = {
  name: "Sign-up: didn't get the email? (sent)",
  loaders: [mock({ preset: "email-verification" })],
  render: renderSignupForm(),
  play: async (context) => {
    const { canvasElement, args } = context;
    const { canvas, button, user } = await signUpUnverified(canvasElement);
    await user.click(button);
    await waitFor(() =>
      expect(resendStatus(canvasElement)).toHaveTextContent(
        "If an account at that address still needs verifying, a new link is on its way. Check your inbox and spam folder.",
      ),
    );
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveFocus();
    await expect(button).toHaveAccessibleDescription(/You can ask for another link in (60|59) s\./);
    await expect(canvas.getByText(/You can ask for another link in \d+ s\./)).toBeVisible();
    await user.click(button); // ignored while waiting
    const mockInfo = storyMock(context);
    await expect((await outbox(mockInfo, "ada@example.com")).map((m) => m.trigger)).toEqual([
      "signup",
      "resend",
    ]);
    await expect(mockInfo.backend.accounts()).toMatchObject([
      { email: "ada@example.com", status: "UNVERIFIED" },
    ]);
    const sent = (args.onEvent as ReturnType<typeof fn>).mock.calls
      .map(([event]) => event as { type: string })
      .filter((event) => event.type.startsWith("verification_"));
    await expect(sent).toEqual([
      { type: "verification_sent", trigger: "signup" },
      { type: "verification_sent", trigger: "resend" },
    ]);
  },
};

/** The cooldown ends: "You can ask for another link now." is announced once, the button works again. */
export const SignupResendCooldown: Story = {
  name: "Sign-up: resend cooldown over",
  loaders: [mock({ preset: "email-verification" })],
  render: renderSignupForm(2),
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas, button, user } = await signUpUnverified(canvasElement);
    await user.click(button);
    await expect(await canvas.findByText(/You can ask for another link in [12] s\./)).toBeVisible();
    await waitFor(
      () =>
        expect(resendStatus(canvasElement)).toHaveTextContent("You can ask for another link now."),
      { timeout: 5000 },
    );
    await expect(button).not.toHaveAttribute("aria-disabled");
    await expect(button).not.toHaveAccessibleDescription(/another link in/);
    await expect(await outbox(storyMock(context), "ada@example.com")).toHaveLength(2);
  },
};

/** Asking again right after the cooldown: the mock allows one new link a minute per address (429 + Retry-After). */
export const SignupResendRateLimited: Story = {
  name: "Sign-up: resend rate limited (429)",
  loaders: [mock({ preset: "email-verification" })],
  render: renderSignupForm(1),
  play: async (context) => {
    const { canvasElement, args } = context;
    const { canvas, button, user } = await signUpUnverified(canvasElement);
    await user.click(button);
    await waitFor(
      () =>
        expect(resendStatus(canvasElement)).toHaveTextContent("You can ask for another link now."),
      { timeout: 5000 },
    );
    await user.click(button);
    await waitFor(() =>
      expect(resendError(canvasElement)).toHaveTextContent(
        /Too many requests\. Try again in \d+ seconds\./,
      ),
    );
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveAccessibleDescription(/You can ask for another link in \d+ s\./);
    await expect(canvas.getByText(/You can ask for another link in \d+ s\./)).toBeVisible();
    await expect(args.onEvent).toHaveBeenLastCalledWith({
      type: "verification_failed",
      reason: "rate-limited",
      status: 429,
    });
    const mockInfo = storyMock(context);
    await expect((await outbox(mockInfo, "ada@example.com")).map((m) => m.trigger)).toEqual([
      "signup",
      "resend",
    ]);
    await expect(
      mockInfo.backend.audit().filter((event) => event.event === "rate.limited"),
    ).toMatchObject([{ reason: "too-many-resends", status: 429 }]);
  },
};

/** The connection drops before the resend: the error is announced, nothing was sent, the button works. */
export const SignupResendNetworkError: Story = {
  name: "Sign-up: resend network error",
  loaders: [mock({ preset: "email-verification" })],
  render: renderSignupForm(),
  play: async (context) => {
    const { canvasElement, args } = context;
    const { button, user } = await signUpUnverified(canvasElement);
    const mockInfo = storyMock(context);
    setOffline(mockInfo, true);
    await user.click(button);
    await waitFor(() =>
      expect(resendError(canvasElement)).toHaveTextContent(
        "We could not send a new link. Check your connection and try again.",
      ),
    );
    await expect(button).not.toHaveAttribute("aria-disabled");
    await expect(args.onEvent).toHaveBeenLastCalledWith({
      type: "verification_failed",
      reason: "network",
    });
    await expect((await outbox(mockInfo, "ada@example.com")).map((m) => m.trigger)).toEqual([
      "signup",
    ]);
    setOffline(mockInfo, false);
  },
};
