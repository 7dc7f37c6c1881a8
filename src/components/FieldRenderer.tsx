import { memo, Suspense } from "react";
import { isPasswordField } from "../core/formSchema";
import type { NormalizedField } from "../contract/types";
import type { UseSignupFormReturn } from "../hooks/types";
import { lazyPart } from "./lazyPart";
import type { PasswordGuideOptions } from "./PasswordGuide";
import type { Texts } from "./text";
import type { CheckboxInputProps, SignupFormComponents } from "./types";

// Loads with the first password field; the requirement shows as soon as it does.
const PasswordGuide = lazyPart(() =>
  import("./PasswordGuide").then((module) => module.PasswordGuide),
);

interface FieldRendererProps {
  form: UseSignupFormReturn;
  field: NormalizedField;
  components: SignupFormComponents;
  text: Texts;
  /** What the password guidance needs: the policy, and whether screening is on. */
  guide?: PasswordGuideOptions;
}

/**
 * Renders one field. It calls `form.useField(field)` itself, so a keystroke
 * re-renders this field only, never the whole form. The hook already wired
 * ids, `aria-invalid`, `aria-describedby` and `dir`; this hands those plain
 * props to the Field / Input / PasswordInput / Checkbox parts, which only draw.
 */
export const FieldRenderer = memo(
  function FieldRenderer({
    form,
    field,
    components,
    text,
    guide: guideOptions,
  }: FieldRendererProps) {
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

    // The new password says what it needs before anything is typed (help text the
    // input describes itself with), unless the server sent help text of its own.
    const guide = guideOptions && isPasswordField(field) && !shared.description;
    const controlProps = guide
      ? {
          ...inputProps,
          "aria-describedby":
            `${shared.descriptionId} ${inputProps["aria-describedby"] ?? ""}`.trim(),
        }
      : inputProps;

    return (
      <Field
        {...parts}
        field={field}
        labelProps={labelProps}
        group={field.kind === "radio" && (field.options?.length ?? 0) > 0}
      >
        {field.kind === "password" ? (
          <>
            <PasswordInput
              field={field}
              inputProps={controlProps}
              toggleLabel={text("showPassword")}
            />
            {guide ? (
              <Suspense>
                <PasswordGuide
                  inputId={inputProps.id}
                  descriptionId={shared.descriptionId}
                  field={field}
                  options={guideOptions}
                  messages={form.messages}
                />
              </Suspense>
            ) : null}
          </>
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
    previous.text === next.text &&
    previous.guide === next.guide,
);
