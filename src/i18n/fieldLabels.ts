// Catalogue labels for the known Stormpath fields (givenName, middleName,
// surname, username, email, password, confirmPassword: the catalogue keys are
// `label` + the capitalised name). The server's labels win by default (the
// server may already speak the user's language); the catalogue's label is used
// when the app asks for it (`preferCatalogLabels`) or when the server sent no
// label (normalisation then falls back to the wire name).
import type { NormalizedField } from "../contract/types";
import type { Messages } from "./types";

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
    const { name } = field;
    // Only `label…` keys are read, so no wire name reaches another message.
    const label = (messages as unknown as Record<string, string | undefined>)[
      `label${name.charAt(0).toUpperCase()}${name.slice(1)}`
    ];
    if (!label || !(prefer || field.label === name) || field.label === label) return field;
    changed = true;
    return { ...field, label };
  });
  return changed ? { ...vm, fields } : vm;
}
