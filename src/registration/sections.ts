// How the registration form groups its fields: what a person fills in first
// (basics, redirects), and the protocol settings most apps keep at their
// defaults (advanced, collapsed). Pure, apart from the focus helper at the end.
import type { EditableField } from "../contract/clientMetadata";

/** The sections of the registration form, in the order they appear. */
export type SectionName = "basics" | "redirects" | "advanced";

const SECTION_OF: Readonly<Record<EditableField, SectionName>> = {
  client_name: "basics",
  client_uri: "basics",
  logo_uri: "basics",
  policy_uri: "basics",
  tos_uri: "basics",
  contacts: "basics",
  redirect_uris: "redirects",
  grant_types: "advanced",
  response_types: "advanced",
  token_endpoint_auth_method: "advanced",
  scope: "advanced",
};

const ORDER: readonly SectionName[] = ["basics", "redirects", "advanced"];

/** One section and its fields, in the order the app listed them. */
export interface FieldSection {
  name: SectionName;
  fields: EditableField[];
}

/**
 * Groups the shown fields into sections, keeping the app's order inside each
 * one. Sections with no shown field are left out.
 * @example groupFields(["scope", "client_name"]) // [{ name: "basics", fields: ["client_name"] }, { name: "advanced", fields: ["scope"] }]
 */
export function groupFields(fields: readonly EditableField[]): FieldSection[] {
  return ORDER.map((name) => ({
    name,
    fields: fields.filter((field) => SECTION_OF[field] === name),
  })).filter((section) => section.fields.length > 0);
}

/**
 * Opens every collapsed `<details>` section that holds an invalid control (a
 * person must see all there is to fix), then moves focus to the first one in
 * page order (a closed section's controls could not take focus).
 */
export function focusFirstInvalid(root: HTMLElement | null): void {
  if (!root) return;
  const invalid = root.querySelectorAll<HTMLElement>('[aria-invalid="true"]');
  for (const control of invalid)
    for (let node = control.parentElement; node && node !== root; node = node.parentElement)
      if (node instanceof HTMLDetailsElement) node.open = true;
  invalid[0]?.focus();
}
