// Headless RFC 7592 management: read (GET), full update (PUT), delete (DELETE)
// with a confirmation step; 401/403 handled; a rotated secret shown once.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FormEvent } from "react";
import { deleteClient, readClient, updateClient, type RegistrationFailure } from "./client";
import { buildUpdateBody, draftFrom } from "./draft";
import { resolveRegistrationMessages, type RegistrationMessages } from "./messages";
import {
  EDITABLE_FIELDS,
  GRANT_TYPES,
  RESPONSE_TYPES,
  TOKEN_ENDPOINT_AUTH_METHODS,
  type ClientInformation,
  type EditableField,
} from "./metadata";
import { failureMessage, placeFailure } from "./useClientRegistration";
import { useMetadataDraft } from "./useMetadataDraft";

/** Options of {@link useClientRegistrationManager} and `<ClientRegistrationManager>`. */
export interface UseClientRegistrationManagerOptions {
  /** `registration_client_uri` from the registration response. */
  registrationClientUri: string;
  /** `registration_access_token` from the registration response. */
  registrationAccessToken: string;
  /** Fields shown. Defaults to every editable member. */
  fields?: readonly EditableField[];
  /** Fields that must not be empty. Defaults to `["client_name", "redirect_uris"]`. */
  required?: readonly EditableField[];
  /** Called with each successful update's client information. */
  onUpdated?: (info: ClientInformation) => void;
  /** Called after the registration was deleted. */
  onDeleted?: () => void;
  /** Called when the server answers 401 or 403: the token no longer works. */
  onAccessDenied?: (status: 401 | 403) => void;
  /** String overrides. Defaults to English. */
  messages?: Partial<RegistrationMessages>;
  /** A custom fetch. Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Timeout per request in ms. Defaults to 15000. */
  timeout?: number;
}

/** Where management is. */
export type ClientRegistrationManagerState =
  | "loading"
  | "load-error"
  | "ready"
  | "saving"
  | "confirm-delete"
  | "deleting"
  | "deleted"
  | "unauthorized"
  | "forbidden";

/** RFC 7592 management without markup. */
export function useClientRegistrationManager(options: UseClientRegistrationManagerOptions) {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const messages = useMemo(() => resolveRegistrationMessages(options.messages), [options.messages]);
  const shown = useMemo(() => options.fields ?? EDITABLE_FIELDS, [options.fields]);
  const required = useMemo(
    () => options.required ?? (["client_name", "redirect_uris"] as const),
    [options.required],
  );
  const [client, setClient] = useState<ClientInformation | undefined>();
  const noDefaults = useMemo(() => ({}), []);
  // Fields the manager does not show keep the values read (RFC 7592 §2.2 replaces
  // the whole registration: a hidden member sent with a default would be overwritten).
  const draft = useMetadataDraft({ shown, required, defaults: client ?? noDefaults, messages });
  const [state, setState] = useState<ClientRegistrationManagerState>("loading");
  const [formError, setFormError] = useState<string | undefined>();
  const [statusMessage, setStatusMessage] = useState<string | undefined>();
  const [rotated, setRotated] = useState<{ secret: string; expiresAt?: number } | undefined>();
  const [loadCount, setLoadCount] = useState(0);
  const busy = useRef(false);
  const { setDraft } = draft;

  const request = () => {
    const o = optionsRef.current;
    return { ...(o.fetch ? { fetch: o.fetch } : {}), ...(o.timeout ? { timeout: o.timeout } : {}) };
  };

  const denied = useCallback(
    (failure: RegistrationFailure): boolean => {
      if (failure.kind !== "unauthorized" && failure.kind !== "forbidden") return false;
      setState(failure.kind);
      setFormError(failureMessage(failure, messages, "manage"));
      optionsRef.current.onAccessDenied?.(failure.status);
      return true;
    },
    [messages],
  );

  useEffect(() => {
    const controller = new AbortController();
    const o = optionsRef.current;
    setState("loading");
    readClient(o.registrationClientUri, o.registrationAccessToken, {
      signal: controller.signal,
      ...(o.fetch ? { fetch: o.fetch } : {}),
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (result.ok) {
          setClient(result.value);
          setDraft(draftFrom(result.value));
          setFormError(undefined);
          setState("ready");
        } else if (!denied(result.failure)) {
          setFormError(failureMessage(result.failure, messages, "manage"));
          setState("load-error");
        }
      },
      () => {},
    );
    return () => controller.abort();
  }, [
    options.registrationClientUri,
    options.registrationAccessToken,
    loadCount,
    denied,
    messages,
    setDraft,
  ]);

  const save = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      if (busy.current || !client) return;
      setFormError(undefined);
      setStatusMessage(undefined);
      const metadata = draft.validate();
      if (!metadata) return;
      busy.current = true;
      setState("saving");
      const o = optionsRef.current;
      const result = await updateClient(
        o.registrationClientUri,
        o.registrationAccessToken,
        buildUpdateBody(client, metadata),
        request(),
      );
      busy.current = false;
      if (result.ok) {
        const info = result.value;
        const { client_secret: secret, ...rest } = info;
        setClient(rest);
        setDraft(draftFrom(info));
        if (secret)
          setRotated({
            secret,
            ...(info.client_secret_expires_at !== undefined
              ? { expiresAt: info.client_secret_expires_at }
              : {}),
          });
        setState("ready");
        setStatusMessage(messages.saved);
        try {
          o.onUpdated?.(info);
        } catch {
          // The app's callback must not hide a rotated secret.
        }
        return;
      }
      if (denied(result.failure)) return;
      setState("ready");
      const placed = placeFailure(result.failure, messages, shown, "manage");
      if (placed.errors) {
        draft.setErrors(placed.errors);
        draft.setFailedAttempts((n) => n + 1);
      }
      if (placed.formError) setFormError(placed.formError);
    },
    [client, draft, messages, shown, denied, setDraft],
  );

  const confirmDelete = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setState("deleting");
    const o = optionsRef.current;
    const result = await deleteClient(
      o.registrationClientUri,
      o.registrationAccessToken,
      request(),
    );
    busy.current = false;
    if (result.ok) {
      setState("deleted");
      setRotated(undefined);
      setStatusMessage(undefined);
      o.onDeleted?.();
      return;
    }
    if (denied(result.failure)) return;
    setState("ready");
    setFormError(failureMessage(result.failure, messages, "manage"));
  }, [denied, messages]);

  return {
    state,
    client,
    messages,
    fields: shown,
    formError,
    statusMessage,
    /** A new client secret from the last update; shown once. */
    rotatedSecret: rotated,
    acknowledgeSecret: () => setRotated(undefined),
    save,
    requestDelete: () => setState("confirm-delete"),
    cancelDelete: () => setState("ready"),
    confirmDelete,
    reload: () => setLoadCount((n) => n + 1),
    fieldProps: draft.fieldProps,
    redirectUris: draft.redirectUris,
    addRedirectUri: draft.addRedirectUri,
    choices: (field: "grant_types" | "response_types") =>
      draft.choices(field, field === "grant_types" ? GRANT_TYPES : RESPONSE_TYPES),
    authMethods: TOKEN_ENDPOINT_AUTH_METHODS,
    failedAttempts: draft.failedAttempts,
  };
}

/** What {@link useClientRegistrationManager} returns. */
export type UseClientRegistrationManagerReturn = ReturnType<typeof useClientRegistrationManager>;
