import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { NormalizedField } from "../contract/types";
import { defaultComponents, mergeComponents } from "./defaultComponents";
import { Message } from "./Message";
import { PasswordInput } from "./PasswordInput";
import { SubmitButton } from "./SubmitButton";
import { createTexts, formatNodes } from "./text";
import type { ControlInputProps, SuccessViewProps } from "./types";

const passwordField: NormalizedField = {
  key: "f0",
  name: "password",
  path: ["password"],
  label: "Password",
  required: true,
  kind: "password",
  visible: true,
  defaultValue: "",
  maxLength: 10,
};

function inputProps(overrides: Partial<ControlInputProps> = {}): ControlInputProps {
  return {
    id: "pw",
    name: "password",
    type: "password",
    required: true,
    maxLength: 10,
    "aria-invalid": false,
    ref: null,
    onChange: () => {},
    onBlur: () => {},
    ...overrides,
  };
}

describe("PasswordInput", () => {
  it("toggles visibility with a named, pressed-state button and keeps the value", async () => {
    const user = userEvent.setup();
    render(
      <>
        <label htmlFor="pw">Password</label>
        <PasswordInput
          field={passwordField}
          inputProps={inputProps()}
          toggleLabel="Show password"
        />
      </>,
    );
    const input = screen.getByLabelText("Password");
    await user.type(input, "a pasted password longer than ten");
    expect(input).toHaveValue("a pasted password longer than ten");
    expect(input).not.toHaveAttribute("maxlength");
    expect(input).toHaveAttribute("autocomplete", "new-password");
    const toggle = screen.getByRole("button", { name: "Show password" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(toggle).toHaveAttribute("aria-controls", "pw");
    await user.click(toggle);
    expect(screen.getByRole("button", { name: "Show password", pressed: true })).toBe(toggle);
    expect(input).toHaveAttribute("type", "text");
    expect(input).toHaveValue("a pasted password longer than ten");
  });
});

describe("SubmitButton", () => {
  it("stays focusable while submitting (aria-disabled) and swallows clicks", async () => {
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const user = userEvent.setup();
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <SubmitButton label="Creating…" submitting retryAfter={0} countdownId="c" />
      </form>,
    );
    const button = screen.getByRole("button", { name: "Creating…" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toBeEnabled();
    button.focus();
    expect(button).toHaveFocus();
    await user.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("is disabled with a countdown describing it while rate limited", () => {
    render(
      <SubmitButton
        label="Create account"
        submitting={false}
        retryAfter={5}
        countdownText="Try again in 5 s."
        countdownId="c"
      />,
    );
    const button = screen.getByRole("button", { name: "Create account" });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription("Try again in 5 s.");
  });
});

describe("Message", () => {
  it("renders both live regions even when empty", () => {
    const { container } = render(<Message />);
    expect(screen.getByRole("status")).toHaveAttribute("aria-live", "polite");
    expect(screen.getByRole("alert")).toHaveAttribute("aria-live", "assertive");
    expect(container.textContent).toBe("");
  });
});

describe("text helpers", () => {
  it("reads overrides from messages and falls back to English", () => {
    const text = createTexts({ submit: "Go", socialButton: "Sign up with {name}" });
    expect(text("submit")).toBe("Go");
    expect(text("socialButton", { name: "GitHub" })).toBe("Sign up with GitHub");
    expect(text("selectPlaceholder")).toBe("Select…");
    expect(text("socialButton", { constructor: "x" } as Record<string, string>)).toBe(
      "Sign up with {name}",
    );
  });

  it("fills placeholders with nodes and keeps text as text", () => {
    const html = renderToString(
      <p>{formatNodes("<b>{terms}</b> & {missing}", { terms: <a href="/t">terms</a> })}</p>,
    );
    expect(html.replaceAll("<!-- -->", "")).toBe(
      '<p>&lt;b&gt;<a href="/t">terms</a>&lt;/b&gt; &amp; {missing}</p>',
    );
  });
});

describe("mergeComponents", () => {
  it("merges key by key and ignores undefined values", () => {
    function MySuccess({ title }: SuccessViewProps) {
      return <h2>{title}</h2>;
    }
    const merged = mergeComponents({ SuccessView: MySuccess, Field: undefined });
    expect(merged.SuccessView).toBe(MySuccess);
    expect(merged.Field).toBe(defaultComponents.Field);
    expect(merged.SubmitButton).toBe(defaultComponents.SubmitButton);
    expect(mergeComponents()).toEqual(defaultComponents);
  });
});
