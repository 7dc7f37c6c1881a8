// `{name}` placeholders filled as plain text, for the lazily loaded parts. They
// bring their own copy instead of importing the form's formatter, which would
// pull it out of the main bundle into a chunk of its own.
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
