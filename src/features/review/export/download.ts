// Saving a generated file: a link to a blob, clicked.
export function download(name: string, content: Blob | string, type = 'text/plain') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A name for files made from a model: the snapshot file's stem, or the server's host. */
export function fileStem(name: string): string {
  const withoutScheme = name.replace(/^[a-z]+:\/\//i, '').replace(/^file:/, '');
  const stem = withoutScheme.replace(/\.(json|ya?ml)$/i, '');
  return stem.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'data-model';
}
