import { memo } from "react";
import type { NormalizedField } from "../contract/types";
import type { UseSignupFormReturn } from "../hooks/types";
import type { Texts } from "./text";
import type { CheckboxInputProps, ControlInputProps, SignupFormComponents } from "./types";

interface FieldRendererProps {
  form: UseSignupFormReturn;
  field: NormalizedField;
  components: SignupFormComponents;
  text: Texts;
}

/** Kinds whose values are machine text (addresses, secrets, numbers): always left-to-right. */
const LTR_KINDS = new Set(["email", "password", "tel", "url"]);

/**
 * Renders one field. It calls `form.useField(field)` itself, so a keystroke
 * re-renders this field only, never the whole form. Computes the plain props
 * (aria wiring included) and hands them to the Field / Input / PasswordInput /
 * Checkbox parts, which only draw.
 */
export const FieldRenderer = memo(
  function FieldRenderer({ form, field, components, text }: FieldRendererProps) {
    const props = form.useField(field);
    const { Field, Input, PasswordInput, Checkbox } = components;
    const describedBy = joinIds(
      props.description ? props.descriptionId : undefined,
      props.error ? props.errorId : undefined,
    );
    const inputProps: ControlInputProps = {
      ...props.inputProps,
      "aria-invalid": Boolean(props.error),
      "aria-describedby": describedBy,
    };
    if (LTR_KINDS.has(field.kind)) inputProps.dir = "ltr";
    const requiredText = text("requiredMarker");

    if (field.kind === "checkbox") {
      const checkboxProps: CheckboxInputProps = {
        id: inputProps.id,
        name: inputProps.name,
        type: "checkbox",
        required: inputProps.required,
        "aria-invalid": inputProps["aria-invalid"],
        "aria-describedby": describedBy,
        defaultChecked: inputProps.defaultChecked ?? field.defaultValue === true,
        ref: inputProps.ref,
        onChange: inputProps.onChange,
        onBlur: inputProps.onBlur,
      };
      return (
        <Checkbox
          kind="field"
          inputProps={checkboxProps}
          label={props.label}
          required={props.required}
          requiredText={requiredText}
          error={props.error}
          errorId={props.errorId}
          description={props.description}
          descriptionId={props.descriptionId}
        />
      );
    }

    const control =
      field.kind === "password" ? (
        <PasswordInput field={field} inputProps={inputProps} toggleLabel={text("showPassword")} />
      ) : (
        <Input
          field={field}
          inputProps={inputProps}
          selectPlaceholder={text("selectPlaceholder")}
        />
      );
    return (
      <Field
        field={field}
        label={props.label}
        labelProps={props.labelProps}
        required={props.required}
        requiredText={requiredText}
        error={props.error}
        errorId={props.errorId}
        description={props.description}
        descriptionId={props.descriptionId}
        group={field.kind === "radio" && (field.options?.length ?? 0) > 0}
      >
        {control}
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

function joinIds(...ids: Array<string | undefined>): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length > 0 ? list.join(" ") : undefined;
}
