// <VerifyEmail> against the bundled mock backend (src/mock) through msw: the
// page a verification link lands on, in every state, with axe.
import { StrictMode } from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SignupEvent } from "../hooks/types";
import { createMockBackend } from "../mock/core/backend";
import { createPbkdf2Hasher } from "../mock/core/hasher";
import { createHandlers } from "../mock/handlers";
import { de } from "../i18n/locales/de";
import { VerifyEmail } from "./VerifyEmail";

const ORIGIN = "http://localhost:3000";
const VERIFY = `${ORIGIN}/verify`;
let clock = Date.parse("2026-11-23T10:00:00Z");
const backend = createMockBackend(
  { preset: "email-verification", verification: { tokenTtlMs: 60 * 60 * 1000 } },
  { hasher: createPbkdf2Hasher(1000), now: () => clock },
);
const server = setupServer(...createHandlers({ backend, baseUrl: ORIGIN }).handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await backend.reset();
  window.history.replaceState(null, "", "/");
});
afterAll(() => server.close());

/** Signs up through the mock (no UI) and returns the emailed token. */
async function signUp(email = "ada@example.com"): Promise<string> {
  const response = await backend.respond(
    new Request(`${ORIGIN}/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        givenName: "Ada",
        surname: "Lovelace",
        email,
        password: "correct horse battery staple",
      }),
    }),
  );
  expect(response?.status).toBe(200);
  const last = backend.outbox().at(-1);
  if (!last) throw new Error("no email");
  return last.sptoken;
}

async function expectAxeClean(container: HTMLElement): Promise<void> {
  const results = await axe.run(container, {
    rules: {
      // jsdom has no layout or computed colours, so contrast cannot be measured
      // here; the theme's colour pairs are checked in a real browser (e2e).
      "color-contrast": { enabled: false },
    },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

function root(): HTMLElement {
  const el = document.querySelector<HTMLElement>('[data-component="verify-email"]');
  if (!el) throw new Error("no root");
  return el;
}

describe("<VerifyEmail>", () => {
  it("keeps working when the app's onEvent throws", async () => {
    const token = await signUp();
    const verified: unknown[] = [];
    render(
      <VerifyEmail
        endpoint={VERIFY}
        token={token}
        onEvent={() => {
          throw new Error("analytics is down");
        }}
        onVerified={() => verified.push(true)}
      />,
    );
    await screen.findByRole("heading", { name: "Your email address is verified" });
    expect(verified).toHaveLength(1);
    expect(backend.accounts()[0]?.status).toBe("ENABLED");
  });

  it("verifies the account, offers sign-in, focuses the result, emits verification_completed", async () => {
    const token = await signUp();
    const events: SignupEvent[] = [];
    const { container } = render(
      <main>
        <VerifyEmail
          endpoint={VERIFY}
          token={token}
          signInUrl="/signin"
          onEvent={(e) => events.push(e)}
        />
      </main>,
    );
    expect(root()).toHaveAttribute("data-state", "verifying");
    expect(screen.getByRole("status")).toHaveTextContent("Verifying your email address…");
    const heading = await screen.findByRole("heading", { name: "Your email address is verified" });
    expect(root()).toHaveAttribute("data-state", "verified");
    // Focus moves in an effect after the commit that shows the heading.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin");
    expect(screen.queryByRole("button")).toBeNull();
    expect(events).toEqual([{ type: "verification_completed" }]);
    expect(backend.accounts()[0]?.status).toBe("ENABLED");
    await expectAxeClean(container);
  });

  it("reads sptoken from the URL and takes it out of the address bar", async () => {
    const token = await signUp();
    window.history.replaceState(null, "", `/verify?sptoken=${token}&lang=en#top`);
    render(<VerifyEmail endpoint={VERIFY} />);
    await screen.findByRole("heading", { name: "Your email address is verified" });
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      "/verify?lang=en#top",
    );
  });

  it("checks the token once under StrictMode (a token works once)", async () => {
    const token = await signUp();
    render(
      <StrictMode>
        <VerifyEmail endpoint={VERIFY} token={token} />
      </StrictMode>,
    );
    await screen.findByRole("heading", { name: "Your email address is verified" });
    const verifyEvents = backend
      .audit()
      .filter((e) => e.event.startsWith("verification.failed") || e.event === "account.verified");
    expect(verifyEvents.map((e) => e.event)).toEqual(["account.verified"]);
  });

  it("says a used link was used, with sign-in and resend as next steps", async () => {
    const token = await signUp();
    await backend.respond(new Request(`${VERIFY}?sptoken=${token}`));
    const events: SignupEvent[] = [];
    const { container } = render(
      <main>
        <VerifyEmail endpoint={VERIFY} token={token} onEvent={(e) => events.push(e)} />
      </main>,
    );
    await screen.findByRole("heading", { name: "This verification link has already been used" });
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
    // The resend step loads lazily: it appears a tick after the result.
    expect(await screen.findByRole("button", { name: "Send a new link" })).toBeInTheDocument();
    expect(events).toEqual([{ type: "verification_failed", reason: "used", status: 400 }]);
    await expectAxeClean(container);
  });

  it("says an expired link expired and offers a new one", async () => {
    const token = await signUp();
    clock += 61 * 60 * 1000;
    render(<VerifyEmail endpoint={VERIFY} token={token} />);
    await screen.findByRole("heading", { name: "This verification link has expired" });
    expect(root()).toHaveAttribute("data-state", "expired");
    expect(screen.queryByRole("link", { name: "Sign in" })).toBeNull();
    expect(await screen.findByLabelText("Email address")).toBeInTheDocument();
  });

  it("says a missing or unknown token is not valid", async () => {
    const events: SignupEvent[] = [];
    const first = render(<VerifyEmail endpoint={VERIFY} onEvent={(e) => events.push(e)} />);
    await screen.findByRole("heading", { name: "This verification link is not valid" });
    expect(events).toEqual([{ type: "verification_failed", reason: "missing" }]);
    first.unmount();
    render(<VerifyEmail endpoint={VERIFY} token="not-a-real-token" />);
    await screen.findByRole("heading", { name: "This verification link is not valid" });
    expect(root()).toHaveAttribute("data-state", "invalid");
  });

  it("resends: announces it, counts down visibly, keeps the button focusable, sends once", async () => {
    await signUp("grace@example.com");
    const user = userEvent.setup();
    const events: SignupEvent[] = [];
    const { container } = render(
      <main>
        <VerifyEmail endpoint={VERIFY} token="nope" onEvent={(e) => events.push(e)} />
      </main>,
    );
    await screen.findByRole("heading", { name: "This verification link is not valid" });
    const button = await screen.findByRole("button", { name: "Send a new link" });
    await user.click(button);
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription(
      "Email address required.",
    );
    await user.type(screen.getByLabelText("Email address"), "grace@example.com");
    await user.click(button);
    await waitFor(() =>
      expect(document.querySelector('[data-slot="resend-status"]')).toHaveTextContent(
        /a new link is on its way/,
      ),
    );
    expect(document.querySelector('[data-slot="resend-status"]')).toHaveAttribute("role", "status");
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(/You can ask for another link in \d+ s\./);
    expect(screen.getByText(/You can ask for another link in/)).not.toHaveAttribute("role");
    await user.click(button);
    expect(backend.outbox().filter((m) => m.trigger === "resend")).toHaveLength(1);
    expect(events.at(-1)).toEqual({ type: "verification_sent", trigger: "resend" });
    expect(JSON.stringify(events)).not.toContain("grace@");
    await expectAxeClean(container);
  });

  it("shows the server's rate limit with its Retry-After, and announces when it is over", async () => {
    const user = userEvent.setup();
    server.use(
      http.post(
        VERIFY,
        () => new HttpResponse(null, { status: 429, headers: { "retry-after": "1" } }),
      ),
    );
    render(<VerifyEmail endpoint={VERIFY} token="nope" login="ada@example.com" />);
    await screen.findByRole("heading", { name: "This verification link is not valid" });
    expect(await screen.findByLabelText("Email address")).toHaveValue("ada@example.com");
    await user.click(screen.getByRole("button", { name: "Send a new link" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Too many requests. Try again in 1 second.",
      ),
    );
    await waitFor(
      () =>
        expect(document.querySelector('[data-slot="resend-status"]')).toHaveTextContent(
          "You can ask for another link now.",
        ),
      { timeout: 3000 },
    );
    expect(screen.getByRole("button", { name: "Send a new link" })).not.toHaveAttribute(
      "aria-disabled",
    );
  });

  it("words the wait in the language given (German, one second)", async () => {
    const user = userEvent.setup();
    server.use(
      http.post(
        VERIFY,
        () => new HttpResponse(null, { status: 429, headers: { "retry-after": "1" } }),
      ),
    );
    render(
      <VerifyEmail
        endpoint={VERIFY}
        token="nope"
        login="ada@example.com"
        locale="de"
        messages={de}
      />,
    );
    await user.click(await screen.findByRole("button", { name: de.resendButton }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Zu viele Anfragen. Bitte versuchen Sie es in 1 Sekunde erneut.",
      ),
    );
  });

  it("offers a retry after a network failure, and then verifies", async () => {
    const token = await signUp();
    server.use(http.get(VERIFY, () => HttpResponse.error(), { once: true }));
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <VerifyEmail endpoint={VERIFY} token={token} />
      </main>,
    );
    await screen.findByRole("heading", { name: "We could not verify your email address" });
    expect(root()).toHaveAttribute("data-state", "error");
    await expectAxeClean(container);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("heading", { name: "Your email address is verified" });
  });

  it("takes message overrides and the unstyled flag", async () => {
    await act(async () => {
      render(
        <VerifyEmail
          endpoint={VERIFY}
          token={null}
          unstyled
          className="mine"
          messages={{ verifyInvalidTitle: "Lien invalide" }}
        />,
      );
    });
    await screen.findByRole("heading", { name: "Lien invalide" });
    expect(root()).toHaveClass("mine");
    expect(root()).not.toHaveClass("sk-root");
  });
});
