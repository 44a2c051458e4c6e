/**
 * Where the lecturer hands the dashboard files: a visible file input (multiple, .json and .zip; the way
 * in by keyboard) inside a zone that also takes files dragged onto it. Hands each file on as a
 * DroppedFile whose bytes are read only when the intake asks, after it has checked the size.
 */
import { el } from '../dom.ts';
import type { Strings } from '../strings.ts';
import type { DroppedFile } from './fileIntake.ts';

function dropped(files: FileList | null | undefined): DroppedFile[] {
  return [...(files ?? [])].map((file) => ({
    name: file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  }));
}

export function createDropZone(strings: Strings, onFiles: (files: DroppedFile[]) => void): HTMLElement {
  const zone = el('div', 'dashboard__drop');
  const input = el('input', 'dashboard__input', undefined, {
    type: 'file',
    id: 'dashboard-files',
    multiple: '',
    accept: '.json,.zip,application/json,application/zip',
    'aria-describedby': 'dashboard-drop-hint',
  });
  zone.append(
    el('label', 'dashboard__drop-label', strings.dashboardPick, { for: input.id }),
    input,
    el('p', 'dashboard__drop-hint', strings.dashboardDropHint, { id: 'dashboard-drop-hint' }),
  );
  input.addEventListener('change', () => {
    const files = dropped(input.files);
    // Cleared, so picking the same file again is noticed (and reported as a duplicate).
    input.value = '';
    if (files.length > 0) onFiles(files);
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    zone.classList.add('dashboard__drop--over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dashboard__drop--over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dashboard__drop--over');
    const files = dropped(event.dataTransfer?.files);
    if (files.length > 0) onFiles(files);
  });
  return zone;
}
