// The Theming page's variable table, read from the theme's own CSS so it can
// never fall behind it: every `--sk-*` declared on `.sk-root`, its light and
// dark defaults, and what it affects (its description in the design tokens,
// which are generated from the comment before it in styles.css).
import themeCss from "../../src/theme/styles.css?raw";
import tokens from "../../tokens/signup-kit.tokens.json";

/** Token descriptions by variable name (`sk.color.bg` describes `--sk-color-bg`). */
function descriptions(tree: object, path: string[] = [], out = new Map<string, string>()) {
  for (const [key, node] of Object.entries(tree)) {
    if (key.startsWith("$") || !node || typeof node !== "object") continue;
    if ("$value" in node) out.set(`--${[...path, key].join("-")}`, String(node.$description ?? ""));
    else descriptions(node, [...path, key], out);
  }
  return out;
}

const AFFECTS = descriptions(tokens);

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
    affects: AFFECTS.get(name),
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
