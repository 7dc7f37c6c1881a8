// useSignupForm drives react-hook-form without useForm: createFormControl plus
// what useForm does after each commit (src/hooks/useSignupForm.ts), through
// private members. package.json pins react-hook-form exactly; this test fails
// if an upgrade moves those members or changes the behaviour built on them.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createFormControl, type Resolver } from "react-hook-form";
import { describe, expect, it } from "vitest";

type Values = { f0: string; f1: string };

// Required fields, as buildFormSchema's resolver reports them.
const resolver: Resolver<Values> = (values) => {
  const errors: Record<string, { type: string; message: string }> = {};
  for (const key of ["f0", "f1"] as const)
    if (!values[key]) errors[key] = { type: "required", message: `${key} required.` };
  return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
};

function setUp() {
  const form = createFormControl<Values>({
    mode: "onBlur",
    reValidateMode: "onChange",
    shouldFocusError: false,
    defaultValues: { f0: "", f1: "" },
    resolver,
  });
  const f0 = form.register("f0");
  const f1 = form.register("f1");
  // What the hook's effect does after each commit.
  const control = form.control;
  if (!control._state.mount) {
    control._setValid();
    control._state.mount = true;
  }
  control._formState.isReady = true;
  control._removeUnmounted();
  return { form, f0, f1 };
}

const event = (type: string, name: string, value: string) => ({
  type,
  // No `type`: with no DOM element registered, RHF reads the event's value.
  target: { name, value },
});

describe("react-hook-form, as useSignupForm uses it", () => {
  it("is pinned to an exact version", () => {
    const pkg = JSON.parse(readFileSync(resolve(process.cwd(), "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    const range =
      pkg.dependencies?.["react-hook-form"] ?? pkg.peerDependencies?.["react-hook-form"];
    expect(range).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("still has the private members the hook drives", () => {
    const { control } = createFormControl<Values>({});
    expect(typeof control._setValid).toBe("function");
    expect(typeof control._removeUnmounted).toBe("function");
    expect(control._state).toHaveProperty("mount", false);
    expect(control._formState).toHaveProperty("isReady");
  });

  it("validates on blur, keeps errors per field, and reset clears them", async () => {
    const { form, f0, f1 } = setUp();
    await f0.onChange(event("change", "f0", ""));
    expect(form.getFieldState("f0").error).toBeUndefined(); // not before blur
    await f0.onBlur(event("blur", "f0", ""));
    expect(form.getFieldState("f0").error?.message).toBe("f0 required.");
    expect(form.getFieldState("f1").error).toBeUndefined(); // only the blurred field
    await f1.onBlur(event("blur", "f1", ""));
    expect(form.getFieldState("f1").error?.message).toBe("f1 required.");
    await f0.onChange(event("change", "f0", "Ada"));
    // Before a submit, onBlur mode checks again on the next blur, not on change.
    expect(form.getFieldState("f0").error?.message).toBe("f0 required.");
    await f0.onBlur(event("blur", "f0", "Ada"));
    expect(form.getFieldState("f0").error).toBeUndefined();
    expect(form.getFieldState("f1").error?.message).toBe("f1 required.");
    form.reset({ f0: "", f1: "Lovelace" });
    expect(form.getFieldState("f1").error).toBeUndefined();
    expect(form.getValues()).toEqual({ f0: "", f1: "Lovelace" });
  });

  it("notifies a per-field subscription of its error (useField's re-render)", async () => {
    const { form, f0 } = setUp();
    let calls = 0;
    const stop = form.subscribe({
      name: "f0",
      exact: true,
      formState: { errors: true },
      callback: () => calls++,
    });
    await f0.onBlur(event("blur", "f0", ""));
    expect(calls).toBeGreaterThan(0);
    stop();
  });
});
