// The view model: checked and normalised from `initialViewModel` (no GET, so
// SSR renders "ready"), or fetched, with a retry and a refetch when the
// browser comes back online.
import { useCallback, useEffect, useMemo, useState } from "react";
import { currentPage } from "../client/browser";
import { checkViewModel } from "../contract/schema";
import type { NormalizedViewModel, RegisterViewModel } from "../contract/types";
import { normalizeViewModel } from "../core/normalize";
import { warn } from "../core/warn";
import { withCatalogLabels } from "../i18n/fieldLabels";
import type { Messages } from "../i18n/types";
import type { Fetched } from "./loadFlow";
import { useLatest } from "./useLatest";
import type { SignupError, SignupEvent, UseSignupFormOptions } from "./types";

/**
 * The consent record's default body key: a root key, because express-stormpath
 * accepts a custom field only at the root (it moves it into customData itself).
 */
export const DEFAULT_CONSENT_FIELD = "consent";
/** The captcha token's default body key. */
export const DEFAULT_CAPTCHA_FIELD = "captchaToken";

export type Load =
  | { status: "loading" }
  | { status: "load-error"; error: SignupError }
  | { status: "ready"; vm: NormalizedViewModel };

// The network part loads on first use: a form given `initialViewModel` never fetches.
const loadFlow = () => import("./loadFlow");

function normalizeFor(vm: RegisterViewModel, options: UseSignupFormOptions): NormalizedViewModel {
  return normalizeViewModel(vm, {
    endpoint: options.endpoint,
    allowedHosts: options.allowedHosts,
    samlUrl: options.samlUrl,
    consentField: options.consent && (options.consent.field ?? DEFAULT_CONSENT_FIELD),
    captchaField: options.captcha && (options.captcha.field ?? DEFAULT_CAPTCHA_FIELD),
    page: currentPage(),
  });
}

const viewLoaded = (vm: NormalizedViewModel): SignupEvent => ({
  type: "view_loaded",
  fieldCount: vm.fields.length,
  accountStoreCount: vm.accountStores.length,
});

function initialLoad(options: UseSignupFormOptions, messages: Messages): Load {
  const vm = options.initialViewModel;
  if (!vm) return { status: "loading" };
  const checked = checkViewModel(vm);
  return checked.ok
    ? { status: "ready", vm: normalizeFor(checked.value, options) }
    : { status: "load-error", error: { kind: "load", message: messages.loadInvalid } };
}

export interface RegisterView {
  load: Load;
  /** The ready view model, labelled from the catalogue where the server sent no label. */
  vm?: NormalizedViewModel;
  /** `true` when the form started from `initialViewModel`. */
  hasInitial: boolean;
  reload: () => void;
}

/** Loads and holds the view model; `emit` reports `view_loaded` / `load_failed`. */
export function useRegisterView(
  options: UseSignupFormOptions,
  messages: Messages,
  emit: (event: SignupEvent) => void,
): RegisterView {
  const endpoint = options.endpoint ?? "/register";
  const latest = useLatest({ options, messages });
  const [initial] = useState(() => ({
    load: initialLoad(options, messages),
    hasInitial: Boolean(options.initialViewModel),
  }));
  const [load, setLoad] = useState<Load>(initial.load);
  // Every GET has a number; 0 is the first one (skipped with `initialViewModel`).
  const [request, setRequest] = useState({ endpoint, count: 0 });
  if (request.endpoint !== endpoint) {
    // A new endpoint: fetch its view model (state adjusted during render, not in an effect).
    setRequest({ endpoint, count: request.count + 1 });
    setLoad({ status: "loading" });
  }
  const reload = useCallback(() => {
    setLoad((previous) => (previous.status === "loading" ? previous : { status: "loading" }));
    setRequest((previous) => ({ ...previous, count: previous.count + 1 }));
  }, []);

  const { count } = request;
  useEffect(() => {
    if (count === 0 && initial.hasInitial) return;
    const controller = new AbortController();
    const o = latest.current.options;
    const done = (fetched: Fetched) => {
      if (controller.signal.aborted) return;
      if (fetched.ok) {
        const normalized = normalizeFor(fetched.vm, latest.current.options);
        setLoad({ status: "ready", vm: normalized });
        emit(viewLoaded(normalized));
        return;
      }
      if (process.env.NODE_ENV !== "production")
        warn(`Could not load the view model from ${endpoint}: ${fetched.detail}.`);
      setLoad({ status: "load-error", error: fetched.error });
      emit(fetched.event);
      latest.current.options.onError?.(fetched.error);
    };
    loadFlow()
      .then(({ fetchView }) =>
        fetchView(endpoint, o, controller.signal, () => latest.current.messages),
      )
      // A failed chunk load is a failed GET like any other.
      .catch((caught: unknown): Fetched => ({
        ok: false,
        error: { kind: "load", message: latest.current.messages.loadFailed },
        event: { type: "load_failed", reason: "network" },
        detail: String(caught),
      }))
      .then(done);
    return () => controller.abort();
  }, [endpoint, count, initial.hasInitial, emit, latest]);

  useEffect(() => {
    if (initial.load.status === "ready") emit(viewLoaded(initial.load.vm));
  }, [initial, emit]);

  // Back online after a failed load: try again.
  useEffect(() => {
    if (load.status !== "load-error") return;
    window.addEventListener("online", reload);
    return () => window.removeEventListener("online", reload);
  }, [load.status, reload]);

  const preferCatalogLabels = options.preferCatalogLabels;
  const vm = useMemo(
    () =>
      withCatalogLabels(
        load.status === "ready" ? load.vm : undefined,
        messages,
        preferCatalogLabels,
      ),
    [load, messages, preferCatalogLabels],
  );

  // Development warnings: refused names, dropped stores, undeclared consent/captcha keys.
  useEffect(() => {
    if (process.env.NODE_ENV !== "production")
      for (const message of vm?.warnings ?? []) warn(message);
  }, [vm]);

  return { load, vm, hasInitial: initial.hasInitial, reload };
}
