// The screening behaviour behind `passwordScreening`: debounce, cancel on
// change, check again at submit, fail open. Loaded with import() by
// useSignupForm only when the option is set; the hook hands it a small host.
import { screeningMessages } from "./messages";
import { lookupPassword } from "./pwned";
import type { FieldNote, Seam, SeamForm, SeamViewModel, SubmitGuard } from "../hooks/submitSeam";
import type { PasswordScreeningOptions, ScreeningResult } from "./types";

/** Default ms of typing pause before a check. */
export const DEFAULT_SCREENING_DEBOUNCE = 600;

/** What the hook gives the screener. Getters, so options may change between renders. */
export interface ScreeningHost {
  options: () => PasswordScreeningOptions | boolean | undefined;
  /** The form's `fetch` option. */
  fetch?: () => typeof fetch | undefined;
  /** The current password value. */
  password: () => string;
  /** Show (or clear, with `undefined`) the note on the password field. */
  show: (note: FieldNote | undefined) => void;
  /** Focus the password field. */
  focus?: () => void;
}

export interface Screener {
  /** The password changed: clear the note, cancel the running check, schedule a new one. */
  change: (value: string) => void;
  /** The submit check: reuses a finished result for the same value, else looks it up now. */
  guard: SubmitGuard;
  dispose: () => void;
}

const resolve = (options: PasswordScreeningOptions | boolean | undefined) =>
  typeof options === "object" ? options : {};

export function createScreener(host: ScreeningHost): Screener {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  // The last value checked and its answer, kept in memory only (like the form state).
  let last: { value: string; result: Promise<ScreeningResult> } | undefined;
  let disposed = false;

  const show = (value: string, result: ScreeningResult) => {
    if (disposed || host.password() !== value) return;
    const options = resolve(host.options());
    if (result.status === "breached") {
      const warnOnly = options.mode === "warn";
      const messages = { ...screeningMessages, ...options.messages };
      host.show({
        text: warnOnly ? messages.breachedWarn : messages.breached,
        blocking: !warnOnly,
      });
    } else {
      host.show(undefined);
      // Not core/warn: importing an eager module from this lazy chunk would split
      // the eager bundle (esbuild's shared chunks). Same prefix, same production drop.
      if (result.status === "unavailable" && process.env.NODE_ENV !== "production")
        console.warn(
          `[signup-kit] Password screening is unavailable (${result.reason}); signup is not blocked and the server stays the authority.`,
        );
    }
  };

  const run = (value: string): Promise<ScreeningResult> => {
    if (last && last.value === value) return last.result;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const options = resolve(host.options());
    const result = lookupPassword(value, {
      endpoint: options.endpoint,
      timeout: options.timeout,
      signal: current.signal,
      fetch: options.fetch ?? host.fetch?.(),
    });
    const entry = { value, result };
    last = entry;
    result.then(
      (answer) => {
        // A failed lookup is not remembered: submit tries again.
        if (answer.status === "unavailable" && last === entry) last = undefined;
        show(value, answer);
      },
      () => {
        if (last === entry) last = undefined;
      },
    );
    return result;
  };

  return {
    change(value) {
      clearTimeout(timer);
      if (last && last.value !== value) {
        controller?.abort();
        last = undefined;
      }
      host.show(undefined);
      if (!value || disposed) return;
      const debounce = resolve(host.options()).debounce ?? DEFAULT_SCREENING_DEBOUNCE;
      timer = setTimeout(() => void run(value).catch(() => {}), debounce);
    },
    async guard() {
      const value = host.password();
      const verdict = { ok: true, name: "password", ...(host.focus ? { focus: host.focus } : {}) };
      if (!value || disposed) return verdict;
      clearTimeout(timer);
      let result: ScreeningResult;
      try {
        result = await run(value);
      } catch {
        // Cancelled by a change while submitting: the next submit checks again.
        return verdict;
      }
      show(value, result);
      const blocked =
        result.status === "breached" && resolve(host.options()).mode !== "warn" && !disposed;
      return { ...verdict, ok: !blocked };
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      controller?.abort();
      last = undefined;
    },
  };
}

/** Wires a screener to the hook's seam (called by seam.ts once this chunk loads). */
export function attach(
  seam: Seam,
  latest: { readonly current: PasswordScreeningOptions | boolean | undefined },
  form: SeamForm,
  vm: SeamViewModel,
): Screener {
  // The account password (not confirmPassword), by its synthetic form key.
  const key = () => vm.current?.fields.find((field) => field.name === "password")?.key;
  const screener = createScreener({
    options: () => latest.current,
    password: () => {
      const found = key();
      return found ? String(form.getValues(found) ?? "") : "";
    },
    focus: () => {
      const found = key();
      if (found) form.setFocus(found);
    },
    show: seam.show,
  });
  seam.change = screener.change;
  return {
    ...screener,
    dispose() {
      screener.dispose();
      if (seam.change === screener.change) seam.change = undefined;
      seam.show(undefined);
    },
  };
}
