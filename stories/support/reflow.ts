// WCAG 1.4.10 Reflow: nothing may scroll sideways at 320 CSS pixels. The
// storybook test project renders every story in a 320 px wide viewport and runs
// this after each story (and its play function); in the Storybook UI it checks
// the current canvas width.

/** Elements that stick out of the viewport sideways, widest first (for the message). */
function offenders(document: Document, width: number): string[] {
  return Array.from(document.body.querySelectorAll<HTMLElement>("*"))
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
    .sort((a, b) => b.box.width - a.box.width)
    .slice(0, 3)
    .map(({ element, box }) => {
      const slot = element.getAttribute("data-slot");
      const name = `${element.tagName.toLowerCase()}${slot ? `[data-slot="${slot}"]` : ""}`;
      return `${name} (${Math.round(box.left)}…${Math.round(box.right)} px)`;
    });
}

/** Throws when the page is wider than the viewport. */
export function assertNoSidewaysScroll(document: Document): void {
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth <= width) return;
  throw new Error(
    `The story scrolls sideways at ${width} px wide: its content is ${root.scrollWidth} px (WCAG 1.4.10 Reflow). Sticking out: ${offenders(document, width).join(", ") || "unknown"}.`,
  );
}
