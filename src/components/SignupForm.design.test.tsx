import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { RegisterViewModel } from "../contract/types";
import { SignupForm } from "./SignupForm";
import type { SignupFormProps } from "./types";

// density and variant are CSS-only: the component's whole part is the two
// attributes on the root, which the theme (and your own CSS) selects on.

const viewModel: RegisterViewModel = {
  form: { fields: [{ name: "email", label: "Email", required: true, type: "email" }] },
  accountStores: [],
};

function rootOf(props: Partial<SignupFormProps> = {}) {
  const { container } = render(
    <SignupForm endpoint="/register" initialViewModel={viewModel} {...props} />,
  );
  const root = container.querySelector<HTMLElement>('[data-slot="root"]');
  if (!root) throw new Error("no root");
  return root;
}

describe("density and variant on the root", () => {
  it("sets neither attribute by default (the regular padded panel)", () => {
    const root = rootOf();
    expect(root).not.toHaveAttribute("data-density");
    expect(root).not.toHaveAttribute("data-variant");
  });

  it('sets data-density="compact"', () => {
    const root = rootOf({ density: "compact" });
    expect(root).toHaveAttribute("data-density", "compact");
    expect(root).not.toHaveAttribute("data-variant");
  });

  it.each(["card", "borderless"] as const)('sets data-variant="%s"', (variant) => {
    const root = rootOf({ variant });
    expect(root).toHaveAttribute("data-variant", variant);
    expect(root).not.toHaveAttribute("data-density");
  });

  it("sets both together, beside the theme class and data-theme", () => {
    const root = rootOf({ density: "compact", variant: "card", theme: "dark" });
    expect(root).toHaveClass("sk-root");
    expect(root).toHaveAttribute("data-density", "compact");
    expect(root).toHaveAttribute("data-variant", "card");
    expect(root).toHaveAttribute("data-theme", "dark");
  });

  it("keeps the attributes when unstyled, as it keeps every data-* attribute", () => {
    const root = rootOf({ unstyled: true, density: "compact", variant: "borderless" });
    expect(root).not.toHaveClass("sk-root");
    expect(root).toHaveAttribute("data-density", "compact");
    expect(root).toHaveAttribute("data-variant", "borderless");
  });

  it("keeps them in every state: loading and load-error as well as ready", async () => {
    // Valid JSON of the wrong shape: refused at once, not retried.
    const fetch = () => Promise.resolve(Response.json({ form: "nope" }));
    const { container } = render(
      <SignupForm endpoint="/register" fetch={fetch} density="compact" variant="card" />,
    );
    const root = () => container.querySelector<HTMLElement>('[data-slot="root"]');
    expect(root()).toHaveAttribute("data-state", "loading");
    expect(root()).toHaveAttribute("data-density", "compact");
    expect(root()).toHaveAttribute("data-variant", "card");
    await screen.findByRole("button", { name: "Try again" });
    expect(root()).toHaveAttribute("data-state", "load-error");
    expect(root()).toHaveAttribute("data-density", "compact");
    expect(root()).toHaveAttribute("data-variant", "card");
  });

  // From JavaScript, or through an `as` cast, anything can arrive; the root then
  // carries no attribute rather than one no stylesheet knows.
  it.each([
    ["density", "tight"],
    ["density", "Compact"],
    ["density", ""],
    ["density", "compact card"],
    ["density", true],
    ["variant", "Card"],
    ["variant", "outlined"],
    ["variant", ""],
    ["variant", "card borderless"],
    ["variant", 1],
  ])("sets no data-%s for %j", (prop, value) => {
    const root = rootOf({ [prop]: value } as Partial<SignupFormProps>);
    expect(root).not.toHaveAttribute(`data-${prop}`);
    expect(root).toHaveAttribute("data-state", "ready");
  });
});
