// Catalogue labels for the known Stormpath fields. The server's labels win by
// default (the server may already speak the user's language); the catalogue's
// label is used when the app asks for it (`preferCatalogLabels`) or when the
// server sent no label (normalisation then falls back to the wire name).
import type { NormalizedField } from "../contract/types";
import type { Messages } from "./types";

const labelKeys: Record<string, keyof Messages> = {
  givenName: "labelGivenName",
  middleName: "labelMiddleName",
  surname: "labelSurname",
  username: "labelUsername",
  email: "labelEmail",
  password: "labelPassword",
  confirmPassword: "labelConfirmPassword",
};

/**
 * The view model with catalogue labels on the known fields; the same object
 * when nothing changes.
 */
export function withCatalogLabels<T extends { fields: NormalizedField[] }>(
  vm: T | undefined,
  messages: Messages,
  prefer?: boolean,
): T | undefined {
  if (!vm) return vm;
  let changed = false;
  const fields = vm.fields.map((field) => {
    const key = Object.prototype.hasOwnProperty.call(labelKeys, field.name)
      ? labelKeys[field.name]
      : undefined;
    if (!key || !(prefer || field.label === field.name) || field.label === messages[key])
      return field;
    changed = true;
    return { ...field, label: messages[key] };
  });
  return changed ? { ...vm, fields } : vm;
}
