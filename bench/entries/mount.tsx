// Mounts one form the same way for every entry. `?fields=N` picks the view
// model the bench server sends (4, 50 or 200 fields).
import { Profiler } from "react";
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";

export function benchEndpoint(): string {
  const fields = new URLSearchParams(location.search).get("fields") ?? "4";
  return `/vm/${encodeURIComponent(fields)}/register`;
}

export function mount(element: ReactElement): void {
  const root = createRoot(document.getElementById("root")!);
  if (__BENCH_PROFILE__) {
    // Counts commits of the whole tree; the runner resets the count before typing.
    const onRender = () => {
      const bench = (window.__bench ??= { commits: 0 });
      bench.commits += 1;
    };
    root.render(
      <Profiler id="form" onRender={onRender}>
        {element}
      </Profiler>,
    );
  } else {
    root.render(element);
  }
}
