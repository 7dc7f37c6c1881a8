import type { ResolvedConfig } from "./config";
import { formFields } from "./resolve";

/** A field of the view model as the mock sends it. */
export interface MockViewModelField {
  name: string;
  label: string;
  placeholder?: string;
  required: boolean;
  type: string;
  description?: string;
  options?: Array<string | { value: string; label?: string }>;
  defaultValue?: string | number | boolean;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
}

/** The body of `GET /register`. */
export interface MockViewModel {
  form: { fields: MockViewModelField[] };
  accountStores: ResolvedConfig["accountStores"];
}

/** Builds the view model: only enabled fields, in `fieldOrder`, stores in mapping order. */
export function buildViewModel(config: ResolvedConfig): MockViewModel {
  const fields = formFields(config).map((field): MockViewModelField => {
    const out: MockViewModelField = {
      name: field.name,
      label: field.label,
      required: field.required,
      type: field.type,
    };
    if (field.placeholder !== undefined) out.placeholder = field.placeholder;
    if (field.description !== undefined) out.description = field.description;
    if (field.options !== undefined) out.options = field.options;
    if (field.defaultValue !== undefined) out.defaultValue = field.defaultValue;
    if (field.pattern !== undefined) out.pattern = field.pattern;
    if (field.type === "password") {
      // Tell the client the real limits, so it never sets a maxlength below them.
      out.minLength = config.password.minLength;
      out.maxLength = config.password.maxLength;
    } else if (field.maxLength !== undefined) {
      out.maxLength = field.maxLength;
    }
    return out;
  });
  return { form: { fields }, accountStores: config.accountStores };
}
