/** A video's link when it is an https address, to open in a new tab; anything else (a javascript: URL
 * slipped into the records, say) is shown as text and never made a link. */
export function safeLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
