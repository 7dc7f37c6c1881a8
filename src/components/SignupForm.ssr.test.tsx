import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { RegisterViewModel } from "../contract/types";
import { SignupForm } from "./SignupForm";

const viewModel: RegisterViewModel = {
  form: {
    fields: [
      { name: "givenName", label: "First Name", required: true, type: "text" },
      { name: "email", label: "Email", required: true, type: "email" },
      { name: "password", label: "Password", required: true, type: "password" },
      { name: "customData.plan", label: "Plan", type: "text", options: ["free", "pro"] },
    ],
  },
  accountStores: [{ name: "GitHub", provider: { providerId: "github", clientId: "gh" } }],
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
}

/** The same view model, declaring the consent key (an express-stormpath configured field `consent`). */
const declaringConsent: RegisterViewModel = {
  ...viewModel,
  form: { fields: [...viewModel.form.fields, { name: "consent", type: "hidden" }] },
};

describe("<SignupForm> on the server", () => {
  it("renders the complete form as a real post form from initialViewModel", () => {
    const html = renderToString(
      <SignupForm
        endpoint="/api/register"
        initialViewModel={declaringConsent}
        consent={{ version: "2026-01", url: "/terms", privacyUrl: "/privacy", marketing: true }}
      />,
    );
    const doc = parse(html);
    const root = doc.querySelector('[data-slot="root"]');
    expect(root?.getAttribute("data-state")).toBe("ready");
    expect(root?.classList.contains("sk-root")).toBe(true);
    const form = doc.querySelector("form");
    expect(form?.getAttribute("method")).toBe("post");
    expect(form?.getAttribute("action")).toBe("/api/register");
    const controls = [...doc.querySelectorAll("form input, form select, form textarea")];
    // 4 fields + terms + marketing checkboxes: every control has a name, so the form posts without JS.
    expect(controls.length).toBeGreaterThanOrEqual(6);
    for (const control of controls)
      expect(control.getAttribute("name"), control.outerHTML).toBeTruthy();
    for (const control of doc.querySelectorAll("form input:not([type=checkbox]), form select")) {
      expect(doc.querySelector(`label[for="${control.id}"]`), control.outerHTML).not.toBeNull();
    }
    expect(doc.querySelector('form [type="submit"]')).not.toBeNull();
    expect(doc.querySelector('[data-slot="social-button"]')?.textContent).toBe(
      "Continue with GitHub",
    );
    expect(doc.querySelector('[data-slot="status"]')).not.toBeNull();
  });

  it("posts consent without JavaScript only under a declared key, in bracket form", () => {
    const consent = { version: "2026-01", url: "/terms", marketing: true };
    const names = (vm: RegisterViewModel) =>
      [
        ...parse(
          renderToString(<SignupForm initialViewModel={vm} consent={consent} />),
        ).querySelectorAll("input[name], select[name], textarea[name]"),
      ].map((control) => control.getAttribute("name"));
    // Declared: the record as one object for qs-style parsers (express-stormpath).
    expect(names(declaringConsent)).toEqual(
      expect.arrayContaining([
        "consent[termsVersion]",
        "consent[marketing]",
        "consent[termsUrl]",
        "consent[locale]",
      ]),
    );
    // Not declared: the boxes are still there (and required), but nothing is posted for them.
    const undeclared = names(viewModel);
    expect(undeclared.filter((name) => name?.startsWith("consent"))).toEqual([]);
    expect(undeclared).toEqual(["givenName", "email", "password", "customData.plan"]);
  });

  it("emits no inline script and no style attributes (strict CSP)", () => {
    const html = renderToString(
      <SignupForm initialViewModel={viewModel} consent={{ version: "1", url: "/terms" }} />,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(parse(html).querySelector("form")?.getAttribute("action")).toBe("/register");
  });

  it("renders the loading state without a view model, and does not crash", () => {
    const html = renderToString(<SignupForm />);
    const doc = parse(html);
    expect(doc.querySelector('[data-slot="root"]')?.getAttribute("data-state")).toBe("loading");
    expect(doc.querySelector('[role="status"]')?.textContent).toContain("Loading…");
    expect(html).not.toMatch(/<script|\sstyle=/i);
  });
});
