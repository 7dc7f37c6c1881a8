import { useState } from "react";
import type { PasswordInputProps } from "./types";

/**
 * A password input with a show/hide toggle. The toggle is a real button
 * (`type="button"`, so it never submits) whose name stays constant while
 * `aria-pressed` carries the state; switching the type keeps the value.
 * No `maxLength`: a pasted password must never be cut silently, the policy
 * maximum is enforced by validation with a message instead.
 */
export function PasswordInput({ inputProps, toggleLabel }: PasswordInputProps) {
  const [shown, setShown] = useState(false);
  const { maxLength: _maxLength, type: _type, ...rest } = inputProps;
  return (
    <div data-slot="password">
      <input
        {...rest}
        type={shown ? "text" : "password"}
        autoComplete={rest.autoComplete ?? "new-password"}
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        data-slot="input"
      />
      <button
        type="button"
        data-slot="password-toggle"
        aria-pressed={shown}
        aria-controls={inputProps.id}
        onClick={() => setShown((value) => !value)}
      >
        {toggleLabel}
      </button>
    </div>
  );
}
