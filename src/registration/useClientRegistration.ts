// Headless RFC 7591 registration: endpoint discovery, the metadata draft,
// one POST, server errors mapped to fields, the credentials shown once.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FormEvent } from "react";
import { waitParams } from "../core/duration";
import { format } from "../i18n/format";
import {
  discoverServerMetadata,
  registerClient,
  type RegistrationFailure,
  type RegistrationServerMetadata,
} from "./client";
import { draftFrom, type DraftErrors } from "./draft";
import { resolveRegistrationMessages, type RegistrationMessages } from "./messages";
import {
  EDITABLE_FIELDS,
  GRANT_TYPES,
  KNOWN_RESPONSE_TYPES,
  RESPONSE_TYPES,
  TOKEN_ENDPOINT_AUTH_METHODS,
  narrowToSupported,
  normaliseResponseType,
  type ClientInformation,
  type ClientMetadata,
  type EditableField,
} from "../contract/clientMetadata";
import { useMetadataDraft } from "./useMetadataDraft";
import { useLatest } from "../hooks/useLatest";

/** Options of {@link useClientRegistration} and `<ClientRegistrationForm>`. */
export interface UseClientRegistrationOptions {
  /** The RFC 7591 registration endpoint. Give this or `issuer`. */
  registrationEndpoint?: string;
  /** An issuer URL: `registration_endpoint` is discovered from its metadata (RFC 8414, then OIDC Discovery). Ignored when `registrationEndpoint` is set. */
  issuer?: string;
  /** Initial access token for protected registration, sent as `Authorization: Bearer`. Defaults to none. */
  initialAccessToken?: string;
  /** The fields shown, in order. Defaults to every editable member. */
  fields?: readonly EditableField[];
  /** Fields that must not be empty. Defaults to `["client_name", "redirect_uris"]`. */
  required?: readonly EditableField[];
  /** Starting values; hidden fields are sent with these. Defaults to the RFC 7591 defaults. */
  defaults?: ClientMetadata;
  /**
   * Grant types offered, narrowed to the server's `grant_types_supported`
   * when its metadata lists them. Defaults to every grant type the kit knows.
   */
  grantTypes?: readonly string[];
  /**
   * Response types offered, narrowed to the server's `response_types_supported`
   * when its metadata lists them. Defaults to the server's list (the values
   * the kit knows: `code`, `token`, `id_token`, `id_token token`,
   * `code id_token`, `code token`, `code id_token token`, `none`), or to
   * `code` and `token` (RFC 7591) when the server does not say.
   */
  responseTypes?: readonly string[];
  /**
   * Authentication methods offered, narrowed to the server's
   * `token_endpoint_auth_methods_supported` when its metadata lists them.
   * Defaults to `client_secret_basic`, `client_secret_post`, `none`.
   */
  authMethods?: readonly string[];
  /**
   * Called once with the full client information response, including
   * `registration_access_token` and `registration_client_uri`. The kit keeps
   * neither in any storage; keeping them is the app's decision.
   */
  onRegistered?: (info: ClientInformation) => void;
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

/** Where the flow is. */
export type ClientRegistrationState =
  "discovering" | "discovery-error" | "ready" | "submitting" | "registered";

/** What the person sees once: the client's credentials. */
export interface IssuedCredentials {
  clientId: string;
  /** Present until the hook's `acknowledgeSecret()` drops it. */
  clientSecret?: string;
  /** Seconds since the epoch; 0 = never; undefined when no secret was issued. */
  clientSecretExpiresAt?: number;
}

/** The person-facing text of a failure. */
export function failureMessage(
  failure: RegistrationFailure,
  messages: RegistrationMessages,
  phase: "register" | "manage",
  locale?: string,
): string {
  switch (failure.kind) {
    case "oauth": {
      const known = (
        [
          "invalid_redirect_uri",
          "invalid_client_metadata",
          "invalid_software_statement",
          "unapproved_software_statement",
        ] as const
      ).find((code) => code === failure.error);
      const message = known ? messages[known] : messages.invalid_client_metadata;
      return failure.description
        ? format(messages.serverSaid, { message, detail: failure.description })
        : message;
    }
    case "unauthorized":
      return phase === "register" ? messages.initialTokenInvalid : messages.managementUnauthorized;
    case "forbidden":
      return messages.managementForbidden;
    case "rate-limited":
      return format(messages.rateLimited, waitParams(failure.retryAfter, locale));
    case "server":
      return messages.serverError;
    case "network":
      if (phase === "manage") return messages.networkFailed;
      if (failure.sent === false)
        return failure.reachable ? messages.networkBlocked : messages.networkNotSent;
      return messages.networkUncertain;
    case "unexpected":
      return messages.unexpectedResponse;
  }
}

/** The grant types, response types and authentication methods to offer. */
export function offeredChoices(
  app: {
    grantTypes?: readonly string[] | undefined;
    responseTypes?: readonly string[] | undefined;
    authMethods?: readonly string[] | undefined;
  },
  server: Partial<RegistrationServerMetadata> | undefined,
): { grantTypes: string[]; responseTypes: string[]; authMethods: string[] } {
  const declared = (list: readonly string[] | undefined) =>
    list && list.length > 0 ? list : undefined;
  const serverResponses = declared(server?.response_types_supported);
  return {
    grantTypes: narrowToSupported(app.grantTypes ?? GRANT_TYPES, server?.grant_types_supported),
    responseTypes: narrowToSupported(
      app.responseTypes ?? (serverResponses ? KNOWN_RESPONSE_TYPES : RESPONSE_TYPES),
      serverResponses,
      normaliseResponseType,
    ),
    authMethods: narrowToSupported(
      app.authMethods ?? TOKEN_ENDPOINT_AUTH_METHODS,
      server?.token_endpoint_auth_methods_supported,
    ),
  };
}

/** Puts a server error on its field when the field is shown; else returns the form-level text. */
export function placeFailure(
  failure: RegistrationFailure,
  messages: RegistrationMessages,
  shown: readonly EditableField[],
  phase: "register" | "manage",
  locale?: string,
): { errors?: DraftErrors; formError?: string } {
  const text = failureMessage(failure, messages, phase, locale);
  if (failure.kind === "oauth" && failure.field && shown.includes(failure.field)) {
    if (failure.field === "redirect_uris" && failure.index !== undefined) {
      const redirectUris: Array<string | undefined> = [];
      redirectUris[failure.index] = text;
      return { errors: { fields: {}, redirectUris } };
    }
    return { errors: { fields: { [failure.field]: text }, redirectUris: [] } };
  }
  return { formError: text };
}

/**
 * OAuth 2.0 dynamic client registration without markup. `<ClientRegistrationForm>`
 * is built on it.
 * @example
 * const reg = useClientRegistration({ issuer: "https://auth.example.com", onRegistered: save });
 * if (reg.state === "registered") return <p>{reg.credentials?.clientId}</p>;
 * return <form onSubmit={reg.submit}>…</form>;
 */
export function useClientRegistration(options: UseClientRegistrationOptions = {}) {
  const optionsRef = useLatest(options);
  const messages = useMemo(() => resolveRegistrationMessages(options.messages), [options.messages]);
  const shown = useMemo(() => options.fields ?? EDITABLE_FIELDS, [options.fields]);
  const required = useMemo(
    () => options.required ?? (["client_name", "redirect_uris"] as const),
    [options.required],
  );
  const defaults = useMemo(() => options.defaults ?? {}, [options.defaults]);
  const draft = useMetadataDraft({ shown, required, defaults, messages });

  const [endpoint, setEndpoint] = useState<string | undefined>(options.registrationEndpoint);
  const [serverMetadata, setServerMetadata] = useState<RegistrationServerMetadata | undefined>();
  const [state, setState] = useState<ClientRegistrationState>(
    options.registrationEndpoint ? "ready" : "discovering",
  );
  const [formError, setFormError] = useState<string | undefined>();
  const [statusMessage, setStatusMessage] = useState<string | undefined>();
  const [credentials, setCredentials] = useState<IssuedCredentials | undefined>();
  const [retryAfter, setRetryAfter] = useState(0);
  const [discoveryCount, setDiscoveryCount] = useState(0);
  const inFlight = useRef(false);

  useEffect(() => {
    const o = optionsRef.current;
    if (o.registrationEndpoint) {
      setEndpoint(o.registrationEndpoint);
      setState((s) => (s === "discovering" || s === "discovery-error" ? "ready" : s));
      return;
    }
    if (!o.issuer) {
      setState("discovery-error");
      setFormError(messages.discoveryFailed);
      return;
    }
    const controller = new AbortController();
    setState("discovering");
    setFormError(undefined);
    discoverServerMetadata(o.issuer, {
      signal: controller.signal,
      ...(o.fetch ? { fetch: o.fetch } : {}),
      ...(o.timeout ? { timeout: o.timeout } : {}),
    }).then(
      (result) => {
        if (controller.signal.aborted) return;
        if (result.ok) {
          setEndpoint(result.value.registration_endpoint);
          setServerMetadata(result.value);
          setState("ready");
        } else {
          setState("discovery-error");
          setFormError(messages.discoveryFailed);
        }
      },
      () => {},
    );
    return () => controller.abort();
  }, [options.registrationEndpoint, options.issuer, discoveryCount, messages, optionsRef]);

  const offered = useMemo(
    () =>
      offeredChoices(
        {
          grantTypes: options.grantTypes,
          responseTypes: options.responseTypes,
          authMethods: options.authMethods,
        },
        options.registrationEndpoint ? undefined : serverMetadata,
      ),
    [
      options.grantTypes,
      options.responseTypes,
      options.authMethods,
      options.registrationEndpoint,
      serverMetadata,
    ],
  );

  useEffect(() => {
    if (retryAfter <= 0) return;
    const timer = setTimeout(() => setRetryAfter((s) => Math.max(0, s - 1)), 1000);
    return () => clearTimeout(timer);
  }, [retryAfter]);

  const submit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      // Exactly one POST: registration is not idempotent.
      if (inFlight.current || !endpoint || retryAfter > 0) return;
      setFormError(undefined);
      const metadata = draft.validate();
      if (!metadata) return;
      inFlight.current = true;
      setState("submitting");
      setStatusMessage(messages.submitting);
      const o = optionsRef.current;
      const result = await registerClient(
        endpoint,
        metadata as Record<string, unknown>,
        o.initialAccessToken,
        { ...(o.fetch ? { fetch: o.fetch } : {}), ...(o.timeout ? { timeout: o.timeout } : {}) },
      );
      inFlight.current = false;
      setStatusMessage(undefined);
      if (result.ok) {
        const info = result.value;
        setCredentials({
          clientId: info.client_id,
          ...(info.client_secret ? { clientSecret: info.client_secret } : {}),
          ...(info.client_secret_expires_at !== undefined
            ? { clientSecretExpiresAt: info.client_secret_expires_at }
            : {}),
        });
        setState("registered");
        try {
          o.onRegistered?.(info);
        } catch {
          // The app's callback must not hide the credentials from the person.
        }
        return;
      }
      setState("ready");
      const failure = result.failure;
      if (failure.kind === "rate-limited") setRetryAfter(failure.retryAfter);
      const placed = placeFailure(failure, messages, shown, "register", o.locale);
      if (placed.errors) {
        draft.setErrors(placed.errors);
        draft.setFailedAttempts((n) => n + 1);
      }
      if (placed.formError) setFormError(placed.formError);
    },
    [endpoint, retryAfter, draft, messages, shown, optionsRef],
  );

  /** The person saved the secret: it leaves the page's memory. */
  const acknowledgeSecret = useCallback(() => {
    setCredentials((c) => (c ? { clientId: c.clientId } : c));
  }, []);

  /** Back to an empty form for another application. */
  const registerAnother = useCallback(() => {
    setCredentials(undefined);
    draft.setDraft(draftFrom(defaults));
    draft.setErrors({ fields: {}, redirectUris: [] });
    setState("ready");
  }, [draft, defaults]);

  return {
    state,
    endpoint,
    messages,
    fields: shown,
    formError,
    statusMessage,
    retryAfter,
    credentials,
    submit,
    acknowledgeSecret,
    registerAnother,
    retryDiscovery: () => setDiscoveryCount((n) => n + 1),
    fieldProps: draft.fieldProps,
    redirectUris: draft.redirectUris,
    addRedirectUri: draft.addRedirectUri,
    /** The server's metadata, when it was discovered from `issuer`. */
    serverMetadata,
    choices: (field: "grant_types" | "response_types") =>
      draft.choices(field, field === "grant_types" ? offered.grantTypes : offered.responseTypes),
    authMethods: draft.authMethods(offered.authMethods),
    /** Grows on each failed submit: focus the first invalid field then. */
    failedAttempts: draft.failedAttempts,
  };
}

/** What {@link useClientRegistration} returns. */
export type UseClientRegistrationReturn = ReturnType<typeof useClientRegistration>;
