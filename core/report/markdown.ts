// Text from people (titles, notes, names) placed in Markdown that is pasted into Slack, Teams or
// an email. Escaped so that it reads as typed and never turns into formatting or a link; but
// only where Markdown would act on it, since Slack and email show every backslash as it is.

/** One line of inline Markdown showing `text` as it is: markup characters escaped, line breaks folded. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*~[\]<>]/g, '\\$&')
    // `_` marks emphasis only at a word's edge (`snake_case` stays as it is).
    .replace(/(^|\W)_|_(?=\W|$)/g, (m) => m.replace('_', '\\_'))
    // `&copy;` would become ©.
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** A link as its bare address (autolinked everywhere), or nothing when it is not http(s). */
export function plainLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
