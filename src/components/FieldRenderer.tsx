import { memo } from "react";
import type { NormalizedField } from "../contract/types";
import type { UseSignupFormReturn } from "../hooks/types";
import type { Texts } from "./text";
import type { CheckboxInputProps, SignupFormComponents } from "./types";

interface FieldRendererProps {
  form: UseSignupFormReturn;
  field: NormalizedField;
  components: SignupFormComponents;
  text: Texts;
}

/**
 * Renders one field. It calls `form.useField(field)` itself, so a keystroke
 * re-renders this field only, never the whole form. The hook already wired
 * ids, `aria-invalid`, `aria-describedby` and `dir`; this hands those plain
 * props to the Field / Input / PasswordInput / Checkbox parts, which only draw.
 */
export const FieldRenderer = memo(
  function FieldRenderer({ form, field, components, text }: FieldRendererProps) {
    const { inputProps, labelProps, field: _field, ...shared } = form.useField(field);
    const { Field, Input, PasswordInput, Checkbox } = components;
    const parts = { ...shared, requiredText: text("requiredMarker") };

    if (field.kind === "checkbox") {
      const { id, name, required, ref, onChange, onBlur, defaultChecked } = inputProps;
      const checkboxProps: CheckboxInputProps = {
        id,
        name,
        type: "checkbox",
        required,
        "aria-invalid": inputProps["aria-invalid"],
        "aria-describedby": inputProps["aria-describedby"],
        defaultChecked,
        ref,
        onChange,
        onBlur,
      };
      return <Checkbox {...parts} kind="field" inputProps={checkboxProps} />;
    }

    return (
      <Field
        {...parts}
        field={field}
        labelProps={labelProps}
        group={field.kind === "radio" && (field.options?.length ?? 0) > 0}
      >
        {field.kind === "password" ? (
          <PasswordInput field={field} inputProps={inputProps} toggleLabel={text("showPassword")} />
        ) : (
          <Input
            field={field}
            inputProps={inputProps}
            selectPlaceholder={text("selectPlaceholder")}
          />
        )}
      </Field>
    );
  },
  // The form object changes whenever form-level state does; this renderer only
  // depends on its `useField`, so compare that instead of the whole object.
  (previous, next) =>
    previous.field === next.field &&
    previous.form.useField === next.form.useField &&
    previous.components === next.components &&
    previous.text === next.text,
);
