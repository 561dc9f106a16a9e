/**
 * `{{name}}` placeholders filled in, for strings used outside i18next: the web function, and islands, which are given
 * their strings with the placeholders left in. No imports, so islands can use it without bringing the UI files.
 */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => String(values[name] ?? match));
}
