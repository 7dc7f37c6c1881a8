import type { MessageProps } from "./types";

/**
 * Form-level live regions: a polite status and an assertive error. Both
 * containers exist from the first render (screen readers only announce
 * changes inside regions they already know), only their text changes.
 */
export function Message({ status, error }: MessageProps) {
  return (
    <div data-slot="message">
      <div role="status" aria-live="polite" aria-atomic="true" data-slot="status">
        {status}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-slot="form-error">
        {error ? <p>{error}</p> : null}
      </div>
    </div>
  );
}
