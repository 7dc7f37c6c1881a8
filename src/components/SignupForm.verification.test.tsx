// The UNVERIFIED success view of <SignupForm>: "didn't get the email?" with a
// cooldown, against the bundled mock backend with email verification on.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SignupEvent } from "../hooks/types";
import { createMockBackend } from "../mock/core/backend";
import { createPbkdf2Hasher } from "../mock/core/hasher";
import { de } from "../i18n/locales/de";
import { base as en } from "../i18n/base";
import { createHandlers } from "../mock/handlers";
import { SignupForm } from "./SignupForm";

const ORIGIN = "http://localhost:3000";
const backend = createMockBackend(
  { preset: "email-verification" },
  { hasher: createPbkdf2Hasher(1000) },
);
const server = setupServer(...createHandlers({ backend, baseUrl: ORIGIN }).handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await backend.reset();
});
afterAll(() => server.close());

async function signUp(
  user: ReturnType<typeof userEvent.setup>,
  email: string,
  messages = en,
): Promise<void> {
  const submit = await screen.findByRole("button", { name: messages.submit });
  await user.type(screen.getByLabelText(/First Name/), "Ada");
  await user.type(screen.getByLabelText(/Last Name/), "Lovelace");
  await user.type(screen.getByLabelText(/^Email/), email);
  await user.type(screen.getByLabelText(/^Password/), "correct horse battery staple");
  await user.click(submit);
  await screen.findByRole("heading", { name: messages.successUnverifiedTitle }, { timeout: 5000 });
}

describe("<SignupForm> UNVERIFIED success view: resend", () => {
  it("offers a resend with a cooldown, announced, and counts it as a verification email", async () => {
    const user = userEvent.setup();
    const events: SignupEvent[] = [];
    const { container } = render(
      <main>
        <SignupForm endpoint={`${ORIGIN}/register`} onEvent={(e) => events.push(e)} />
      </main>,
    );
    await signUp(user, "ada@example.com");
    // The resend step loads lazily: it appears a tick after the success view.
    expect(await screen.findByText("Didn't get the email?")).toBeInTheDocument();
    // The address is known: no email input, just the button.
    expect(screen.queryByLabelText("Email address")).toBeNull();
    const button = screen.getByRole("button", { name: "Send a new link" });
    await user.click(button);
    await waitFor(() =>
      expect(document.querySelector('[data-slot="resend-status"]')).toHaveTextContent(
        /a new link is on its way/,
      ),
    );
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveFocus();
    expect(button).toHaveAccessibleDescription("You can ask for another link in 60 s.");
    await user.click(button); // ignored while waiting
    expect(backend.outbox().map((m) => [m.to, m.trigger])).toEqual([
      ["ada@example.com", "signup"],
      ["ada@example.com", "resend"],
    ]);
    expect(events.filter((e) => e.type.startsWith("verification_"))).toEqual([
      { type: "verification_sent", trigger: "signup" },
      { type: "verification_sent", trigger: "resend" },
    ]);
    const results = await axe.run(container, {
      // jsdom cannot compute colours; contrast is checked in the browser (e2e).
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it("posts to the configured verify endpoint, and can be switched off", async () => {
    const user = userEvent.setup();
    const first = render(
      <SignupForm
        endpoint={`${ORIGIN}/register`}
        verification={{ endpoint: `${ORIGIN}/__mock/nowhere` }}
      />,
    );
    await signUp(user, "grace@example.com");
    await user.click(await screen.findByRole("button", { name: "Send a new link" }));
    await waitFor(() =>
      expect(document.querySelector('[data-slot="resend"] [role="alert"]')).toHaveTextContent(
        "We could not send a new link. Check your connection and try again.",
      ),
    );
    first.unmount();
    render(<SignupForm endpoint={`${ORIGIN}/register`} verification={false} />);
    await signUp(user, "linus@example.com");
    expect(screen.queryByRole("button", { name: "Send a new link" })).toBeNull();
  });

  it.each([
    ["en", en, "Too many requests. Try again in 1 second."],
    ["de", de, "Zu viele Anfragen. Bitte versuchen Sie es in 1 Sekunde erneut."],
    // No catalogue for Italian: the sentence and its wait stay English.
    ["it", en, "Too many requests. Try again in 1 second."],
  ])(
    "words a refused resend's one-second wait in the form's language (%s)",
    async (locale, messages, sentence) => {
      server.use(
        http.post(
          `${ORIGIN}/verify`,
          () => new HttpResponse(null, { status: 429, headers: { "Retry-After": "1" } }),
        ),
      );
      const user = userEvent.setup();
      render(<SignupForm endpoint={`${ORIGIN}/register`} locale={locale} />);
      await signUp(user, "ada@example.com", messages);
      await user.click(await screen.findByRole("button", { name: messages.resendButton }));
      await waitFor(() =>
        expect(document.querySelector('[data-slot="resend"] [role="alert"]')).toHaveTextContent(
          sentence,
        ),
      );
    },
  );
});
