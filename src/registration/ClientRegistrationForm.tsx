import { useEffect, useId, useRef, useState } from "react";
import { Message } from "../components/Message";
import { SubmitButton } from "../components/SubmitButton";
import { waitParams } from "../core/duration";
import { format } from "../i18n/format";
import { CredentialsView } from "./CredentialsView";
import { MetadataFields } from "./MetadataFields";
import { useRegistrationLocale } from "./labels";
import { focusFirstInvalid } from "./sections";
import { useClientRegistration, type UseClientRegistrationOptions } from "./useClientRegistration";

/** Props of {@link ClientRegistrationForm}. */
export interface ClientRegistrationFormProps extends UseClientRegistrationOptions {
  /** Extra class names on the root. Defaults to none. */
  className?: string;
  /** Force the light or dark palette. Defaults to the system preference. */
  theme?: "light" | "dark";
  /** Drop the `sk-root` class so the default theme does not apply. Defaults to `false`. */
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
 * Registers an OAuth client (RFC 7591): discovers the endpoint, edits the
 * metadata, posts once, and shows the client ID and secret once.
 *
 * @example
 * ```tsx
 * <ClientRegistrationForm issuer="https://auth.example.com" onRegistered={(info) => keep(info)} />
 * ```
 */
export function ClientRegistrationForm({
  className,
  theme,
  unstyled = false,
  locale,
  ...options
}: ClientRegistrationFormProps) {
  const localised = useRegistrationLocale(locale, options.messages);
  const reg = useClientRegistration({ ...options, ...localised.options });
  const m = reg.messages;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [copyStatus, setCopyStatus] = useState<string | undefined>();

  // After a failed submit, focus lands on the first invalid control.
  useEffect(() => {
    if (reg.failedAttempts === 0) return;
    focusFirstInvalid(formRef.current);
  }, [reg.failedAttempts]);

  let body;
  if (reg.state === "discovering") {
    body = (
      <div data-slot="loading" role="status">
        <span data-slot="loading-label">{m.discovering}</span>
      </div>
    );
  } else if (reg.state === "discovery-error") {
    body = (
      <div data-slot="load-error">
        <p data-slot="load-error-message">{m.discoveryFailed}</p>
        <button type="button" data-slot="retry" onClick={reg.retryDiscovery}>
          {m.retry}
        </button>
      </div>
    );
  } else if (reg.state === "registered" && reg.credentials) {
    const c = reg.credentials;
    body = (
      <CredentialsView
        title={m.registeredTitle}
        clientId={c.clientId}
        {...(c.clientSecret ? { clientSecret: c.clientSecret } : {})}
        {...(c.clientSecretExpiresAt !== undefined
          ? { clientSecretExpiresAt: c.clientSecretExpiresAt }
          : {})}
        messages={m}
        onStatus={setCopyStatus}
        onAcknowledge={reg.acknowledgeSecret}
        next={{ label: m.registerAnother, onClick: reg.registerAnother }}
        {...(locale ? { locale } : {})}
      />
    );
  } else {
    const submitting = reg.state === "submitting";
    body = (
      <form
        ref={formRef}
        data-slot="form"
        noValidate
        onSubmit={(e) => void reg.submit(e)}
        aria-busy={submitting}
      >
        <MetadataFields
          fields={reg.fields}
          messages={m}
          fieldProps={reg.fieldProps}
          redirectUris={reg.redirectUris}
          addRedirectUri={reg.addRedirectUri}
          choices={reg.choices}
          authMethods={reg.authMethods}
        />
        <SubmitButton
          label={submitting ? m.submitting : m.submit}
          submitting={submitting}
          retryAfter={reg.retryAfter}
          {...(reg.retryAfter > 0
            ? {
                countdownText: format(
                  m.rateLimited,
                  waitParams(reg.retryAfter, localised.options.locale),
                ),
              }
            : {})}
          countdownId={`${id}-countdown`}
        />
      </form>
    );
  }
  return (
    <div
      className={
        [unstyled ? undefined : "sk-root", className].filter(Boolean).join(" ") || undefined
      }
      data-slot="root"
      data-component="client-registration"
      data-state={reg.state}
      data-theme={theme}
      lang={localised.root?.lang}
      dir={localised.root?.dir}
    >
      {body}
      <Message
        status={reg.statusMessage ?? copyStatus}
        error={
          reg.state === "discovery-error" || reg.state === "registered" ? undefined : reg.formError
        }
      />
    </div>
  );
}
