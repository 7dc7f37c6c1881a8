// The plain attributes of one field's input, label and messages: ids, aria
// wiring, the HTML type and hints. Pure; the hook adds the ref and handlers.
import type { NormalizedField } from "../contract/types";
import { compilePattern } from "./formSchema";

/**
 * The attributes of one field's `<input>`, `<select>` or `<textarea>`: ids,
 * aria wiring, the HTML type and input hints. `useField(field).inputProps` is
 * these plus the ref and the change and blur handlers.
 */
export interface FieldInputAttributes {
  id: string;
  name: string;
  type?: string;
  required: boolean;
  autoComplete?: string;
  placeholder?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  defaultValue?: string;
  defaultChecked?: boolean;
  dir?: "ltr";
  inputMode?: "email";
  spellCheck?: boolean;
  autoCapitalize?: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

/** What the field shows right now. */
export interface FieldStatus {
  /** The message under the field (an error, or a screening note). */
  message?: string;
  /** Whether that message makes the value invalid (a warning note does not). */
  invalid: boolean;
}

/** The ids of one field's parts, from its base id. */
export const fieldIds = (id: string) => ({
  id,
  labelId: `${id}-label`,
  errorId: `${id}-error`,
  descriptionId: `${id}-description`,
});

/** The input's attributes for `field` with the base id `id`. */
export function fieldAttributes(
  field: NormalizedField,
  id: string,
  status: FieldStatus,
): FieldInputAttributes {
  const { errorId, descriptionId } = fieldIds(id);
  const describedBy = [field.description ? descriptionId : "", status.message ? errorId : ""]
    .filter(Boolean)
    .join(" ");
  const password = field.kind === "password";
  const props: FieldInputAttributes = {
    id,
    name: field.name,
    required: field.required && field.visible,
    "aria-invalid": status.invalid,
  };
  const type = !field.visible
    ? "hidden"
    : field.kind === "textarea" || field.kind === "select"
      ? undefined
      : field.kind;
  if (type) props.type = type;
  if (describedBy) props["aria-describedby"] = describedBy;
  if (field.autoComplete) props.autoComplete = field.autoComplete;
  if (field.placeholder) props.placeholder = field.placeholder;
  // No HTML length limits on passwords: maxlength counts UTF-16 units and cuts pastes.
  if (!password) {
    if (field.minLength !== undefined) props.minLength = field.minLength;
    if (field.maxLength !== undefined) props.maxLength = field.maxLength;
    if (field.pattern && compilePattern(field.pattern)) props.pattern = field.pattern;
  }
  if (field.kind === "checkbox") props.defaultChecked = field.defaultValue === true;
  else props.defaultValue = String(field.defaultValue);
  if (field.kind === "email" || field.name === "username" || password) {
    props.spellCheck = false;
    props.autoCapitalize = "none";
  }
  // Machine text (addresses, secrets, numbers) is always left-to-right.
  if (/^(?:email|password|tel|url)$/.test(field.kind)) props.dir = "ltr";
  if (field.kind === "email") props.inputMode = "email";
  return props;
}
