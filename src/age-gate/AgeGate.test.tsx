import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SubmitGuard } from "../hooks/submitSeam";
import { AgeGate, type AgeGateForm } from "./AgeGate";
import { AgeGateField } from "./AgeGateField";
import type { AgeGateOptions } from "./types";

afterEach(() => {
  vi.useRealTimers();
});

function host() {
  const guards = new Set<SubmitGuard>();
  const form: AgeGateForm = {
    fields: [],
    useField: () => {
      throw new Error("no declared field here");
    },
    addSubmitGuard: (guard) => {
      guards.add(guard);
      return () => guards.delete(guard);
    },
  };
  const submit = async () => Promise.all([...guards].map((guard) => guard()));
  return { form, guards, submit };
}

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    rules: {
      // jsdom has no layout or computed colours, so axe cannot measure contrast here;
      // the theme's colour pairs are checked in real Chromium (Storybook, e2e).
      "color-contrast": { enabled: false },
    },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(", ")}`),
  ).toEqual([]);
}

// "Today" is 15 June 2026, local time.
const TODAY = new Date(2026, 5, 15, 12, 0, 0);

function renderGate(options: AgeGateOptions) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(TODAY);
  const h = host();
  const view = render(
    <main>
      <form>
        <AgeGate form={h.form} options={options} />
      </form>
    </main>,
  );
  return { ...h, ...view };
}

describe("AgeGate, birthdate mode", () => {
  it("is a labelled date input with autocomplete=bday, format help, and axe-clean", async () => {
    const { container } = renderGate({ minimumAge: 16 });
    const input = screen.getByLabelText(/Date of birth/);
    expect(input).toHaveAttribute("type", "date");
    expect(input).toHaveAttribute("autocomplete", "bday");
    expect(input).toHaveAttribute("required");
    expect(input).toHaveAttribute("max", "2026-06-15");
    expect(input).toHaveAccessibleDescription(/year-month-day/);
    expect(screen.getByText("(required)")).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("blocks under the minimum age with a kind message and the parental consent link", async () => {
    const user = userEvent.setup();
    const { submit, container } = renderGate({
      minimumAge: 16,
      parentalConsentUrl: "/parental-consent",
    });
    const input = screen.getByLabelText(/Date of birth/);
    // The day before the 16th birthday.
    await user.type(input, "2010-06-16");
    const [verdict] = await act(submit);
    expect(verdict).toMatchObject({ ok: false, name: "age" });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(/at least 16 years old to create an account/);
    expect(screen.getByRole("link", { name: /parent or guardian/ })).toHaveAttribute(
      "href",
      "/parental-consent",
    );
    verdict?.focus?.();
    expect(input).toHaveFocus();
    await expectNoAxeViolations(container);

    // On the birthday itself: allowed, the message goes.
    await user.clear(input);
    await user.type(input, "2010-06-15");
    expect(input).toHaveAttribute("aria-invalid", "false");
    await expect(act(submit)).resolves.toEqual([expect.objectContaining({ ok: true })]);
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("asks for a date when empty, refuses future and impossible dates", async () => {
    const user = userEvent.setup();
    const { submit } = renderGate({ minimumAge: 13 });
    await act(submit);
    const input = screen.getByLabelText(/Date of birth/);
    expect(input).toHaveAccessibleDescription(/Enter your date of birth/);
    await user.type(input, "2030-01-01");
    await user.tab();
    expect(input).toHaveAccessibleDescription(/cannot be in the future/);
  });

  it("honours message overrides and {age}", async () => {
    const { submit } = renderGate({
      minimumAge: 14,
      messages: { birthdateLabel: "Birthday", birthdateRequired: "Need {age}+" },
    });
    await act(submit);
    expect(screen.getByLabelText(/Birthday/)).toHaveAccessibleDescription(/Need 14\+/);
  });
});

describe("AgeGate, confirm mode", () => {
  it("is a checkbox 'I am at least N years old' that must be ticked", async () => {
    const user = userEvent.setup();
    const { submit, container } = renderGate({
      minimumAge: 16,
      mode: "confirm",
      parentalConsentUrl: "https://example.test/consent",
    });
    const box = screen.getByRole("checkbox", { name: /I am at least 16 years old/ });
    expect(box).not.toBeChecked();
    const [verdict] = await act(submit);
    expect(verdict?.ok).toBe(false);
    expect(box).toHaveAccessibleDescription(/confirm that you are at least 16/);
    expect(screen.getByRole("link", { name: /parent or guardian/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(box);
    await expect(act(submit)).resolves.toEqual([expect.objectContaining({ ok: true })]);
    expect(box).toHaveAttribute("aria-invalid", "false");
  });
});

describe("AgeGateField", () => {
  it("loads the gate lazily and unregisters its guard on unmount", async () => {
    const { form, guards } = host();
    const { unmount } = render(<AgeGateField form={form} options={{ minimumAge: 16 }} />);
    expect(await screen.findByLabelText(/Date of birth/)).toBeInTheDocument();
    expect(guards.size).toBe(1);
    unmount();
    expect(guards.size).toBe(0);
  });
});

describe("the gate's field name", () => {
  it("agrees with the eager ./field.ts", async () => {
    const { ageGateField } = await import("./field");
    const { gateFieldName } = await import("./AgeGate");
    for (const options of [
      { minimumAge: 16 },
      { minimumAge: 16, mode: "confirm" as const },
      { minimumAge: 16, field: "dob" },
    ])
      expect(gateFieldName(options)).toBe(ageGateField(options));
  });
});
