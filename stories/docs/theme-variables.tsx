// The Theming page's variable table, read from the theme's own CSS so it can
// never fall behind it: every `--sk-*` declared on `.sk-root`, its light and
// dark defaults, and what it affects. A variable without a description here
// shows up in the table as "not described yet".
import themeCss from "../../src/theme/styles.css?raw";

const AFFECTS: Readonly<Record<string, string>> = {
  "--sk-font": "Font family of everything in the form",
  "--sk-font-size": "Base font size; help text and errors are 0.875em of it",
  "--sk-line-height": "Line height of all text",
  "--sk-radius": "Corners of inputs, buttons, messages, the success view and the skeleton",
  "--sk-space": "Padding of the root and the gap between fields, sections and buttons",
  "--sk-gap": "Gap inside a field: label, help text, control, error",
  "--sk-focus-width": "Thickness of the :focus-visible outline",
  "--sk-color-bg": "Background of the form, inputs and secondary buttons",
  "--sk-color-text": "Text of labels, inputs and buttons",
  "--sk-color-muted":
    "Help text, the (required) marker, the divider, the countdown, the loading label",
  "--sk-color-border": "Borders of inputs and secondary buttons",
  "--sk-color-surface": "The loading skeleton's bars",
  "--sk-color-accent": "Submit button background and border, links, checkbox and radio accent",
  "--sk-color-accent-text": "Text on the submit button",
  "--sk-color-focus": "Colour of the :focus-visible outline",
  "--sk-color-error":
    "Field error text, invalid input borders, form and load error text and border",
  "--sk-color-error-bg": "Background of the form-level error and the load-error box",
  "--sk-color-success": "Success view border and title",
  "--sk-color-success-bg": "Success view background",
};

function declarations(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of block.matchAll(/(--sk-[a-z-]+)\s*:\s*([^;]+);/g)) {
    found.set(match[1] as string, (match[2] as string).trim());
  }
  return found;
}

function blockAfter(selector: string): string {
  const start = themeCss.indexOf(selector);
  if (start < 0) return "";
  const open = themeCss.indexOf("{", start);
  return themeCss.slice(open + 1, themeCss.indexOf("}", open));
}

/** Every variable with its light default, dark default (when it changes) and what it affects. */
export function themeVariables() {
  const light = declarations(blockAfter(":where(.sk-root) {"));
  const dark = declarations(blockAfter(':where(.sk-root[data-theme="dark"]) {'));
  return Array.from(light, ([name, value]) => ({
    name,
    light: value,
    dark: dark.get(name),
    affects: AFFECTS[name],
  }));
}

export function ThemeVariablesTable() {
  const rows = themeVariables();
  return (
    <table>
      <caption>
        The {rows.length} variables of <code>signup-kit/styles.css</code>
      </caption>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Light default</th>
          <th scope="col">Dark default</th>
          <th scope="col">What it affects</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">
              <code>{row.name}</code>
            </th>
            <td>
              <code>{row.light}</code>
            </td>
            <td>{row.dark ? <code>{row.dark}</code> : "same"}</td>
            <td>{row.affects ?? <strong>not described yet</strong>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
