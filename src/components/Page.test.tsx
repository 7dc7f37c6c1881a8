import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { RegisterViewModel } from "../contract/types";
import { PASSWORD_HINT_DELAY } from "./PasswordGuide";
import { SignupForm } from "./SignupForm";
import type { PageHeaderProps } from "./types";

const viewModel = (accountStores: RegisterViewModel["accountStores"] = []): RegisterViewModel => ({
  form: {
    fields: [
      { name: "email", label: "Email", required: true, type: "email" },
      { name: "password", label: "Password", required: true, type: "password", minLength: 10 },
    ],
  },
  accountStores,
});

const store = (providerId: string, name: string) => ({
  name,
  href: `https://api.stormpath.com/v1/directories/${providerId}Dir`,
  provider: { providerId, clientId: `${providerId}-client` },
});

const renderForm = (props: Partial<Parameters<typeof SignupForm>[0]> = {}) =>
  render(<SignupForm endpoint="/register" initialViewModel={viewModel()} {...props} />);

describe("the page around the form", () => {
  it("shows the catalogue's heading by default, as an h1", () => {
    renderForm();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Create your account");
  });

  it("translates the heading and the sign-in prompt", async () => {
    renderForm({ locale: "de", signInUrl: "/login" });
    expect(
      await screen.findByRole("heading", { name: "Erstellen Sie Ihr Konto" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Anmelden" })).toHaveAttribute("href", "/login");
  });

  it("takes a heading of the app's own, at another level, or none", () => {
    const { unmount } = renderForm({ heading: "Join Acme", headingLevel: 2 });
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Join Acme");
    unmount();
    renderForm({ heading: false });
    expect(screen.queryByRole("heading")).toBeNull();
  });

  it("renders the logo, intro and footer slots in page order", () => {
    const { container } = renderForm({
      logo: <img src="/logo.svg" alt="Acme" />,
      intro: "Start your free trial.",
      footer: <p>By signing up you agree to our terms.</p>,
    });
    const slots = [...container.querySelectorAll("[data-slot]")]
      .map((element) => element.getAttribute("data-slot"))
      .filter((slot) => ["logo", "heading", "intro", "form", "footer"].includes(slot ?? ""));
    expect(slots).toEqual(["logo", "heading", "intro", "form", "footer"]);
    expect(screen.getByRole("img", { name: "Acme" })).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toHaveTextContent("agree to our terms");
  });

  it("offers sign-in only for a safe signInUrl", () => {
    const { unmount } = renderForm({ signInUrl: "https://app.example.com/login" });
    expect(screen.getByText(/Already have an account\?/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      "https://app.example.com/login",
    );
    unmount();
    for (const unsafe of ["javascript:alert(1)", "data:text/html,hi", " ", "vbscript:x"]) {
      const { unmount: again } = renderForm({ signInUrl: unsafe });
      expect(screen.queryByRole("link", { name: "Sign in" }), unsafe).toBeNull();
      again();
    }
  });

  it("lets the components map replace the header, prompt and footer", () => {
    const PageHeader = ({ heading }: PageHeaderProps) => <div data-testid="mine">{heading}!</div>;
    renderForm({
      signInUrl: "/login",
      footer: "Legal",
      components: {
        PageHeader,
        SignInPrompt: ({ url }) => <a href={url}>Log in instead</a>,
        PageFooter: ({ children }) => <small>{children}</small>,
      },
    });
    expect(screen.getByTestId("mine")).toHaveTextContent("Create your account!");
    expect(screen.getByRole("link", { name: "Log in instead" })).toBeInTheDocument();
    expect(screen.getByText("Legal").tagName).toBe("SMALL");
  });
});

describe("password guidance", () => {
  const password = () => screen.getByLabelText(/^Password/, { selector: "input" });

  it("describes the requirement before anything is typed (length from the policy)", async () => {
    renderForm({ passwordPolicy: { min: 12 } });
    const input = password();
    await waitFor(() => expect(input).toHaveAccessibleDescription("At least 12 characters."));
    expect(input).toHaveValue("");
  });

  it("uses the field's minimum when it is higher, and mentions screening when it is on", async () => {
    renderForm({ passwordScreening: { endpoint: "/range" } });
    await waitFor(() =>
      expect(password()).toHaveAccessibleDescription(
        "At least 10 characters. Common and breached passwords are not accepted.",
      ),
    );
  });

  it("speaks the form's language, with no composition rules", async () => {
    renderForm({ passwordScreening: true, locale: "de" });
    await waitFor(() =>
      expect(password()).toHaveAccessibleDescription(/^Mindestens 10 Zeichen\. Häufige/),
    );
    expect(password()).not.toHaveAccessibleDescription(/groß|klein|Ziffer|Sonderzeichen/i);
  });

  it("hints what is missing once typing pauses, never per keystroke", async () => {
    renderForm();
    await waitFor(() =>
      expect(document.querySelector('[data-slot="password-hint"]')).not.toBeNull(),
    );
    vi.useFakeTimers();
    try {
      const hint = document.querySelector('[data-slot="password-hint"]');
      expect(hint).toHaveAttribute("aria-live", "polite");
      expect(hint).toHaveTextContent("");
      const input = password() as HTMLInputElement;
      for (const value of ["c", "co", "cor", "corr"]) {
        fireEvent.input(input, { target: { value } });
        act(() => vi.advanceTimersByTime(PASSWORD_HINT_DELAY / 4));
        expect(hint, `after "${value}"`).toHaveTextContent("");
      }
      act(() => vi.advanceTimersByTime(PASSWORD_HINT_DELAY));
      expect(hint).toHaveTextContent("Characters still needed: 6.");
      fireEvent.input(input, { target: { value: "correct horse" } });
      expect(hint).toHaveTextContent("Characters still needed: 6.");
      act(() => vi.advanceTimersByTime(PASSWORD_HINT_DELAY));
      expect(hint).toHaveTextContent("The password is long enough.");
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps the server's own help text", () => {
    const withHelp = viewModel();
    const field = withHelp.form.fields[1];
    if (field) field.description = "Pick a passphrase.";
    render(<SignupForm endpoint="/register" initialViewModel={withHelp} />);
    expect(password()).toHaveAccessibleDescription("Pick a passphrase.");
  });
});

describe("provider buttons", () => {
  it("draw a decorative mark before the text, which stays the name", async () => {
    render(
      <SignupForm
        endpoint="/register"
        initialViewModel={viewModel([
          store("google", "Google"),
          store("facebook", "Facebook"),
          store("github", "GitHub"),
          store("linkedin", "LinkedIn"),
          store("acme", "Acme"),
        ])}
        allowedHosts={["acme.example.com"]}
      />,
    );
    const group = screen.getByRole("group", { name: "Sign up with another account" });
    await waitFor(() =>
      expect(group.querySelectorAll('svg[data-slot="provider-mark"]').length).toBeGreaterThan(3),
    );
    for (const button of within(group).getAllByRole("button")) {
      const mark = button.querySelector("svg");
      expect(mark).toHaveAttribute("aria-hidden", "true");
      expect(mark).toHaveAttribute("focusable", "false");
      expect(button.firstElementChild).toBe(mark);
      expect(button).toHaveAccessibleName(/^Continue with /);
      // No inline style attribute: nothing a strict style-src would block.
      expect(button.outerHTML).not.toMatch(/style=/);
    }
    const marks = [...group.querySelectorAll("svg")].map((svg) => svg.getAttribute("data-mark"));
    expect(marks.slice(0, 4)).toEqual(["google", "facebook", "github", "linkedin"]);
  });

  it("stack up to three providers and switch to a grid beyond", () => {
    const three = [
      store("google", "Google"),
      store("facebook", "Facebook"),
      store("github", "GitHub"),
    ];
    const { unmount } = render(
      <SignupForm endpoint="/register" initialViewModel={viewModel(three)} />,
    );
    expect(screen.getByRole("group")).toHaveAttribute("data-layout", "stack");
    unmount();
    render(
      <SignupForm
        endpoint="/register"
        initialViewModel={viewModel([...three, store("linkedin", "LinkedIn")])}
      />,
    );
    expect(screen.getByRole("group")).toHaveAttribute("data-layout", "grid");
  });
});
