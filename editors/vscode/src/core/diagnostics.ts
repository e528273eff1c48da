/**
 * Converting other extensions' diagnostics to LSP form for `errfix/diagnostics`, and deciding when
 * a document's diagnostics need to be sent at all.
 *
 * VS Code's `Diagnostic` differs from LSP's (0-based severity enum, `code` may be an object with a
 * target Uri). These functions take plain structural shapes so they run under `node --test`.
 */

export const OWN_SOURCE = "errfix";

export interface PlainPosition {
  line: number;
  character: number;
}
export interface PlainRange {
  start: PlainPosition;
  end: PlainPosition;
}
/** The subset of vscode.Diagnostic that is forwarded. */
export interface PlainDiagnostic {
  range: PlainRange;
  message: string;
  /** vscode.DiagnosticSeverity: Error=0, Warning=1, Information=2, Hint=3. */
  severity?: number;
  source?: string;
  code?: string | number | { value: string | number; target?: { toString(): string } };
  tags?: readonly number[];
}

export interface LspDiagnostic {
  range: PlainRange;
  message: string;
  severity?: 1 | 2 | 3 | 4;
  source?: string;
  code?: string | number;
  codeDescription?: { href: string };
  tags?: number[];
}

export interface DiagnosticsParams {
  uri: string;
  diagnostics: LspDiagnostic[];
}

/** True for diagnostics errfix published itself: forwarding them would make a loop. */
export function isOwn(diagnostic: { source?: string }): boolean {
  return (diagnostic.source ?? "").toLowerCase() === OWN_SOURCE;
}

function position(p: PlainPosition): PlainPosition {
  return { line: p.line, character: p.character };
}

export function toLspDiagnostic(d: PlainDiagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: { start: position(d.range.start), end: position(d.range.end) },
    message: d.message,
  };
  if (typeof d.severity === "number" && d.severity >= 0 && d.severity <= 3) {
    out.severity = (d.severity + 1) as 1 | 2 | 3 | 4; // VS Code's enum is 0-based, LSP's 1-based
  }
  if (d.source) out.source = d.source;
  if (typeof d.code === "string" || typeof d.code === "number") {
    out.code = d.code;
  } else if (d.code && typeof d.code === "object") {
    out.code = d.code.value;
    if (d.code.target) out.codeDescription = { href: d.code.target.toString() };
  }
  if (d.tags && d.tags.length > 0) out.tags = [...d.tags];
  return out;
}

/**
 * Remembers what was last sent per URI, so unchanged documents are not sent again (our own
 * publishDiagnostics also fires onDidChangeDiagnostics for a URI whose foreign diagnostics did not
 * change), and so a document whose diagnostics disappeared gets one empty list.
 */
export class ForwardState {
  private readonly lastSent = new Map<string, string>();

  /** The params to send for `uri`, or undefined when nothing changed. */
  update(uri: string, diagnostics: readonly PlainDiagnostic[]): DiagnosticsParams | undefined {
    const foreign = diagnostics.filter((d) => !isOwn(d)).map(toLspDiagnostic);
    const key = JSON.stringify(foreign);
    const previous = this.lastSent.get(uri);
    if (previous === undefined && foreign.length === 0) return undefined;
    if (previous === key) return undefined;
    if (foreign.length === 0) this.lastSent.delete(uri);
    else this.lastSent.set(uri, key);
    return { uri, diagnostics: foreign };
  }

  /** Forget everything (server restarted: it must get the full picture again). */
  reset(): void {
    this.lastSent.clear();
  }
}
