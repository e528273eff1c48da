/**
 * Turning server answers (`errfix.search`, `errfix.explain`) into what the UI shows: QuickPick items,
 * Markdown, and the status-bar text. Pure, so the wording and the defensive parsing are unit-tested.
 */

export interface SearchHit {
  id: string;
  signature: string;
  score: number;
}

export interface ExplainFrame {
  file: string;
  line: number;
  function?: string | null;
}
export interface ExplainMatch {
  id: string;
  score: number;
  signature: string;
  captures?: Record<string, string>;
}
export interface ExplainEvent {
  line: number;
  text: string;
  kind: string;
  frames: ExplainFrame[];
  matches: ExplainMatch[];
}

/** A known error found in some output: the best match of one event. */
export interface KnownError {
  id: string;
  signature: string;
  /** The error line as printed. */
  text: string;
  /** Innermost frame outside site-packages, if any: where the user's code is. */
  frame?: ExplainFrame;
  captures: Record<string, string>;
}

export interface PickItem {
  label: string;
  description?: string;
  detail?: string;
  alwaysShow?: boolean;
  /** The KB entry id behind the item. */
  entryId: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validates the `errfix.search` answer; anything malformed is dropped instead of breaking the UI. */
export function parseSearchHits(value: unknown): SearchHit[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isRecord(item) || typeof item.id !== "string") return [];
    return [{
      id: item.id,
      signature: typeof item.signature === "string" ? item.signature : "",
      score: typeof item.score === "number" ? item.score : 0,
    }];
  });
}

function parseFrame(value: unknown): ExplainFrame | undefined {
  if (!isRecord(value) || typeof value.file !== "string" || typeof value.line !== "number") return undefined;
  return { file: value.file, line: value.line, function: typeof value.function === "string" ? value.function : null };
}

/** Validates the `errfix.explain` answer ({"events": [...]}). */
export function parseExplain(value: unknown): ExplainEvent[] {
  if (!isRecord(value) || !Array.isArray(value.events)) return [];
  return value.events.flatMap((event) => {
    if (!isRecord(event)) return [];
    const matches = Array.isArray(event.matches)
      ? event.matches.flatMap((m): ExplainMatch[] => {
          if (!isRecord(m) || typeof m.id !== "string") return [];
          const captures: Record<string, string> = {};
          if (isRecord(m.captures)) {
            for (const [k, v] of Object.entries(m.captures)) if (typeof v === "string") captures[k] = v;
          }
          return [{
            id: m.id,
            score: typeof m.score === "number" ? m.score : 0,
            signature: typeof m.signature === "string" ? m.signature : "",
            captures,
          }];
        })
      : [];
    const frames = Array.isArray(event.frames)
      ? event.frames.map(parseFrame).filter((f): f is ExplainFrame => f !== undefined)
      : [];
    return [{
      line: typeof event.line === "number" ? event.line : 0,
      text: typeof event.text === "string" ? event.text : "",
      kind: typeof event.kind === "string" ? event.kind : "",
      frames,
      matches,
    }];
  });
}

const LIBRARY_PATH = /[\\/](site-packages|dist-packages)[\\/]|^<frozen |^<string>$/;

/** The known errors of an explained output, in output order (events without a match are skipped). */
export function knownErrors(events: readonly ExplainEvent[]): KnownError[] {
  return events.flatMap((event) => {
    const best = event.matches[0];
    if (!best) return [];
    const frame = [...event.frames].reverse().find((f) => !LIBRARY_PATH.test(f.file));
    return [{ id: best.id, signature: best.signature, text: event.text, frame, captures: best.captures ?? {} }];
  });
}

/** QuickPick items for search results. The server already ranked them, so they must always show. */
export function searchItems(hits: readonly SearchHit[]): PickItem[] {
  return hits.map((hit) => ({
    label: hit.id,
    description: hit.score > 0 ? `score ${hit.score.toFixed(2)}` : undefined,
    detail: hit.signature,
    alwaysShow: true,
    entryId: hit.id,
  }));
}

function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] || file;
}

/** QuickPick items for known errors (explain results, last run). */
export function knownErrorItems(errors: readonly KnownError[]): PickItem[] {
  return errors.map((error) => ({
    label: error.id,
    description: error.frame ? `${baseName(error.frame.file)}:${error.frame.line}` : undefined,
    detail: error.text.trim() || error.signature,
    entryId: error.id,
  }));
}

/** Escapes text for Markdown inline content. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

/** A Markdown list of search results (used when the QuickPick cannot be shown, e.g. for logs). */
export function searchMarkdown(query: string, hits: readonly SearchHit[]): string {
  const lines = [`# errfix: knowledge base results for “${escapeMarkdown(query)}”`, ""];
  if (hits.length === 0) {
    lines.push("No entry matches. Try fewer words, or the error's first line.");
    return lines.join("\n") + "\n";
  }
  for (const [index, hit] of hits.entries()) {
    lines.push(`${index + 1}. **${escapeMarkdown(hit.id)}** (score ${hit.score.toFixed(2)})  `);
    if (hit.signature) lines.push(`   ${escapeMarkdown(hit.signature)}`);
  }
  return lines.join("\n") + "\n";
}

/** The status-bar text after a run: `$(…)` are VS Code codicons. */
export function statusText(count: number | undefined): string {
  if (count === undefined) return "$(debug-alt) errfix";
  if (count === 0) return "$(check) errfix: 0 known errors";
  return `$(error) errfix: ${count} known error${count === 1 ? "" : "s"}`;
}

/** The status-bar tooltip: what the last run was. */
export function statusTooltip(count: number | undefined, commandLine: string | null): string {
  if (count === undefined) return "errfix: no run seen yet. Run a command in a terminal (shell integration on).";
  const what = commandLine ? `\`${commandLine}\`` : "the last command";
  return `${what} printed ${count} known error${count === 1 ? "" : "s"}. Click to list them.`;
}
