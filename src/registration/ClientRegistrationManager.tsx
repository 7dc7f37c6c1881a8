import { useEffect, useId, useRef, useState } from "react";
import { Message } from "../components/Message";
import { format } from "../i18n/format";
import { CredentialsView } from "./CredentialsView";
import { MetadataFields } from "./MetadataFields";
import { useRegistrationLocale } from "./labels";
import { focusFirstInvalid } from "./sections";
import {
  useClientRegistrationManager,
  type UseClientRegistrationManagerOptions,
} from "./useClientRegistrationManager";

/** Props of {@link ClientRegistrationManager}. */
export interface ClientRegistrationManagerProps extends UseClientRegistrationManagerOptions {
  /** Extra class names on the root. Defaults to none. */
  className?: string;
  /** Force the light or dark palette. Defaults to the system preference. */
  theme?: "light" | "dark";
  /** Drop the `sk-root` class. Defaults to `false`. */
  unstyled?: boolean;
  /**
   * Locale of every string (loaded once, in a chunk of its own, for the
   * locales the kit ships; English until then and for other locales), of the
   * root's `lang` and `dir` (`rtl` for Arabic), and of the expiry date.
   * `messages` wins over the locale's strings. Defaults to English and the
   * browser's date format, with no `lang` or `dir` of its own.
   */
  locale?: string;
}

/**
 * Manages a registered client (RFC 7592): read, update the full metadata,
 * delete with confirmation.
 *
 * @example
 * ```tsx
 * <ClientRegistrationManager registrationClientUri={info.registration_client_uri} registrationAccessToken={token} />
 * ```
 */
export function ClientRegistrationManager({
  className,
  theme,
  unstyled = false,
  locale,
  ...options
}: ClientRegistrationManagerProps) {
  const localised = useRegistrationLocale(locale, options.messages);
  const mgr = useClientRegistrationManager({ ...options, ...localised.options });
  const m = mgr.messages;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [copyStatus, setCopyStatus] = useState<string | undefined>();

  useEffect(() => {
    if (mgr.failedAttempts === 0) return;
    focusFirstInvalid(formRef.current);
  }, [mgr.failedAttempts]);
  useEffect(() => {
    if (mgr.state === "confirm-delete") cancelRef.current?.focus();
  }, [mgr.state]);

  const name = mgr.client?.client_name ?? mgr.client?.client_id ?? "";
  let body;
  if (mgr.state === "loading") {
    body = (
      <div data-slot="loading" role="status">
        <span data-slot="loading-label">{m.loading}</span>
      </div>
    );
  } else if (mgr.state === "load-error") {
    body = (
      <div data-slot="load-error">
        <p data-slot="load-error-message">{m.loadFailed}</p>
        <button type="button" data-slot="retry" onClick={mgr.reload}>
          {m.retry}
        </button>
      </div>
    );
  } else if (mgr.state === "unauthorized" || mgr.state === "forbidden" || mgr.state === "deleted") {
    body = null;
  } else {
    const saving = mgr.state === "saving";
    body = (
      <>
        <h2 id={`${id}-title`} data-slot="title">
          {m.managerTitle}
        </h2>
        {mgr.rotatedSecret ? (
          <>
            <p data-slot="secret-warning">
              <strong>{m.secretRotated}</strong>
            </p>
            <CredentialsView
              title={m.clientSecretLabel}
              clientSecret={mgr.rotatedSecret.secret}
              {...(mgr.rotatedSecret.expiresAt !== undefined
                ? { clientSecretExpiresAt: mgr.rotatedSecret.expiresAt }
                : {})}
              messages={m}
              onStatus={setCopyStatus}
              onAcknowledge={mgr.acknowledgeSecret}
              {...(locale ? { locale } : {})}
            />
          </>
        ) : null}
        <dl data-slot="credential-list">
          <dt data-slot="credential-label">{m.clientIdLabel}</dt>
          <dd data-slot="credential-row">
            <code data-slot="credential" dir="ltr">
              {mgr.client?.client_id}
            </code>
          </dd>
        </dl>
        <form
          ref={formRef}
          data-slot="form"
          noValidate
          aria-labelledby={`${id}-title`}
          onSubmit={(e) => void mgr.save(e)}
          aria-busy={saving}
        >
          <MetadataFields
            fields={mgr.fields}
            messages={m}
            fieldProps={mgr.fieldProps}
            redirectUris={mgr.redirectUris}
            addRedirectUri={mgr.addRedirectUri}
            choices={mgr.choices}
            authMethods={mgr.authMethods}
          />
          <div data-slot="submit-row">
            <button type="submit" data-slot="submit" aria-disabled={saving || undefined}>
              {saving ? m.saving : m.save}
            </button>
          </div>
        </form>
        {mgr.state === "confirm-delete" || mgr.state === "deleting" ? (
          <div data-slot="confirm-delete" role="group" aria-labelledby={`${id}-confirm`}>
            <p id={`${id}-confirm`}>{format(m.deleteConfirm, { name })}</p>
            <button
              type="button"
              data-slot="danger"
              onClick={() => void mgr.confirmDelete()}
              aria-disabled={mgr.state === "deleting" || undefined}
            >
              {mgr.state === "deleting" ? m.deleting : m.deleteConfirmButton}
            </button>
            <button type="button" ref={cancelRef} onClick={mgr.cancelDelete}>
              {m.cancel}
            </button>
          </div>
        ) : (
          <button type="button" data-slot="delete" onClick={mgr.requestDelete}>
            {m.deleteClient}
          </button>
        )}
      </>
    );
  }
  const error = mgr.state === "deleted" ? undefined : mgr.formError;
  return (
    <div
      className={
        [unstyled ? undefined : "sk-root", className].filter(Boolean).join(" ") || undefined
      }
      data-slot="root"
      data-component="client-registration-manager"
      data-state={mgr.state}
      data-theme={theme}
      lang={localised.root?.lang}
      dir={localised.root?.dir}
    >
      {mgr.state === "deleted" ? (
        <p data-slot="deleted" role="status">
          {m.deleted}
        </p>
      ) : null}
      {body}
      <Message status={mgr.statusMessage ?? copyStatus} error={error} />
    </div>
  );
}
