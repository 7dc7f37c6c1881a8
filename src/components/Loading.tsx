import type { LoadingProps } from "./types";

/** A skeleton of the form while the view model loads; the text is the accessible status. */
export function Loading({ label }: LoadingProps) {
  return (
    <div data-slot="loading" role="status">
      <span data-slot="loading-label">{label}</span>
      <div data-slot="skeleton" aria-hidden="true">
        <div data-slot="skeleton-line" />
        <div data-slot="skeleton-line" />
        <div data-slot="skeleton-line" />
        <div data-slot="skeleton-button" />
      </div>
    </div>
  );
}
