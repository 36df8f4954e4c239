/**
 * Saves text as a file, from the browser alone: a Blob behind an object URL and a link with
 * `download`. The URL is released once the browser has had time to start the download.
 */
export function downloadText(fileName: string, type: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies text to the clipboard; where the browser refuses (no permission, an insecure page, an
 * iframe without clipboard-write), selects the text in its field for the reader to copy by hand.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<'copied' | 'selected'> {
  try {
    if (typeof navigator.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Fall through to selecting the text.
  }
  field?.focus();
  field?.select();
  return 'selected';
}
