// What the docs site and the link check share: heading slugs as GitHub makes
// them (so an anchor works the same on GitHub and on the site) and the links
// and anchors of a markdown file. Pure functions, no file system.

/**
 * The anchor GitHub gives a heading: lower case, every character that is not a
 * letter, mark, digit, connector, space or hyphen dropped, each space a hyphen.
 * `slugger()` adds the `-1`, `-2` suffixes of repeated headings.
 * @param {string} text the heading's text, markdown already stripped
 */
export function githubSlug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** A slug function that numbers repeats the way GitHub does (`a`, `a-1`, `a-2`). */
export function slugger() {
  const seen = new Map();
  return (/** @type {string} */ text) => {
    const base = githubSlug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/** The heading's text as it renders: links to their text, code and emphasis marks and tags dropped. */
export function headingText(/** @type {string} */ source) {
  return source
    .split(/(`[^`]*`)/)
    .map((part, index) =>
      index % 2 === 1
        ? part.slice(1, -1)
        : part
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
            .replace(/<[^>]+>/g, "")
            .replace(/(\*\*|__|\*)/g, "")
            .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1"),
    )
    .join("")
    .trim();
}

/**
 * Lines of a markdown file with fenced code blocks blanked out (line numbers
 * stay right), so neither links nor headings are read from code.
 * @param {string} text
 */
export function proseLines(text) {
  let fence = "";
  return text.split("\n").map((line) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = "";
      return "";
    }
    if (open) {
      fence = open[1];
      return "";
    }
    return line;
  });
}

/** The anchors a markdown file offers: its headings' slugs and any `id`/`name` attributes in its HTML. */
export function anchorsOf(/** @type {string} */ text) {
  const slug = slugger();
  const anchors = new Set();
  for (const line of proseLines(text)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) anchors.add(slug(headingText(heading[1])));
    for (const attr of line.matchAll(/\s(?:id|name)=["']([^"']+)["']/g)) anchors.add(attr[1]);
  }
  return anchors;
}

/**
 * Every link target in a markdown (or MDX) file, outside code: inline links and
 * images, reference definitions, and `href`/`src` attributes of HTML tags.
 * @param {string} text
 * @returns {{ url: string, line: number }[]}
 */
export function linksOf(text) {
  const links = [];
  proseLines(text).forEach((raw, index) => {
    // Inline code holds examples, not links.
    const line = raw.replace(/(`+)(?:(?!\1).)+?\1/g, (code) => " ".repeat(code.length));
    const add = (url) => links.push({ url: url.trim().replace(/^<(.*)>$/, "$1"), line: index + 1 });
    for (const match of line.matchAll(/\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+"[^"]*")?\s*\)/g))
      add(match[1]);
    const definition = /^ {0,3}\[[^\]]+\]:\s*(\S+)/.exec(line);
    if (definition) add(definition[1]);
    for (const match of line.matchAll(/\s(?:href|src)=["']([^"']+)["']/g)) add(match[1]);
  });
  return links;
}

/** `https://…`, `mailto:…` and other links with a scheme leave the repository. */
export function isExternal(/** @type {string} */ url) {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

/**
 * Whether an external link is well formed. Nothing is fetched: the check runs
 * with no network.
 * @returns {string | undefined} what is wrong, or undefined
 */
export function externalProblem(/** @type {string} */ url) {
  if (url.startsWith("//")) return "protocol-relative link: write https://";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "not a valid URL";
  }
  if (parsed.protocol === "mailto:")
    return parsed.pathname.includes("@") ? undefined : "no address";
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return `unexpected scheme ${parsed.protocol}`;
  const host = parsed.hostname;
  const loopback = host === "localhost" || host === "127.0.0.1" || host === "[::1]";
  if (!loopback && !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(host))
    return `host "${host}" is not a domain name`;
  return undefined;
}
