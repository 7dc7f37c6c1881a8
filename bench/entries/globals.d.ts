/** `true` in the Profiler build (react-dom/profiling): wraps the form in <Profiler>. */
declare const __BENCH_PROFILE__: boolean;

interface Window {
  /** Filled by the page's timing script and by the Profiler. */
  __bench?: { commits: number; [key: string]: unknown };
}
