import { useEffect, useId, useRef, useState } from "react";
import { format } from "../i18n/format";
import type { RegistrationMessages } from "./messages";

/** Props of {@link CredentialsView}. */
export interface CredentialsViewProps {
  title: string;
  clientId?: string;
  /** Shown once; drop it with `onAcknowledge`. */
  clientSecret?: string;
  /** Seconds since the epoch; 0 = never. */
  clientSecretExpiresAt?: number;
  messages: RegistrationMessages;
  /** Status text for the live region ("Copied…"). */
  onStatus: (text: string) => void;
  onAcknowledge: () => void;
  /** The button after the secret was saved. Defaults to none. */
  next?: { label: string; onClick: () => void };
  /** BCP 47 locale for the expiry date. Defaults to the browser's. */
  locale?: string;
}

function Copyable({
  label,
  value,
  messages,
  onStatus,
}: {
  label: string;
  value: string;
  messages: RegistrationMessages;
  onStatus: (text: string) => void;
}) {
  return (
    <>
      <dt data-slot="credential-label">{label}</dt>
      <dd data-slot="credential-row">
        <code data-slot="credential" dir="ltr">
          {value}
        </code>
        <button
          type="button"
          data-slot="copy"
          aria-label={format(messages.copyLabel, { label })}
          onClick={() => {
            const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
            if (!clipboard) {
              onStatus(messages.copyFailed);
              return;
            }
            clipboard.writeText(value).then(
              () => onStatus(messages.copied),
              () => onStatus(messages.copyFailed),
            );
          }}
        >
          {messages.copy}
        </button>
      </dd>
    </>
  );
}

/**
 * The client ID and, once, the client secret, with copy buttons, the
 * "shown only once" warning and the expiry. Takes focus when it appears.
 */
export function CredentialsView({
  title,
  clientId,
  clientSecret,
  clientSecretExpiresAt,
  messages,
  onStatus,
  onAcknowledge,
  next,
  locale,
}: CredentialsViewProps) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const [shownSecret] = useState(Boolean(clientSecret));
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const expiry =
    clientSecretExpiresAt === undefined
      ? undefined
      : clientSecretExpiresAt === 0
        ? messages.secretNeverExpires
        : format(messages.secretExpires, {
            date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(
              new Date(clientSecretExpiresAt * 1000),
            ),
          });
  return (
    <section data-slot="credentials" aria-labelledby={`${id}-title`} tabIndex={-1} ref={ref}>
      <h2 id={`${id}-title`} data-slot="success-title">
        {title}
      </h2>
      <dl data-slot="credential-list">
        {clientId ? (
          <Copyable
            label={messages.clientIdLabel}
            value={clientId}
            messages={messages}
            onStatus={onStatus}
          />
        ) : null}
        {clientSecret ? (
          <Copyable
            label={messages.clientSecretLabel}
            value={clientSecret}
            messages={messages}
            onStatus={onStatus}
          />
        ) : null}
      </dl>
      {clientSecret ? (
        <>
          <p data-slot="secret-warning">
            <strong>{messages.secretOnceWarning}</strong>
          </p>
          {expiry ? <p data-slot="secret-expiry">{expiry}</p> : null}
          <button type="button" data-slot="acknowledge" onClick={onAcknowledge}>
            {messages.secretSaved}
          </button>
        </>
      ) : (
        <>
          {shownSecret && expiry ? <p data-slot="secret-expiry">{expiry}</p> : null}
          {next ? (
            <button type="button" data-slot="next" onClick={next.onClick}>
              {next.label}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
