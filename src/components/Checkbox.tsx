import type { CheckboxProps } from "./types";

/** The default checkbox: the box, then its label (which may hold links), help text and error. */
export function Checkbox({
  kind,
  inputProps,
  label,
  required,
  requiredText,
  error,
  errorId,
  description,
  descriptionId,
}: CheckboxProps) {
  return (
    <div
      data-slot="checkbox"
      data-kind={kind}
      data-invalid={error ? "" : undefined}
      data-required={required ? "" : undefined}
    >
      <input {...inputProps} data-slot="checkbox-input" />
      <label htmlFor={inputProps.id} data-slot="checkbox-label">
        {label}
        {required ? <span data-slot="required-marker"> {requiredText}</span> : null}
      </label>
      {description && descriptionId ? (
        <p id={descriptionId} data-slot="field-description">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} data-slot="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
