import { useId, type ReactNode } from "react";
import { choiceLabel, type RegistrationMessages } from "./messages";
import type { EditableField } from "../contract/clientMetadata";
import { groupFields, type SectionName } from "./sections";
import type { ChoiceProps, RedirectUriEntry, RegistrationFieldProps } from "./useMetadataDraft";

/** What the field markup needs; both registration hooks provide it. */
export interface MetadataFieldsProps {
  fields: readonly EditableField[];
  messages: RegistrationMessages;
  fieldProps: (field: EditableField) => RegistrationFieldProps;
  redirectUris: RedirectUriEntry[];
  addRedirectUri: () => void;
  choices: (field: "grant_types" | "response_types") => ChoiceProps[];
  authMethods: readonly string[];
}

function Caption({
  label,
  required,
  marker,
}: {
  label: string;
  required: boolean;
  marker: string;
}) {
  return (
    <>
      {label}
      {required ? <span data-slot="required-marker"> {marker}</span> : null}
    </>
  );
}

function ErrorText({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p id={id} data-slot="field-error">
      {error}
    </p>
  ) : null;
}

const SECTION_TITLE: Readonly<Record<SectionName, keyof RegistrationMessages>> = {
  basics: "sectionBasics",
  redirects: "sectionRedirects",
  advanced: "sectionAdvanced",
};

/**
 * The metadata fields in sections (basics, redirects, advanced), each in the
 * order the app chose. The advanced section starts collapsed; after a failed
 * submit, `focusFirstInvalid` opens it when an error is inside. Markup only.
 */
export function MetadataFields(props: MetadataFieldsProps) {
  const id = useId();
  return (
    <>
      {groupFields(props.fields).map((section) => {
        const title = props.messages[SECTION_TITLE[section.name]];
        const fields = section.fields.map((field) => (
          <MetadataField key={field} {...props} field={field} />
        ));
        if (section.name === "advanced") {
          // No data-invalid here: the theme marks every control under [data-invalid] as invalid.
          return (
            <details key={section.name} data-slot="section" data-section={section.name}>
              <summary id={`${id}-${section.name}`} data-slot="section-toggle">
                {title}
              </summary>
              <div data-slot="section-body" role="group" aria-labelledby={`${id}-${section.name}`}>
                {fields}
              </div>
            </details>
          );
        }
        return (
          <fieldset key={section.name} data-slot="section" data-section={section.name}>
            <legend data-slot="section-title">{title}</legend>
            {fields}
          </fieldset>
        );
      })}
    </>
  );
}

function MetadataField({
  field,
  messages,
  fieldProps,
  redirectUris,
  addRedirectUri,
  choices,
  authMethods,
}: MetadataFieldsProps & { field: EditableField }) {
  const p = fieldProps(field);
  const state = {
    "data-slot": "field",
    "data-field": field,
    "data-invalid": p.error ? "" : undefined,
  };
  const help = p.description ? (
    <p id={p.descriptionId} data-slot="field-description">
      {p.description}
    </p>
  ) : null;
  const caption = (
    <Caption label={p.label} required={p.required} marker={messages.requiredMarker} />
  );

  if (field === "redirect_uris") {
    return (
      <fieldset {...state} aria-describedby={p.error ? p.errorId : undefined}>
        <legend data-slot="field-label">{caption}</legend>
        {help}
        <ul data-slot="uri-list">
          {redirectUris.map((entry) => (
            <li key={entry.index} data-slot="uri-row" data-invalid={entry.error ? "" : undefined}>
              <input {...entry.inputProps} data-slot="input" inputMode="url" autoComplete="off" />
              <button
                type="button"
                data-slot="uri-remove"
                aria-label={entry.removeLabel}
                onClick={entry.onRemove}
              >
                ×
              </button>
              <ErrorText id={entry.errorId} error={entry.error} />
            </li>
          ))}
        </ul>
        <button type="button" data-slot="uri-add" onClick={addRedirectUri}>
          {messages.addRedirectUri}
        </button>
        <ErrorText id={p.errorId} error={p.error} />
      </fieldset>
    );
  }
  if (field === "grant_types" || field === "response_types") {
    return (
      <fieldset {...state} aria-describedby={p.error ? p.errorId : undefined}>
        <legend data-slot="field-label">{caption}</legend>
        {choices(field).map((choice) => (
          <div key={choice.value} data-slot="checkbox">
            <input
              {...choice.inputProps}
              data-slot="checkbox-input"
              aria-invalid={Boolean(p.error)}
            />
            <label htmlFor={choice.inputProps.id}>
              {choice.identifierId ? choice.label : <code dir="ltr">{choice.value}</code>}
            </label>
            {choice.identifierId ? (
              <code id={choice.identifierId} data-slot="choice-identifier" dir="ltr">
                {choice.value}
              </code>
            ) : null}
          </div>
        ))}
        <ErrorText id={p.errorId} error={p.error} />
      </fieldset>
    );
  }
  let control: ReactNode;
  if (field === "token_endpoint_auth_method") {
    control = (
      <>
        <select {...p.controlProps} data-slot="select">
          {authMethods.map((method) => (
            <option key={method} value={method}>
              {choiceLabel(messages, field, method) ?? method}
            </option>
          ))}
        </select>
        {p.identifierId ? (
          <code id={p.identifierId} data-slot="choice-identifier" dir="ltr">
            {p.controlProps.value}
          </code>
        ) : null}
      </>
    );
  } else if (field === "contacts") {
    control = <textarea {...p.controlProps} data-slot="textarea" rows={2} />;
  } else {
    const isUrl = field !== "client_name" && field !== "scope";
    control = (
      <input
        {...p.controlProps}
        data-slot="input"
        type={isUrl ? "url" : "text"}
        autoComplete="off"
        spellCheck={false}
      />
    );
  }
  return (
    <div {...state}>
      <label htmlFor={p.controlProps.id} data-slot="field-label">
        {caption}
      </label>
      {help}
      {control}
      <ErrorText id={p.errorId} error={p.error} />
    </div>
  );
}
