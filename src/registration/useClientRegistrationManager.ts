// Headless RFC 7592 management: read (GET), full update (PUT), delete (DELETE)
// with a confirmation step; 401/403 handled; a rotated secret shown once; a
// rotated registration access token kept for every request that follows.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FormEvent } from "react";
import {
  deleteClient,
  discoverServerMetadata,
  readClient,
  updateClient,
  type RegistrationFailure,
  type RegistrationServerMetadata,
} from "./client";
import { buildUpdateBody, draftFrom } from "./draft";
import { resolveRegistrationMessages, type RegistrationMessages } from "./messages";
import {
  EDITABLE_FIELDS,
  type ClientInformation,
  type EditableField,
} from "../contract/clientMetadata";
import { failureMessage, offeredChoices, placeFailure } from "./useClientRegistration";
import { useMetadataDraft } from "./useMetadataDraft";
import { useLatest } from "../hooks/useLatest";

/** Options of {@link useClientRegistrationManager} and `<ClientRegistrationManager>`. */
export interface UseClientRegistrationManagerOptions {
  /** `registration_client_uri` from the registration response. */
  registrationClientUri: string;
  /**
   * `registration_access_token` from the registration response. When the
   * server rotates it (RFC 7592 §2.2), the manager keeps the new one for every
   * request that follows and calls `onRegistrationAccessTokenChange`; passing
   * that new token back here changes nothing. A different token reloads.
   */
  registrationAccessToken: string;
  /**
   * Called with the new registration access token whenever a response carries
   * one that differs from the token in use: the old one no longer works, so
   * store the new one where you kept the old (server side).
   */
  onRegistrationAccessTokenChange?: (token: string, info: ClientInformation) => void;
  /**
   * An issuer URL: its metadata (RFC 8414, then OIDC Discovery) narrows the
   * grant types, response types and authentication methods offered. Defaults
   * to none (no narrowing).
   */
  issuer?: string;
  /** Grant types offered. Defaults as for `<ClientRegistrationForm>`; values read are always shown. */
  grantTypes?: readonly string[];
  /** Response types offered. Defaults as for `<ClientRegistrationForm>`; values read are always shown. */
  responseTypes?: readonly string[];
  /** Authentication methods offered. Defaults as for `<ClientRegistrationForm>`. */
  authMethods?: readonly string[];
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
  /**
   * The language of the messages, for `{duration}` in `rateLimited` ("1 second",
   * "30 Sekunden"). Defaults to English.
   */
  locale?: string;
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

function secretOf(info: ClientInformation): { secret?: string; expiresAt?: number } {
  return {
    ...(info.client_secret !== undefined ? { secret: info.client_secret } : {}),
    ...(info.client_secret_expires_at !== undefined
      ? { expiresAt: info.client_secret_expires_at }
      : {}),
  };
}

/**
 * Whether an update response's `client_secret` is a new one. Some servers
 * (oidc-provider among them) repeat the unchanged secret in every response:
 * only a secret that differs from the one last seen, or a changed
 * `client_secret_expires_at`, is a rotation. When no secret was seen before
 * (the read did not include it), any secret returned is treated as new.
 */
export function isNewSecret(
  known: { secret?: string; expiresAt?: number },
  info: ClientInformation,
): boolean {
  if (info.client_secret === undefined) return false;
  if (known.secret === undefined) return true;
  return (
    info.client_secret !== known.secret ||
    (info.client_secret_expires_at !== undefined &&
      known.expiresAt !== undefined &&
      info.client_secret_expires_at !== known.expiresAt)
  );
}

/** RFC 7592 management without markup. */
export function useClientRegistrationManager(options: UseClientRegistrationManagerOptions) {
  const optionsRef = useLatest(options);
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
  // The metadata with the issuer it came from: another issuer's never applies.
  const [discovered, setDiscovered] = useState<{
    issuer: string;
    metadata: RegistrationServerMetadata;
  }>();
  const busy = useRef(false);
  const { setDraft } = draft;
  // The token in use: the app's, until the server hands out a new one.
  const token = useRef(options.registrationAccessToken);
  // The secret and expiry last seen, to tell a rotated secret from the same one repeated.
  const knownSecret = useRef<{ secret?: string; expiresAt?: number }>({});

  /** Takes a newer registration access token from a response (RFC 7592 §2.2, §3). */
  const adoptToken = useCallback(
    (info: ClientInformation) => {
      const next = info.registration_access_token;
      if (!next || next === token.current) return;
      token.current = next;
      try {
        optionsRef.current.onRegistrationAccessTokenChange?.(next, info);
      } catch {
        // The app's callback must not lose the token the manager now holds.
      }
    },
    [optionsRef],
  );

  // A token from the app that the manager does not hold (not the one it reported): start over with it.
  useEffect(() => {
    if (options.registrationAccessToken === token.current) return;
    token.current = options.registrationAccessToken;
    setLoadCount((n) => n + 1);
  }, [options.registrationAccessToken]);

  // Each read of the registration (another URI, a reload, a new token) starts
  // in "loading": state adjusted during render, not in the effect that reads.
  const readKey = `${options.registrationClientUri}\n${loadCount}`;
  const [reading, setReading] = useState(readKey);
  if (reading !== readKey) {
    setReading(readKey);
    setState("loading");
  }

  const { issuer } = options;
  const serverMetadata = issuer && discovered?.issuer === issuer ? discovered.metadata : undefined;
  useEffect(() => {
    if (!issuer) return;
    const controller = new AbortController();
    const o = optionsRef.current;
    // Best effort: without metadata, nothing is narrowed.
    discoverServerMetadata(issuer, {
      signal: controller.signal,
      ...(o.fetch ? { fetch: o.fetch } : {}),
    }).then(
      (result) => {
        if (!controller.signal.aborted && result.ok)
          setDiscovered({ issuer, metadata: result.value });
      },
      () => {},
    );
    return () => controller.abort();
  }, [issuer, optionsRef]);

  const offered = useMemo(
    () =>
      offeredChoices(
        {
          grantTypes: options.grantTypes,
          responseTypes: options.responseTypes,
          authMethods: options.authMethods,
        },
        serverMetadata,
      ),
    [options.grantTypes, options.responseTypes, options.authMethods, serverMetadata],
  );

  const request = useCallback(() => {
    const o = optionsRef.current;
    return { ...(o.fetch ? { fetch: o.fetch } : {}), ...(o.timeout ? { timeout: o.timeout } : {}) };
  }, [optionsRef]);

  const denied = useCallback(
    (failure: RegistrationFailure): boolean => {
      if (failure.kind !== "unauthorized" && failure.kind !== "forbidden") return false;
      setState(failure.kind);
      setFormError(failureMessage(failure, messages, "manage"));
      optionsRef.current.onAccessDenied?.(failure.status);
      return true;
    },
    [messages, optionsRef],
  );

  useEffect(() => {
    const controller = new AbortController();
    const o = optionsRef.current;
    readClient(o.registrationClientUri, token.current, {
      signal: controller.signal,
      ...(o.fetch ? { fetch: o.fetch } : {}),
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (result.ok) {
          adoptToken(result.value);
          knownSecret.current = secretOf(result.value);
          const { client_secret: _secret, ...rest } = result.value;
          setClient(rest);
          setDraft(draftFrom(result.value));
          setFormError(undefined);
          setState("ready");
        } else if (!denied(result.failure)) {
          setFormError(failureMessage(result.failure, messages, "manage", o.locale));
          setState("load-error");
        }
      },
      () => {},
    );
    return () => controller.abort();
  }, [
    options.registrationClientUri,
    loadCount,
    denied,
    messages,
    setDraft,
    adoptToken,
    optionsRef,
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
        token.current,
        buildUpdateBody(client, metadata),
        request(),
      );
      busy.current = false;
      if (result.ok) {
        const info = result.value;
        adoptToken(info);
        const { client_secret: secret, ...rest } = info;
        setClient(rest);
        setDraft(draftFrom(info));
        if (secret && isNewSecret(knownSecret.current, info))
          setRotated({
            secret,
            ...(info.client_secret_expires_at !== undefined
              ? { expiresAt: info.client_secret_expires_at }
              : {}),
          });
        if (secret) knownSecret.current = secretOf(info);
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
      const placed = placeFailure(result.failure, messages, shown, "manage", o.locale);
      if (placed.errors) {
        draft.setErrors(placed.errors);
        draft.setFailedAttempts((n) => n + 1);
      }
      if (placed.formError) setFormError(placed.formError);
    },
    [client, draft, messages, shown, denied, setDraft, adoptToken, optionsRef, request],
  );

  const confirmDelete = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setState("deleting");
    const o = optionsRef.current;
    const result = await deleteClient(o.registrationClientUri, token.current, request());
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
    setFormError(failureMessage(result.failure, messages, "manage", o.locale));
  }, [denied, messages, optionsRef, request]);

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
      draft.choices(field, field === "grant_types" ? offered.grantTypes : offered.responseTypes),
    authMethods: draft.authMethods(offered.authMethods),
    failedAttempts: draft.failedAttempts,
  };
}

/** What {@link useClientRegistrationManager} returns. */
export type UseClientRegistrationManagerReturn = ReturnType<typeof useClientRegistrationManager>;
