// <SignupForm> against the bundled mock backend (src/mock), through msw in node:
// the whole journey a person takes in the demo.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHandlers } from "../mock/handlers";
import { SignupForm } from "./SignupForm";

const consent = { version: "2026-01", url: "/terms", privacyUrl: "/privacy", marketing: true };
// The mock declares the consent key, as a Stormpath server configured to record consent does.
const mock = createHandlers({
  baseUrl: "http://localhost:3000",
  config: { consent: { enabled: true } },
});
// The mock with no configuration at all, as `signup-kit-mock` runs by default.
const defaults = createHandlers({ baseUrl: "http://localhost:4000" });
const server = setupServer(...mock.handlers, ...defaults.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function signUp(user: ReturnType<typeof userEvent.setup>, email: string) {
  await screen.findByRole("button", { name: "Create account" });
  await user.type(screen.getByLabelText(/First Name/), "Ada");
  await user.type(screen.getByLabelText(/Last Name/), "Lovelace");
  await user.type(screen.getByLabelText(/^Email/), email);
  await user.type(screen.getByLabelText(/^Password/), "correct horse battery staple");
  await user.click(screen.getByRole("checkbox", { name: /terms of service/i }));
  await user.click(screen.getByRole("button", { name: "Create account" }));
}

describe("<SignupForm> with the bundled mock backend", () => {
  it("the documented consent example against the mock's defaults: the record is posted and stored, no development warning", async () => {
    const warn = vi.spyOn(console, "warn");
    try {
      const user = userEvent.setup();
      render(<SignupForm endpoint="http://localhost:4000/register" consent={consent} />);
      await signUp(user, "ada.defaults@example.com");
      await screen.findByRole(
        "heading",
        { name: /your account is ready|check your email/i },
        { timeout: 5000 },
      );
      expect(defaults.backend.consents()).toEqual([
        expect.objectContaining({ termsVersion: "2026-01", marketing: false }),
      ]);
      expect(warn.mock.calls.filter(([text]) => String(text).startsWith("[signup-kit]"))).toEqual(
        [],
      );
    } finally {
      warn.mockRestore();
    }
  });

  it("signs a person up and shows the success view", async () => {
    const user = userEvent.setup();
    render(<SignupForm endpoint="http://localhost:3000/register" consent={consent} />);
    await signUp(user, "ada.mock@example.com");
    await screen.findByRole(
      "heading",
      { name: /your account is ready|check your email/i },
      { timeout: 5000 },
    );
    expect(document.querySelector('[data-slot="root"]')).toHaveAttribute("data-state", "success");
  });

  it("shows the server's duplicate-email error on the email field", async () => {
    const user = userEvent.setup();
    const first = render(
      <SignupForm endpoint="http://localhost:3000/register" consent={consent} />,
    );
    await signUp(user, "twice@example.com");
    await screen.findByRole(
      "heading",
      { name: /your account is ready|check your email/i },
      { timeout: 5000 },
    );
    first.unmount();
    render(<SignupForm endpoint="http://localhost:3000/register" consent={consent} />);
    await signUp(user, "twice@example.com");
    const email = screen.getByLabelText(/^Email/);
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"), { timeout: 5000 });
    expect(email).toHaveAccessibleDescription(/already exists/i);
    expect(email).toHaveFocus();
    expect(email).toHaveValue("twice@example.com");
  });
});
