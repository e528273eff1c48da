/**
 * Showing a KB entry (the server's `errfix.showEntry` Markdown) as a rendered Markdown preview.
 *
 * Entries live in a read-only virtual document (`errfix-entry:` scheme) rather than an untitled
 * file, so closing the preview never asks "save changes?".
 */
import * as vscode from "vscode";

export const ENTRY_SCHEME = "errfix-entry";

export class EntryDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? "# errfix\n\nThis entry is no longer loaded. Search the knowledge base again.\n";
  }

  /** Stores `markdown` for entry `id` and returns the document's Uri. */
  put(id: string, markdown: string): vscode.Uri {
    const safe = id.replace(/[^A-Za-z0-9_./-]/g, "_").replace(/^\/+/, "");
    const uri = vscode.Uri.from({ scheme: ENTRY_SCHEME, path: `/${safe}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Opens the entry rendered; falls back to the Markdown source if the preview is unavailable. */
export async function showEntry(docs: EntryDocuments, id: string, markdown: string): Promise<void> {
  const uri = docs.put(id, markdown);
  try {
    await vscode.commands.executeCommand("markdown.showPreview", uri);
  } catch {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, "markdown");
    await vscode.window.showTextDocument(document, { preview: true });
  }
}
