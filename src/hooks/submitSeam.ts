// The submit seam of useSignupForm: checks that run before the POST (the age
// gate and the password screening each register one) and the note on the
// password field. Generic, and kept tiny (it is in the eager bundle): the
// screening itself (../screening/screener) is loaded with import() only when
// `passwordScreening` is set.
import { useEffect, useState, useSyncExternalStore } from "react";
import { useLatest } from "./useLatest";
import type { PasswordScreeningOptions } from "../screening/types";

/** A submit guard's answer: `ok: false` blocks the POST (the guard shows its own message). */
export interface GuardVerdict {
  ok: boolean;
  /** Reported in the `validation_failed` event (`"password"`, `"age"`). */
  name: string;
  /** Moves focus to what blocks submit, when it is the first problem. */
  focus?: () => void;
}

/** A check the form runs at submit time, before posting (screening, age gate). It must not throw (reject): fail open with `ok: true`. */
export type SubmitGuard = () => GuardVerdict | Promise<GuardVerdict>;

/** A note on the password field from the screening: a blocking error or a warning. */
export interface FieldNote {
  text: string;
  blocking: boolean;
}

/** What the lazy screener reads from the hook: the form (react-hook-form) and the view model. */
export interface SeamForm {
  getValues: (key: string) => unknown;
  setFocus: (key: string) => void;
}
export interface SeamViewModel {
  readonly current: { readonly fields: ReadonlyArray<{ key: string; name: string }> } | undefined;
}

export interface Seam {
  /** Register a check that runs at every submit; returns the unregister function. */
  addSubmitGuard: (guard: SubmitGuard) => () => void;
  /** Starts every guard; await it before posting. A guard must not throw. */
  runGuards: () => Promise<GuardVerdict[]>;
  /** The password changed: set by the lazy screener once loaded (call it with `?.`). */
  change?: ((value: string) => void) | undefined;
  /** Show (or clear) the note on the password field. */
  show: (note: FieldNote | undefined) => void;
  /** The note for the password field (`active` false: always undefined). A hook: call it in useField. */
  useNote: (active: boolean) => FieldNote | undefined;
}

function createSeam(): Seam {
  const guards = new Set<SubmitGuard>();
  const listeners = new Set<() => void>();
  let note: FieldNote | undefined;
  const subscribe = (listener: () => void) => (
    listeners.add(listener),
    () => void listeners.delete(listener)
  );
  const seam: Seam = {
    addSubmitGuard: (guard) => (guards.add(guard), () => void guards.delete(guard)),
    runGuards: () => Promise.all([...guards].map((guard) => guard())),
    show: (next) => {
      note = next;
      for (const listener of listeners) listener();
    },
    useNote: (active) =>
      // A hook: useField calls it on every render.
      useSyncExternalStore(
        subscribe,
        () => (active ? note : undefined),
        () => undefined,
      ),
  };
  return seam;
}

export function useSeam(
  screening: PasswordScreeningOptions | boolean | undefined,
  form: SeamForm,
  vm: SeamViewModel,
): Seam {
  const latest = useLatest(screening);
  const [seam] = useState(createSeam);
  const enabled = Boolean(screening);
  useEffect(() => {
    if (!enabled) return;
    // The chunk does not load: fail open, the server stays the authority.
    const loaded = import("../screening/screener").then(
      (module) => module.attach(seam, latest, form, vm),
      () => undefined,
    );
    // Registered at once, so a submit before the chunk arrives still waits for the check.
    const off = seam.addSubmitGuard(
      async () => (await loaded)?.guard() ?? { ok: true, name: "password" },
    );
    return () => {
      off();
      void loaded.then((screener) => screener?.dispose());
    };
  }, [enabled, seam, latest, form, vm]);
  return seam;
}
