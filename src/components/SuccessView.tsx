import type { SuccessViewProps } from "./types";

/** Shown after a successful signup; one variant per account status. */
export function SuccessView({ variant, title, body }: SuccessViewProps) {
  return (
    <div data-slot="success-view" data-variant={variant}>
      <h2 data-slot="success-title">{title}</h2>
      <p data-slot="success-body">{body}</p>
    </div>
  );
}
