import type { FieldProps } from "./types";

/**
 * The default field wrapper: a visible label (or a legend for radio groups)
 * with the required marker in text, the control, help text and the error.
 * The control's `aria-describedby` already names `descriptionId` / `errorId`.
 */
export function Field({
  field,
  label,
  labelProps,
  required,
  requiredText,
  error,
  errorId,
  description,
  descriptionId,
  group,
  children,
}: FieldProps) {
  const caption = (
    <>
      {label}
      {required ? <span data-slot="required-marker"> {requiredText}</span> : null}
    </>
  );
  const help = description ? (
    <p id={descriptionId} data-slot="field-description">
      {description}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={errorId} data-slot="field-error">
      {error}
    </p>
  ) : null;
  const state = {
    "data-slot": "field",
    "data-kind": field.kind,
    "data-invalid": error ? "" : undefined,
    "data-required": required ? "" : undefined,
  };

  if (group) {
    return (
      <fieldset
        {...state}
        aria-describedby={describedBy(description && descriptionId, error && errorId)}
      >
        <legend id={labelProps.id} data-slot="field-label">
          {caption}
        </legend>
        {help}
        {children}
        {errorText}
      </fieldset>
    );
  }
  return (
    <div {...state}>
      <label {...labelProps} data-slot="field-label">
        {caption}
      </label>
      {help}
      {children}
      {errorText}
    </div>
  );
}

function describedBy(...ids: Array<string | undefined | false>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(" ") : undefined;
}
