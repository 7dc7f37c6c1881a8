import type { Meta, StoryContext, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor } from "storybook/test";
import {
  type NormalizedField,
  SignupForm,
  type SignupFormProps,
  type UseSignupFormReturn,
  useSignupForm,
} from "../src";
import { movingElements, reducedMotion, smallTargets } from "./support/design-checks";
import { formRoot, renderForm } from "./support/form";
import { mock, storyMock } from "./support/mock";

/**
 * The states designers ask for: `density="compact"`, `variant="card"` and
 * `variant="borderless"`, each in light and dark, with three providers, the
 * terms checkbox, the password toggle and links in the page around the form.
 * Every story measures, in Chromium at 320 px: each interactive element is at
 * least 24 × 24 px (WCAG 2.5.8); with reduced motion nothing animates or
 * transitions. Under test, as in every story (.storybook/preview.tsx), each
 * is focused as by the keyboard and must show a solid outline of 2 px or more
 * at 3:1 against what is behind it (2.4.13) and not be covered (2.4.11).
 */
const meta = {
  title: "Design/Variants",
  component: SignupForm,
  render: renderForm,
  args: {
    onSocialLogin: fn(() => false),
    consent: { version: "2026-01", url: "https://example.com/terms" },
    intro: "Start your 30-day trial. No card needed.",
    signInUrl: "/login",
    footer: (
      <p>
        By creating an account you agree to the <a href="/terms">terms</a> and the{" "}
        <a href="/privacy">privacy notice</a>.
      </p>
    ),
  },
  argTypes: {
    endpoint: { control: false, description: "Set by the story: its own mock backend." },
    density: { control: "inline-radio", options: [undefined, "compact"] },
    variant: { control: "inline-radio", options: [undefined, "card", "borderless"] },
  },
  parameters: { controls: { exclude: ["footer"] } },
} satisfies Meta<typeof SignupForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the form and its provider marks, then runs the checks every variant passes. */
async function checked(canvasElement: HTMLElement, args: SignupFormProps) {
  const root = formRoot(canvasElement);
  await waitFor(() => expect(root.dataset.state).toBe("ready"), { timeout: 5000 });
  await waitFor(() =>
    expect(canvasElement.querySelectorAll('svg[data-slot="provider-mark"]')).toHaveLength(3),
  );
  await expect(root.dataset.density).toBe(args.density);
  await expect(root.dataset.variant).toBe(args.variant);
  await expect(smallTargets(root)).toEqual([]);
  // The test project emulates reduced motion; in the Storybook UI it follows your system.
  if (import.meta.env.MODE === "test") await expect(reducedMotion()).toBe(true);
  if (reducedMotion()) await expect(movingElements(root)).toEqual([]);
  // The page around the form: the sign-in prompt and the footer sit at the root's
  // gap, as every other part does, and each footer line is a link's 24 px high,
  // with or without a link in it, so its lines are evenly spaced.
  const prompt = root.querySelector('[data-slot="sign-in-prompt"]') as HTMLElement;
  const footer = root.querySelector('[data-slot="footer"]') as HTMLElement;
  const gap = footer.getBoundingClientRect().top - prompt.getBoundingClientRect().bottom;
  await expect(gap).toBe(parseFloat(getComputedStyle(root).rowGap));
  await expect(getComputedStyle(footer.firstElementChild as Element).lineHeight).toBe("24px");
  await expect(footer.getBoundingClientRect().height % 24).toBe(0);
  for (const link of Array.from(footer.querySelectorAll("a")))
    await expect(link.getBoundingClientRect().height).toBe(24);
  return root;
}

const px = (value: string) => Math.round(parseFloat(value));

/** Tighter gaps and 36 px controls; the checkbox and every link stay 24 px or more. */
export const Compact: Story = {
  args: { density: "compact" },
  loaders: [mock({ preset: "providers-3" })],
  play: async ({ canvasElement, args }) => {
    const root = await checked(canvasElement, args);
    const submit = root.querySelector('[data-slot="submit"]') as HTMLElement;
    await expect(submit.getBoundingClientRect().height).toBe(36);
    await expect(px(getComputedStyle(root).rowGap)).toBe(12);
  },
};

/** Compact, dark palette. */
export const CompactDark: Story = {
  ...Compact,
  name: "Compact (dark)",
  globals: { theme: "dark" },
};

/** A framed card: a border, a soft shadow, more padding and rounder corners. */
export const Card: Story = {
  args: { variant: "card" },
  loaders: [mock({ preset: "providers-3" })],
  play: async ({ canvasElement, args }) => {
    const root = await checked(canvasElement, args);
    const style = getComputedStyle(root);
    await expect(style.borderTopWidth).toBe("1px");
    await expect(style.boxShadow).not.toBe("none");
    await expect(px(style.paddingTop)).toBe(24);
    await expect(px(style.borderTopLeftRadius)).toBe(12);
  },
};

/** Card, dark palette. */
export const CardDark: Story = { ...Card, name: "Card (dark)", globals: { theme: "dark" } };

/** No frame: no padding, corners or background, the form sits flush in the page. */
export const Borderless: Story = {
  args: { variant: "borderless" },
  loaders: [mock({ preset: "providers-3" })],
  play: async ({ canvasElement, args }) => {
    const root = await checked(canvasElement, args);
    const style = getComputedStyle(root);
    await expect(style.paddingTop).toBe("0px");
    await expect(style.backgroundColor).toBe("rgba(0, 0, 0, 0)");
  },
};

/** Borderless, dark palette. */
export const BorderlessDark: Story = {
  ...Borderless,
  name: "Borderless (dark)",
  globals: { theme: "dark" },
};

/** Compact and card together. */
export const CompactCard: Story = {
  name: "Compact card",
  args: { density: "compact", variant: "card" },
  loaders: [mock({ preset: "providers-3" })],
  play: async ({ canvasElement, args }) => {
    const root = await checked(canvasElement, args);
    await expect(px(getComputedStyle(root).paddingTop)).toBe(16);
  },
};

/** A field of the headless form below, with the theme's slot names. */
function OwnField({ form, field }: { form: UseSignupFormReturn; field: NormalizedField }) {
  const { inputProps, labelProps, label } = form.useField(field);
  return (
    <div data-slot="field">
      <label {...labelProps} data-slot="field-label">
        {label}
      </label>
      <input {...inputProps} data-slot="input" />
    </div>
  );
}

/** `useSignupForm()` with markup of your own: the theme's class and the two attributes on its root. */
function OwnMarkup({ endpoint }: { endpoint: string }) {
  const form = useSignupForm({ endpoint });
  return (
    <div
      className="sk-root"
      data-slot="root"
      data-testid="own-markup"
      data-state={form.state}
      data-density="compact"
      data-variant="card"
    >
      <form {...form.getFormProps()} data-slot="form">
        {form.fields
          .filter((field) => field.visible)
          .map((field) => (
            <OwnField key={field.key} form={form} field={field} />
          ))}
        <button type="submit" data-slot="submit">
          Sign me up
        </button>
      </form>
    </div>
  );
}

/** What the docs promise a headless user: the same attributes on your own root get the same styles. */
const SAME = [
  "paddingTop",
  "paddingInlineStart",
  "borderTopWidth",
  "borderTopStyle",
  "borderTopColor",
  "borderTopLeftRadius",
  "boxShadow",
  "backgroundColor",
  "rowGap",
] as const;

/**
 * Headless (`useSignupForm()`): a root of your own markup with `class="sk-root"`,
 * `data-density="compact"` and `data-variant="card"`, under the component with
 * the same props. The frame, gaps and control sizes match.
 */
export const OwnMarkupCompactCard: Story = {
  name: "Own markup (useSignupForm), compact card",
  args: { density: "compact", variant: "card", footer: undefined, intro: undefined },
  loaders: [mock({ preset: "minimal" })],
  parameters: { controls: { disable: true } },
  render: (args, context: StoryContext<SignupFormProps>) => (
    <>
      {renderForm(args, context)}
      <OwnMarkup endpoint={storyMock(context).endpoint} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const component = formRoot(canvasElement);
    const own = canvasElement.querySelector('[data-testid="own-markup"]') as HTMLElement;
    await waitFor(() => expect(component.dataset.state).toBe("ready"), { timeout: 5000 });
    await waitFor(() => expect(own.dataset.state).toBe("ready"), { timeout: 5000 });
    const pick = (element: Element) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(SAME.map((key) => [key, style[key]]));
    };
    const part = (root: HTMLElement, slot: string) =>
      root.querySelector(`[data-slot="${slot}"]`) as HTMLElement;
    await expect(pick(own)).toEqual(pick(component));
    await expect(pick(part(own, "form"))).toEqual(pick(part(component, "form")));
    await expect(px(getComputedStyle(own).paddingTop)).toBe(16);
    for (const slot of ["input", "submit"]) {
      const height = part(own, slot).getBoundingClientRect().height;
      await expect(height).toBe(part(component, slot).getBoundingClientRect().height);
      await expect(height).toBe(36);
    }
  },
};
