// `useField`, the hook the markup calls once per field: plain props subscribed
// to that field's error only, so an error on one field re-renders that field.
import { useEffect, useMemo, useReducer } from "react";
import type { ChangeEvent, FocusEvent } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { NormalizedField } from "../contract/types";
import { fieldAttributes, fieldIds } from "../core/fieldInputProps";
import type { Seam } from "./submitSeam";
import type { FieldRenderProps } from "./types";

type InputElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The `useField` hook for one form: `baseId` prefixes every id, `confirmKey` is
 * the confirmPassword field's key (re-checked when the password changes).
 */
export function useFieldProps(
  form: UseFormReturn<Record<string, unknown>>,
  baseId: string,
  seam: Seam,
  confirmKey: string | undefined,
): (field: NormalizedField) => FieldRenderProps {
  return useMemo(
    () =>
      function useField(field: NormalizedField): FieldRenderProps {
        // form.subscribe + getFieldState instead of useFormState: the same per-field
        // subscription without pulling RHF's useFormState into the bundle.
        const [, rerender] = useReducer((count: number) => count + 1, 0);
        // A new view model brings a new form: subscribe to the current one.
        const subscribe = form.subscribe;
        useEffect(
          () =>
            subscribe({
              name: field.key,
              exact: true,
              formState: { errors: true },
              callback: rerender,
            }),
          [subscribe, field.key],
        );
        const message = form.getFieldState(field.key).error?.message;
        // The screening note shows when the schema has nothing to say.
        const note = seam.useNote(field.name === "password");
        const error = (typeof message === "string" && message) || note?.text || undefined;
        const confirm = field.name === "password" ? confirmKey : undefined;
        const registered = form.register(field.key, confirm ? { deps: confirm } : undefined);
        const ids = fieldIds(`${baseId}-${field.key}`);
        // RHF finds a field by `event.target.name`; the DOM name is the wire name (for
        // the no-JavaScript POST), so relay the event under the synthetic key.
        const relay = (event: ChangeEvent<InputElement> | FocusEvent<InputElement>) => ({
          type: event.type,
          target: {
            name: field.key,
            type: event.target.type,
            value: event.target.value,
            checked: (event.target as HTMLInputElement).checked,
          },
        });
        const props: FieldRenderProps = {
          field,
          inputProps: {
            ...fieldAttributes(field, ids.id, {
              message: error,
              // A `warn` note is shown and described, but the value is not invalid.
              invalid: Boolean(error) && (error !== note?.text || Boolean(note?.blocking)),
            }),
            ref: registered.ref,
            onChange: (event) => {
              if (field.name === "password") seam.change?.(event.target.value);
              void registered.onChange(relay(event));
            },
            onBlur: (event) => void registered.onBlur(relay(event)),
          },
          labelProps: { id: ids.labelId, htmlFor: ids.id },
          label: field.label,
          required: field.required,
          errorId: ids.errorId,
          descriptionId: ids.descriptionId,
        };
        if (error) props.error = error;
        if (field.description) props.description = field.description;
        return props;
      },
    [form, baseId, seam, confirmKey],
  );
}
