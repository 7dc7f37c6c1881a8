// The form's editable copy of client metadata, and the pure steps around it:
// from metadata to draft, draft to the request body (an allowlist), and the
// client-side checks with the person's wording.
import { format } from "../i18n/format";
import type { RegistrationMessages } from "./messages";
import {
  EDITABLE_FIELDS,
  SERVER_MANAGED,
  validateMetadata,
  type ClientInformation,
  type ClientMetadata,
  type EditableField,
} from "../contract/clientMetadata";

/** What the person edits. Lists are arrays; contacts are one per line. */
export interface MetadataDraft {
  client_name: string;
  redirect_uris: string[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: string;
  scope: string;
  contacts: string;
  logo_uri: string;
  client_uri: string;
  policy_uri: string;
  tos_uri: string;
}

/** Errors per field; redirect URIs also per entry. */
export interface DraftErrors {
  fields: Partial<Record<EditableField, string>>;
  redirectUris: Array<string | undefined>;
}

/** A draft from metadata (a read response, or the app's defaults). */
export function draftFrom(metadata: ClientMetadata = {}): MetadataDraft {
  return {
    client_name: metadata.client_name ?? "",
    redirect_uris: metadata.redirect_uris?.length ? [...metadata.redirect_uris] : [""],
    grant_types: [...(metadata.grant_types ?? ["authorization_code"])],
    response_types: [...(metadata.response_types ?? ["code"])],
    token_endpoint_auth_method: metadata.token_endpoint_auth_method ?? "client_secret_basic",
    scope: metadata.scope ?? "",
    contacts: (metadata.contacts ?? []).join("\n"),
    logo_uri: metadata.logo_uri ?? "",
    client_uri: metadata.client_uri ?? "",
    policy_uri: metadata.policy_uri ?? "",
    tos_uri: metadata.tos_uri ?? "",
  };
}

/**
 * The metadata to send: shown fields from the draft, hidden ones from the
 * app's defaults, nothing else. Empty values are left out. When response_types
 * is not shown and has no default, it follows the grant types (§2.1).
 */
export function buildMetadata(
  draft: MetadataDraft,
  shown: readonly EditableField[],
  defaults: ClientMetadata = {},
): ClientMetadata {
  const source = (field: EditableField): MetadataDraft =>
    shown.includes(field) ? draft : draftFrom(defaults);
  const out: ClientMetadata = {};
  const text = (
    field: "client_name" | "scope" | "logo_uri" | "client_uri" | "policy_uri" | "tos_uri",
  ) => {
    const value = source(field)[field].trim();
    if (value) out[field] = value;
    else if (!shown.includes(field) && defaults[field] !== undefined) out[field] = defaults[field];
  };
  text("client_name");
  const uris = source("redirect_uris")
    .redirect_uris.map((u) => u.trim())
    .filter(Boolean);
  if (uris.length > 0) out.redirect_uris = uris;
  out.grant_types = [...source("grant_types").grant_types];
  if (shown.includes("response_types") || defaults.response_types) {
    out.response_types = [...source("response_types").response_types];
  } else {
    out.response_types = [];
    if (out.grant_types.includes("authorization_code")) out.response_types.push("code");
    if (out.grant_types.includes("implicit")) out.response_types.push("token");
  }
  out.token_endpoint_auth_method = source("token_endpoint_auth_method").token_endpoint_auth_method;
  text("scope");
  const contacts = source("contacts")
    .contacts.split(/[\n,]/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (contacts.length > 0) out.contacts = contacts;
  text("logo_uri");
  text("client_uri");
  text("policy_uri");
  text("tos_uri");
  return out;
}

/**
 * The body of an RFC 7592 §2.2 update: every member the server holds (so
 * members the form does not edit survive the full replacement), the form's
 * members on top, client_id, and never the server-managed members or the secret.
 */
export function buildUpdateBody(
  current: ClientInformation,
  metadata: ClientMetadata,
): Record<string, unknown> {
  const body: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(current)) {
    if ((SERVER_MANAGED as readonly string[]).includes(key) || key === "client_secret") continue;
    if ((EDITABLE_FIELDS as readonly string[]).includes(key)) continue;
    body[key] = value;
  }
  Object.assign(body, metadata);
  body.client_id = current.client_id;
  return { ...body };
}

/** Client-side checks: required fields, then the RFC rules, as the person reads them. */
export function validateDraft(
  metadata: ClientMetadata,
  draft: MetadataDraft,
  shown: readonly EditableField[],
  required: readonly EditableField[],
  messages: RegistrationMessages,
): DraftErrors {
  const errors: DraftErrors = { fields: {}, redirectUris: [] };
  for (const field of required) {
    if (!shown.includes(field)) continue;
    const value = metadata[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0))
      errors.fields[field] = format(messages.required, { label: messages[field] });
  }
  // Redirect URI indexes in `metadata` skip blank entries; map them back to the draft's.
  const draftIndex: number[] = [];
  draft.redirect_uris.forEach((uri, i) => {
    if (uri.trim()) draftIndex.push(i);
  });
  for (const issue of validateMetadata(metadata)) {
    if (issue.field === "jwks") continue;
    if (!shown.includes(issue.field)) continue;
    const text = messages[issue.code];
    if (issue.field === "redirect_uris" && issue.index !== undefined) {
      errors.redirectUris[draftIndex[issue.index] ?? issue.index] ??= text;
      continue;
    }
    errors.fields[issue.field] ??= text;
  }
  return errors;
}

/** Whether there is any error. */
export function hasErrors(errors: DraftErrors): boolean {
  return Object.keys(errors.fields).length > 0 || errors.redirectUris.some(Boolean);
}
