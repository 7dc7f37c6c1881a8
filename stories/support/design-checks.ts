// Checks of the default theme's states in real Chromium, measured on the
// rendered story: target size (WCAG 2.5.8), focus appearance (2.4.13) and
// focus not obscured (2.4.11), and reduced motion. The storybook test project
// emulates `prefers-reduced-motion: reduce` (vitest.config.ts), as a person who
// asked for it has it.

/** What a keyboard reaches: links, buttons, form controls, summaries, tabindex ≥ 0; shown. */
const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export function interactiveElements(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(INTERACTIVE)).filter((element) => {
    const box = element.getBoundingClientRect();
    // checkVisibility: not inside a closed <details> (skipped content still has boxes).
    return (
      box.width > 0 &&
      box.height > 0 &&
      element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })
    );
  });
}

const describe = (element: Element) => {
  const slot = element.getAttribute("data-slot");
  const name = element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 30);
  return `${element.tagName.toLowerCase()}${slot ? `[data-slot="${slot}"]` : ""} "${name ?? ""}"`;
};

/** Interactive elements smaller than 24 × 24 CSS px. */
export function smallTargets(root: HTMLElement, minimum = 24): string[] {
  return interactiveElements(root)
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width < minimum - 0.01 || box.height < minimum - 0.01)
    .map(
      ({ element, box }) =>
        `${describe(element)} is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`,
    );
}

function channels(color: string): [number, number, number, number] {
  const match = /rgba?\(([^)]+)\)/.exec(color);
  if (!match) throw new Error(`Not an rgb() colour: ${color}`);
  const [r = 0, g = 0, b = 0, a = 1] = (match[1] as string)
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color)
    .slice(0, 3)
    .map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two computed rgb() colours. */
export function contrastOf(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour painted behind an element: the first opaque background of its ancestors. */
export function backgroundBehind(element: Element): string {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (channels(background)[3] === 1) return background;
  }
  return "rgb(255, 255, 255)";
}

/**
 * Focuses every interactive element as the keyboard does and measures its
 * :focus-visible outline: at least 2 px, solid, 3:1 against what the same
 * pixels show unfocused (the outline sits outside the element, on the
 * background behind it); and the element is not hidden by other content
 * (the topmost element at its centre is it or inside it).
 */
export function focusProblems(
  root: HTMLElement,
  include: (element: HTMLElement) => boolean = () => true,
): string[] {
  const problems: string[] = [];
  // A disabled control takes no focus (the rate-limited submit button, for one).
  const focusable = interactiveElements(root).filter(
    (element) => !element.matches(":disabled") && include(element),
  );
  for (const element of focusable) {
    element.focus({ focusVisible: true } as FocusOptions);
    if (!element.matches(":focus-visible")) {
      problems.push(`${describe(element)} does not match :focus-visible when focused`);
      continue;
    }
    const style = getComputedStyle(element);
    const width = parseFloat(style.outlineWidth);
    const offset = parseFloat(style.outlineOffset);
    if (style.outlineStyle !== "solid" || width < 2)
      problems.push(`${describe(element)}: outline ${style.outlineStyle} ${style.outlineWidth}`);
    // With a negative offset the outline would be drawn over the element itself.
    const behind = offset >= 0 ? backgroundBehind(element) : style.backgroundColor;
    const ratio = contrastOf(style.outlineColor, behind);
    if (ratio < 3)
      problems.push(
        `${describe(element)}: outline ${style.outlineColor} on ${behind} is ${ratio.toFixed(2)}:1`,
      );
    element.scrollIntoView({ block: "center", inline: "center" });
    const box = element.getBoundingClientRect();
    const top = element.ownerDocument.elementFromPoint(
      box.x + box.width / 2,
      box.y + box.height / 2,
    );
    if (top !== element && !(top && element.contains(top)))
      problems.push(`${describe(element)} is covered by ${top ? describe(top) : "nothing"}`);
    element.blur();
  }
  return problems;
}

/** Elements in the story whose transition or animation takes any time. */
export function movingElements(root: HTMLElement): string[] {
  const moving: string[] = [];
  const seconds = (list: string) => list.split(",").map((value) => parseFloat(value) || 0);
  for (const element of [root, ...Array.from(root.querySelectorAll<HTMLElement>("*"))]) {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(element, pseudo);
      const running =
        (style.animationName !== "none" && seconds(style.animationDuration).some((s) => s > 0)) ||
        seconds(style.transitionDuration).some((s) => s > 0);
      if (running) moving.push(`${describe(element)}${pseudo ?? ""}`);
    }
  }
  return moving;
}

/** Whether the page has `prefers-reduced-motion: reduce` (emulated under test). */
export const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * What a story may leave out of the focus walk, each with its reason: CSS
 * selectors of elements (and their descendants) the theme does not style, such
 * as a third-party iframe.
 */
export interface FocusCheckParameter {
  exclude?: { selector: string; reason: string }[];
}

/**
 * The focus walk of every themed form in a story (each `.sk-root`; an
 * `unstyled` root has your styles, not the theme's). Throws with the first
 * problems found.
 */
export function assertFocusVisible(
  canvasElement: HTMLElement,
  parameter: FocusCheckParameter = {},
): void {
  const excluded = (parameter.exclude ?? []).map(({ selector }) => selector).join(", ");
  const problems = Array.from(canvasElement.querySelectorAll<HTMLElement>(".sk-root")).flatMap(
    (root) => focusProblems(root, (element) => !excluded || !element.closest(excluded)),
  );
  if (problems.length > 0)
    throw new Error(
      `Focus appearance (WCAG 2.4.7, 2.4.11, 2.4.13): ${problems.slice(0, 5).join("; ")}`,
    );
}
