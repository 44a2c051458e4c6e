/**
 * The lab's code editor: CodeMirror 6 with line numbers, YAML highlighting, undo, and lines marked where
 * the checker found a problem (red for an error, amber for a warning), plus one line picked from the
 * problem list, highlighted and scrolled to. Tab indents (YAML needs spaces, never tabs); Escape then Tab
 * leaves the editor, so a keyboard user is never trapped.
 *
 * The editor lives in an open shadow root. The page's Content Security Policy (style-src 'self') blocks the
 * <style> elements CodeMirror puts in a document's <head>; inside a shadow root its style module uses a
 * constructed stylesheet (adoptedStyleSheets) instead, which that policy does not govern, so the editor is
 * styled without loosening the policy or guessing a nonce. The editor's look is therefore given here
 * (EditorView.theme), not in lab.css, which stops at the shadow boundary.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab, temporarilySetTabFocusMode } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState, RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import type { Severity } from '../../core/scenario/problems.ts';

export interface LabEditor {
  /** The host element (the editor is inside its shadow root). */
  element: HTMLElement;
  text(): string;
  lineCount(): number;
  /** Replaces the whole text (a file opened or dropped): undoable like any edit. */
  setText(text: string): void;
  /** Marks the lines with problems. */
  markLines(lines: ReadonlyMap<number, Severity>): void;
  /** Highlights a line, puts the cursor at its column (without one: where its text starts) and scrolls it into the middle. */
  goTo(line: number, column?: number): void;
  focus(): void;
  destroy(): void;
}

export interface EditorOptions {
  text: string;
  /** The accessible name of the text box. */
  label: string;
  onChange(text: string): void;
  /** Files dropped on the editor: the caller opens them (instead of CodeMirror pasting them in). */
  onDropFiles(files: FileList): void;
}

const setMarks = StateEffect.define<ReadonlyMap<number, Severity>>();
/** The start of the line to highlight, or undefined for none. */
const setFocus = StateEffect.define<number | undefined>();

const markClass = { error: 'cm-lab-error', warning: 'cm-lab-warning' } as const;
const focusMark = Decoration.line({ class: 'cm-lab-focus' });

function lineDecorations(state: EditorState, marks: ReadonlyMap<number, Severity>, focus: number | undefined): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const focusLine = focus === undefined ? undefined : state.doc.lineAt(Math.min(focus, state.doc.length)).number;
  const lines = new Set([...marks.keys(), ...(focusLine !== undefined ? [focusLine] : [])]);
  for (const line of [...lines].sort((a, b) => a - b)) {
    if (line < 1 || line > state.doc.lines) continue;
    const from = state.doc.line(line).from;
    const severity = marks.get(line);
    if (severity) builder.add(from, from, Decoration.line({ class: markClass[severity] }));
    if (line === focusLine) builder.add(from, from, focusMark);
  }
  return builder.finish();
}

/**
 * The marked lines. An edit moves the marks with the text until the next check brings fresh ones; the
 * highlighted line is kept as a position, so it follows the text too.
 */
const problemLines = StateField.define<{ marks: ReadonlyMap<number, Severity>; focus: number | undefined; decorations: DecorationSet }>({
  create: () => ({ marks: new Map(), focus: undefined, decorations: Decoration.none }),
  update(value, transaction) {
    let { marks } = value;
    let focus = value.focus === undefined ? undefined : transaction.changes.mapPos(value.focus);
    let changed = false;
    for (const effect of transaction.effects) {
      if (effect.is(setMarks)) marks = effect.value;
      else if (effect.is(setFocus)) focus = effect.value;
      else continue;
      changed = true;
    }
    const decorations = changed ? lineDecorations(transaction.state, marks, focus) : value.decorations.map(transaction.changes);
    return { marks, focus, decorations };
  },
  provide: (field) => EditorView.decorations.from(field, (value) => value.decorations),
});

const theme = EditorView.theme({
  '&': { fontSize: '0.95rem', border: '1px solid #8a8275', borderRadius: '6px', backgroundColor: '#fffdf8', color: '#1f1b16', height: '100%' },
  '&.cm-focused': { outline: '3px solid #1d5fa8', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f1ece2', color: '#5b5348', borderRight: '1px solid #d6cfc2' },
  '.cm-activeLine': { backgroundColor: '#f5efe2' },
  '.cm-activeLineGutter': { backgroundColor: '#e6dfd0' },
  '.cm-lab-error': { backgroundColor: '#fbe3e0', boxShadow: 'inset 4px 0 0 #b3261e' },
  '.cm-lab-warning': { backgroundColor: '#fdf1d6', boxShadow: 'inset 4px 0 0 #9a6700' },
  '.cm-lab-focus': { backgroundColor: '#ffe08a', outline: '2px solid #1f1b16' },
  '.cm-content': { caretColor: '#1f1b16' },
});

export function createEditor(options: EditorOptions): LabEditor {
  const element = document.createElement('div');
  element.className = 'lab-editor';
  const root = element.attachShadow({ mode: 'open' });
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    indentOnInput(),
    yaml(),
    syntaxHighlighting(defaultHighlightStyle),
    EditorView.lineWrapping,
    EditorState.tabSize.of(2),
    keymap.of([{ key: 'Escape', run: temporarilySetTabFocusMode }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
    problemLines,
    theme,
    // An aria-describedby could not reach across the shadow boundary: the how-to is shown above the editor.
    // tabindex: so a checker sees the scrolling region holds something focusable (it is: the text).
    EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
    EditorView.domEventHandlers({
      // Typing over a selection that spans highlighted text makes Chrome's own editing copy the old text's
      // look onto the new text as a style attribute, which the policy blocks (a console error, nothing
      // worse: CodeMirror redraws from its state). Doing that replacement ourselves avoids it; input
      // methods (composition) are left to the browser.
      beforeinput(event, view) {
        if (event.inputType !== 'insertText' || event.isComposing || event.data === null || view.state.selection.main.empty) return false;
        event.preventDefault();
        view.dispatch(view.state.replaceSelection(event.data), { scrollIntoView: true, userEvent: 'input.type' });
        return true;
      },
      drop(event) {
        const files = event.dataTransfer?.files;
        if (!files || files.length === 0) return false;
        event.preventDefault();
        options.onDropFiles(files);
        return true;
      },
    }),
  ];
  const view = new EditorView({ state: EditorState.create({ doc: options.text, extensions }), parent: root, root });
  return {
    element,
    text: () => view.state.doc.toString(),
    lineCount: () => view.state.doc.lines,
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, effects: setFocus.of(undefined) });
      view.scrollDOM.scrollTop = 0;
      delete element.dataset.focusedLine;
    },
    markLines(lines) {
      view.dispatch({ effects: setMarks.of(lines) });
    },
    goTo(line, column) {
      const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      const offset = column === undefined ? target.text.search(/\S|$/) : Math.max(0, column - 1);
      const at = Math.min(target.from + offset, target.to);
      view.dispatch({
        selection: { anchor: at },
        effects: [setFocus.of(target.from), EditorView.scrollIntoView(at, { y: 'center' })],
      });
      element.dataset.focusedLine = String(target.number);
      view.focus();
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
