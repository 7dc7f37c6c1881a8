import type { InputProps } from "./types";

/**
 * The default control for every field kind but password and checkbox:
 * `<select>` for options, `<textarea>`, a radio group, or an `<input>` of the
 * field's own kind (unknown kinds were already normalised to text).
 */
export function Input({ field, inputProps, selectPlaceholder }: InputProps) {
  if (field.kind === "select") {
    const {
      type: _type,
      placeholder: _placeholder,
      minLength: _min,
      maxLength: _max,
      pattern: _pattern,
      ...rest
    } = inputProps;
    const hasDefault =
      field.options?.some((option) => option.value === inputProps.defaultValue) ?? false;
    return (
      <select {...rest} data-slot="select" defaultValue={hasDefault ? inputProps.defaultValue : ""}>
        {/* An empty first choice so nothing is picked for the person; required validation rejects it. */}
        <option value="" disabled={field.required}>
          {selectPlaceholder}
        </option>
        {(field.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === "textarea") {
    const { type: _type, pattern: _pattern, ...rest } = inputProps;
    return <textarea {...rest} data-slot="textarea" />;
  }
  if (field.kind === "radio" && field.options && field.options.length > 0) {
    const { id, defaultValue, type: _type, placeholder: _placeholder, ...rest } = inputProps;
    return (
      <div data-slot="radio-group">
        {field.options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={option.value} data-slot="radio">
              <input
                {...rest}
                id={index === 0 ? id : optionId}
                type="radio"
                value={option.value}
                defaultChecked={defaultValue === option.value}
              />
              <label htmlFor={index === 0 ? id : optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    );
  }
  // A radio without options has nothing to choose from: a text input keeps it usable.
  const type = field.kind === "radio" ? "text" : field.kind;
  return <input {...inputProps} type={type} data-slot="input" />;
}
