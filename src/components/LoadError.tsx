import type { LoadErrorProps } from "./types";

/** The view model could not be loaded: say so, and offer a real retry button. */
export function LoadError({ message, retryLabel, onRetry }: LoadErrorProps) {
  return (
    <div data-slot="load-error">
      <p data-slot="load-error-message">{message}</p>
      <button type="button" data-slot="retry" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
