// The draft state both registration hooks share: values, list editing, checks,
// and the plain props the markup spreads (ids, aria wiring, error text).
import { useCallback, useId, useMemo, useState } from "react";
import type { ChangeEvent } from "react";
import {
  buildMetadata,
  draftFrom,
  hasErrors,
  validateDraft,
  type DraftErrors,
  type MetadataDraft,
} from "./draft";
import { choiceLabel, type RegistrationMessages } from "./messages";
import {
  normaliseResponseType,
  type ClientMetadata,
  type EditableField,
} from "../contract/clientMetadata";

/** The props of one text-like control (input, textarea, select). */
export interface ControlProps {
  id: string;
  name: string;
  value: string;
  required: boolean;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
  onChange: (
    event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
  ) => void;
}

/** Everything the markup needs to draw one field. */
export interface RegistrationFieldProps {
  field: EditableField;
  label: string;
  required: boolean;
  error?: string;
  errorId: string;
  description?: string;
  descriptionId: string;
  /** Id for the identifier shown under a select whose option text is words; set when it is. */
  identifierId?: string;
  /** For text, URL, textarea and select fields. */
  controlProps: ControlProps;
}

/** One entry of the redirect URI list. */
export interface RedirectUriEntry {
  index: number;
  inputProps: ControlProps & { "aria-label": string; type: "url" };
  error?: string;
  errorId: string;
  removeLabel: string;
  onRemove: () => void;
}

/** One choice of a checkbox group (grant or response types). */
export interface ChoiceProps {
  /** The RFC 7591 identifier, as sent. */
  value: string;
  /** Words for people; the identifier itself when the kit does not know it. */
  label: string;
  /** Id for the element showing the identifier under the label; set when `label` is not the identifier. */
  identifierId?: string;
  inputProps: {
    id: string;
    name: string;
    type: "checkbox";
    checked: boolean;
    "aria-describedby"?: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
}

const HELP: Partial<Record<EditableField, keyof RegistrationMessages>> = {
  redirect_uris: "redirectUrisHelp",
  contacts: "contactsHelp",
  scope: "scopeHelp",
};

function same(a: string, b: string, responseType: boolean): boolean {
  return responseType ? normaliseResponseType(a) === normaliseResponseType(b) : a === b;
}

function withSelected(
  offered: readonly string[],
  selected: readonly string[],
  responseType: boolean,
): string[] {
  const out = [...offered];
  for (const value of selected)
    if (value && !out.some((o) => same(o, value, responseType))) out.push(value);
  return out;
}

export interface DraftOptions {
  shown: readonly EditableField[];
  required: readonly EditableField[];
  defaults: ClientMetadata;
  messages: RegistrationMessages;
}

export function useMetadataDraft({ shown, required, defaults, messages }: DraftOptions) {
  const base = useId();
  const [draft, setDraft] = useState<MetadataDraft>(() => draftFrom(defaults));
  const [errors, setErrors] = useState<DraftErrors>({ fields: {}, redirectUris: [] });
  const [failedAttempts, setFailedAttempts] = useState(0);

  const idOf = useCallback((field: string) => `${base}-${field}`, [base]);

  const setField = useCallback(
    <K extends keyof MetadataDraft>(field: K, value: MetadataDraft[K]) => {
      setDraft((d) => ({ ...d, [field]: value }));
      // An edit clears that field's error; the next submit checks again.
      setErrors((e) => {
        if (!(field in e.fields) && field !== "redirect_uris") return e;
        const fields = { ...e.fields };
        delete fields[field as EditableField];
        return {
          fields,
          redirectUris: field === "redirect_uris" ? e.redirectUris : e.redirectUris,
        };
      });
    },
    [],
  );

  const setRedirectUri = useCallback((index: number, value: string) => {
    setDraft((d) => ({
      ...d,
      redirect_uris: d.redirect_uris.map((u, i) => (i === index ? value : u)),
    }));
    setErrors((e) => ({
      ...e,
      redirectUris: e.redirectUris.map((m, i) => (i === index ? undefined : m)),
    }));
  }, []);
  const addRedirectUri = useCallback(() => {
    setDraft((d) => ({ ...d, redirect_uris: [...d.redirect_uris, ""] }));
  }, []);
  const removeRedirectUri = useCallback((index: number) => {
    setDraft((d) => {
      const next = d.redirect_uris.filter((_, i) => i !== index);
      return { ...d, redirect_uris: next.length ? next : [""] };
    });
    setErrors((e) => ({ ...e, redirectUris: e.redirectUris.filter((_, i) => i !== index) }));
  }, []);
  const toggle = useCallback(
    (field: "grant_types" | "response_types", value: string, checked: boolean) => {
      setDraft((d) => ({
        ...d,
        [field]: checked ? [...new Set([...d[field], value])] : d[field].filter((v) => v !== value),
      }));
      // Consistency (§2.1) errors sit on either group: clear both.
      setErrors((e) => {
        const fields = { ...e.fields };
        delete fields.grant_types;
        delete fields.response_types;
        return { ...e, fields };
      });
    },
    [],
  );

  /** Checks the draft; returns the metadata to send, or undefined (errors set, focus requested). */
  const validate = useCallback((): ClientMetadata | undefined => {
    const metadata = buildMetadata(draft, shown, defaults);
    const found = validateDraft(metadata, draft, shown, required, messages);
    setErrors(found);
    if (hasErrors(found)) {
      setFailedAttempts((n) => n + 1);
      return undefined;
    }
    return metadata;
  }, [draft, shown, defaults, required, messages]);

  const fieldProps = useCallback(
    (field: EditableField): RegistrationFieldProps => {
      const error = errors.fields[field];
      const helpKey = HELP[field];
      const description = helpKey ? messages[helpKey] : undefined;
      const id = idOf(field);
      const errorId = `${id}-error`;
      const descriptionId = `${id}-description`;
      const raw = draft[field];
      // A select shows words; the identifier chosen is shown (and read) under it.
      const identifierId =
        field === "token_endpoint_auth_method" &&
        typeof raw === "string" &&
        choiceLabel(messages, field, raw)
          ? `${id}-identifier`
          : undefined;
      const describedBy = [
        description ? descriptionId : undefined,
        identifierId,
        error ? errorId : undefined,
      ]
        .filter(Boolean)
        .join(" ");
      return {
        field,
        label: messages[field],
        required: required.includes(field),
        ...(error ? { error } : {}),
        errorId,
        ...(description ? { description } : {}),
        descriptionId,
        ...(identifierId ? { identifierId } : {}),
        controlProps: {
          id,
          name: field,
          value: Array.isArray(raw) ? raw.join(" ") : raw,
          required: required.includes(field),
          "aria-invalid": Boolean(error),
          ...(describedBy ? { "aria-describedby": describedBy } : {}),
          onChange: (event) => {
            if (!Array.isArray(raw)) setField(field, event.target.value as never);
          },
        },
      };
    },
    [draft, errors, messages, required, idOf, setField],
  );

  const redirectUris = useMemo((): RedirectUriEntry[] => {
    const id = idOf("redirect_uris");
    // An error about the list as a whole (no entry named, or none entered) concerns
    // every entry: each is marked invalid and described by it, so focus can land on one.
    const listError = errors.fields.redirect_uris;
    return draft.redirect_uris.map((value, index) => {
      const error = errors.redirectUris[index];
      const errorId = `${id}-${index}-error`;
      const describedBy = [
        `${id}-description`,
        error ? errorId : undefined,
        listError ? `${id}-error` : undefined,
      ]
        .filter(Boolean)
        .join(" ");
      return {
        index,
        inputProps: {
          id: `${id}-${index}`,
          name: `redirect_uris.${index}`,
          type: "url" as const,
          value,
          required: index === 0 && required.includes("redirect_uris"),
          "aria-label": messages.redirectUriLabel.replace("{index}", String(index + 1)),
          "aria-invalid": Boolean(error ?? listError),
          "aria-describedby": describedBy,
          onChange: (event) => setRedirectUri(index, event.target.value),
        },
        ...(error ? { error } : {}),
        errorId,
        removeLabel: messages.removeRedirectUri.replace("{index}", String(index + 1)),
        onRemove: () => removeRedirectUri(index),
      };
    });
  }, [
    draft.redirect_uris,
    errors.redirectUris,
    errors.fields.redirect_uris,
    idOf,
    messages,
    required,
    setRedirectUri,
    removeRedirectUri,
  ]);

  // What is selected is always shown, even when not offered (a value read from the
  // server, or an app default): nothing is sent that the person cannot see and uncheck.
  const choices = useCallback(
    (field: "grant_types" | "response_types", offered: readonly string[]): ChoiceProps[] =>
      withSelected(offered, draft[field], field === "response_types").map((value, index) => {
        const id = `${idOf(field)}-${index}`;
        const label = choiceLabel(messages, field, value);
        return {
          value,
          label: label ?? value,
          ...(label ? { identifierId: `${id}-identifier` } : {}),
          inputProps: {
            id,
            name: field,
            type: "checkbox" as const,
            checked: draft[field].some((v) => same(v, value, field === "response_types")),
            ...(label ? { "aria-describedby": `${id}-identifier` } : {}),
            onChange: (event: ChangeEvent<HTMLInputElement>) =>
              toggle(
                field,
                draft[field].find((v) => same(v, value, field === "response_types")) ?? value,
                event.target.checked,
              ),
          },
        };
      }),
    [draft, idOf, toggle, messages],
  );

  /** The authentication methods to list: those offered, plus the one selected. */
  const authMethods = useCallback(
    (offered: readonly string[]): string[] =>
      withSelected(offered, [draft.token_endpoint_auth_method], false),
    [draft.token_endpoint_auth_method],
  );

  return {
    draft,
    setDraft,
    authMethods,
    errors,
    setErrors,
    failedAttempts,
    setFailedAttempts,
    setField,
    addRedirectUri,
    validate,
    fieldProps,
    redirectUris,
    choices,
  };
}
