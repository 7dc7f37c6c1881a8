// <SignupForm> with passwordScreening and ageGate, against the
// bundled mock backend through msw: range endpoint, POST rules, the markup.
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SignupForm } from "../components/SignupForm";
import { createMockBackend } from "../mock/core/backend";
import { createPbkdf2Hasher } from "../mock/core/hasher";
import { createHandlers } from "../mock/handlers";

const ORIGIN = "http://localhost:3000";
const ENDPOINT = `${ORIGIN}/register`;
const RANGE = `${ORIGIN}/range/`;
const backend = createMockBackend(
  // Modern style: the gate posts `customData.birthdate`, a field a stock Stormpath server has not configured.
  { style: "modern", rateLimit: false, ageGate: { minimumAge: 16 } },
  { hasher: createPbkdf2Hasher(1000) },
);
const mock = createHandlers({ baseUrl: ORIGIN, backend });
const server = setupServer(...mock.handlers);
const seen: Request[] = [];
server.events.on("request:start", ({ request }) => void seen.push(request.clone()));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  seen.length = 0;
  await backend.reset();
});
afterAll(() => server.close());

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    // jsdom has no layout or computed colours, so axe cannot measure contrast here;
    // the theme's colour pairs are checked in real Chromium (Storybook, e2e).
    rules: { "color-contrast": { enabled: false } },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`),
  ).toEqual([]);
}

async function fill(
  user: ReturnType<typeof userEvent.setup>,
  password: string,
  birthdate = "2000-01-01",
) {
  await screen.findByRole("button", { name: "Create account" });
  await user.type(screen.getByLabelText(/First Name/), "Ada");
  await user.type(screen.getByLabelText(/Last Name/), "Lovelace");
  await user.type(screen.getByLabelText(/^Email/), `ada${Math.random()}@example.com`.slice(0, 40));
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.type(await screen.findByLabelText(/Date of birth/), birthdate);
}

const posts = () => seen.filter((r) => r.method === "POST" && r.url === ENDPOINT);
const rangeCalls = () => seen.filter((r) => r.url.startsWith(RANGE));

describe("<SignupForm passwordScreening ageGate> with the mock", () => {
  it("shows the breach on the password field after a pause, blocks submit, then lets a safe password through", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <SignupForm
          endpoint={ENDPOINT}
          passwordScreening={{ endpoint: RANGE, debounce: 50 }}
          ageGate={{ minimumAge: 16 }}
        />
      </main>,
    );
    await fill(user, "password123");
    const password = screen.getByLabelText(/^Password/);
    await waitFor(() => expect(password).toHaveAttribute("aria-invalid", "true"));
    expect(password).toHaveAccessibleDescription(/appeared in a data breach/);
    await expectNoAxeViolations(container);

    // Only the 5-character prefix went out, with padding asked for.
    expect(rangeCalls().length).toBeGreaterThan(0);
    for (const request of rangeCalls()) {
      expect(request.url).toMatch(/\/range\/[0-9A-F]{5}$/);
      expect(request.headers.get("add-padding")).toBe("true");
      expect(request.url).not.toContain("password123");
    }

    await user.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(password).toHaveFocus());
    expect(posts()).toHaveLength(0);

    await user.clear(password);
    // The breach note goes with the value (the schema now says the field is required).
    expect(password).not.toHaveAccessibleDescription(/data breach/);
    await user.type(password, "violet anchor tundra lamp");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByRole("heading", { name: /your account is ready/i }, { timeout: 5000 });
    // The declared birthdate field was posted, the rest of the body is the allowlist.
    const body = (await posts()[0]!.json()) as Record<string, unknown>;
    expect(body["customData.birthdate"]).toBe("2000-01-01");
    expect(body).not.toHaveProperty("customData");
    expect(JSON.stringify(body)).not.toMatch(/[0-9A-F]{40}/);
    expect(backend.accounts()).toHaveLength(1);
  });

  it("warn mode lets a breached password be submitted (the mock server still refuses it)", async () => {
    const user = userEvent.setup();
    render(
      <SignupForm
        endpoint={ENDPOINT}
        passwordScreening={{ endpoint: RANGE, mode: "warn", debounce: 10_000 }}
        ageGate={{ minimumAge: 16 }}
      />,
    );
    await fill(user, "password123");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    // Checked at submit (the pause was never long enough), warned, posted; the server agrees it is breached.
    await waitFor(() => expect(posts()).toHaveLength(1));
    const password = screen.getByLabelText(/^Password/);
    await waitFor(() => expect(password).toHaveAccessibleDescription(/breach|common or breached/));
  });

  it("fails open when the range endpoint errors, with a development warning", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
    server.use(http.get(`${RANGE}:prefix`, () => new HttpResponse(null, { status: 500 })));
    const user = userEvent.setup();
    render(
      <SignupForm
        endpoint={ENDPOINT}
        passwordScreening={{ endpoint: RANGE, debounce: 10_000 }}
        ageGate={{ minimumAge: 16 }}
      />,
    );
    await fill(user, "a-fine-but-unchecked-passphrase");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    await screen.findByRole("heading", { name: /your account is ready/i }, { timeout: 5000 });
    expect(warned.mock.calls.flat().join(" ")).toMatch(/screening is unavailable \(http\)/);
  });

  it("blocks an under-age signup kindly, with the parental consent link, and posts nothing", async () => {
    const user = userEvent.setup();
    const today = new Date();
    const young = `${today.getFullYear() - 15}-01-01`;
    const { container } = render(
      <main>
        <SignupForm
          endpoint={ENDPOINT}
          ageGate={{ minimumAge: 16, parentalConsentUrl: "/parents" }}
        />
      </main>,
    );
    await fill(user, "violet anchor tundra lamp", young);
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const birthdate = screen.getByLabelText(/Date of birth/);
    await waitFor(() => expect(birthdate).toHaveFocus());
    expect(birthdate).toHaveAttribute("autocomplete", "bday");
    expect(birthdate).toHaveAccessibleDescription(/at least 16 years old/);
    expect(screen.getByRole("link", { name: /parent or guardian/ })).toHaveAttribute(
      "href",
      "/parents",
    );
    expect(posts()).toHaveLength(0);
    // The declared field is drawn once, by the gate.
    expect(screen.getAllByLabelText(/Date of birth/)).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it("without a declared field, the gate checks in the browser and posts no birthdate", async () => {
    const plain = createMockBackend({ rateLimit: false }, { hasher: createPbkdf2Hasher(1000) });
    server.use(...createHandlers({ baseUrl: ORIGIN, backend: plain }).handlers);
    const user = userEvent.setup();
    render(<SignupForm endpoint={ENDPOINT} ageGate={{ minimumAge: 13 }} />);
    await fill(user, "violet anchor tundra lamp", "2001-02-03");
    await act(async () => {
      await user.click(screen.getByRole("button", { name: "Create account" }));
    });
    await screen.findByRole("heading", { name: /your account is ready/i }, { timeout: 5000 });
    const body = await posts()[0]!.text();
    expect(body).not.toContain("2001-02-03");
    expect(body).not.toContain("birth");
  });

  it("costs nothing when off: no range request, no gate", async () => {
    const user = userEvent.setup();
    const plain = createMockBackend({ rateLimit: false }, { hasher: createPbkdf2Hasher(1000) });
    server.use(...createHandlers({ baseUrl: ORIGIN, backend: plain }).handlers);
    render(<SignupForm endpoint={ENDPOINT} />);
    await screen.findByRole("button", { name: "Create account" });
    await user.type(screen.getByLabelText(/^Password/), "password123");
    expect(screen.queryByLabelText(/Date of birth/)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(rangeCalls()).toHaveLength(0);
  });
});
