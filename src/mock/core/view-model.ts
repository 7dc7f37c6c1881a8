import type { ResolvedConfig } from "./config";
import { formFields } from "./resolve";
import { CAPTCHA_LABEL, CONSENT_LABEL } from "./stormpath-rules";

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
  /** `false` for a declared key the client fills itself (consent record, captcha token): not drawn. */
  visible?: boolean;
  enabled?: boolean;
}

/** The body of `GET /register`. */
export interface MockViewModel {
  form: { fields: MockViewModelField[] };
  accountStores: ResolvedConfig["accountStores"];
}

/**
 * A key the server accepts but no person types: declared as a configured
 * field would be on express-stormpath (`type: "hidden"`, `visible: false`), so
 * a client that honours declarations posts the consent record or the captcha
 * token under it, and a client that draws every field (react-stormpath) draws
 * nothing visible.
 */
function declaredKey(name: string, label: string, required: boolean): MockViewModelField {
  return { name, label, placeholder: "", required, type: "hidden", visible: false, enabled: true };
}

/** Builds the view model: only enabled fields, in `fieldOrder`, stores in mapping order; then the declared consent and captcha keys. */
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
  if (config.consent.enabled)
    fields.push(declaredKey(config.consent.field, CONSENT_LABEL, config.consent.required));
  if (config.captcha.enabled) fields.push(declaredKey(config.captcha.field, CAPTCHA_LABEL, true));
  return { form: { fields }, accountStores: config.accountStores };
}
