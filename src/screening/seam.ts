// The eager seam of issue 12 inside useSignupForm: submit guards (the age gate
// and the screening register one) and the screening note on the password
// field. Kept tiny: the screening itself (./screener) is loaded with import()
// only when `passwordScreening` is set.
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import type { FieldNote, GuardVerdict, PasswordScreeningOptions, SubmitGuard } from "./types";

export interface Seam {
  /** Register a check that runs at every submit; returns the unregister function. */
  addSubmitGuard: (guard: SubmitGuard) => () => void;
  /** Starts every guard; await it before posting. */
  runGuards: () => Promise<GuardVerdict[]>;
  /** The password changed (screening debounces, cancels, checks). */
  passwordChanged: (value: string) => void;
  /** The screening note for the password field (`active` false: always undefined). A hook. */
  useNote: (active: boolean) => FieldNote | undefined;
}

/**
 * @param screening the `passwordScreening` option
 * @param password  the current password value
 * @param focus     focus the password field
 */
export function useSeam(
  screening: PasswordScreeningOptions | boolean | undefined,
  password: () => string,
  focus: () => void,
): Seam {
  const latest = useRef({ screening, password, focus });
  latest.current = { screening, password, focus };
  const state = useRef({
    guards: new Set<SubmitGuard>(),
    listeners: new Set<() => void>(),
    note: undefined as FieldNote | undefined,
    change: undefined as ((value: string) => void) | undefined,
  });

  const seam = useMemo(() => {
    const s = state.current;
    const subscribe = (listener: () => void) => {
      s.listeners.add(listener);
      return () => void s.listeners.delete(listener);
    };
    return {
      addSubmitGuard: (guard: SubmitGuard) => {
        s.guards.add(guard);
        return () => void s.guards.delete(guard);
      },
      // A guard that throws does not block signup (fail open).
      runGuards: () =>
        Promise.all(
          [...s.guards].map((guard) =>
            Promise.resolve()
              .then(guard)
              .catch(() => ({ ok: true, name: "guard" })),
          ),
        ),
      passwordChanged: (value: string) => s.change?.(value),
      show: (note: FieldNote | undefined) => {
        s.note = note;
        for (const listener of s.listeners) listener();
      },
      useNote: (active: boolean) =>
        // eslint-disable-next-line react-hooks/rules-of-hooks -- called as a hook by useField
        useSyncExternalStore(
          subscribe,
          () => (active ? s.note : undefined),
          () => undefined,
        ),
    };
  }, []);

  const enabled = Boolean(screening);
  useEffect(() => {
    if (!enabled) return;
    const s = state.current;
    const loaded = import("./screener").then(
      ({ createScreener }) =>
        createScreener({
          options: () => latest.current.screening,
          password: () => latest.current.password(),
          focus: () => latest.current.focus(),
          show: seam.show,
        }),
      // The chunk did not load: fail open, the server stays the authority.
      () => undefined,
    );
    void loaded.then((created) => {
      s.change = created?.change;
    });
    // Registered at once, so a submit before the chunk arrives still waits for the check.
    const off = seam.addSubmitGuard(async () =>
      (await loaded)?.guard() ?? { ok: true, name: "password" },
    );
    return () => {
      off();
      s.change = undefined;
      void loaded.then((created) => created?.dispose());
      seam.show(undefined);
    };
  }, [enabled, seam]);

  return seam;
}
