/**
 * Hands a file the page made to the player: a Blob behind a temporary `<a download>`, clicked and
 * removed. Nothing is sent anywhere; the browser saves it where the player chooses.
 */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click has returned: revoke it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
