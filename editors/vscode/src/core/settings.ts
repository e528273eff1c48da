/**
 * Which `errfix.*` settings belong to the server and which only to this extension.
 *
 * The server pulls the whole `errfix` section and warns about keys it does not know; settings that
 * only steer the extension (terminal watching, diagnostic forwarding) are removed from what it gets,
 * so users are not shown a warning for a setting they were offered.
 */

/** Top-level keys under `errfix` that only this extension reads. */
export const CLIENT_ONLY_KEYS = ["terminal", "forwardDiagnostics"] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `errfix` section as the server should see it (a copy; other values are passed through). */
export function serverSection(section: unknown): unknown {
  if (!isRecord(section)) return section;
  const copy: Record<string, unknown> = { ...section };
  for (const key of CLIENT_ONLY_KEYS) delete copy[key];
  return copy;
}

/** Applies `serverSection` to the items of a workspace/configuration answer asked for `errfix`. */
export function filterConfigurationResult(sections: readonly (string | undefined)[], result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  return result.map((value, index) => (sections[index] === "errfix" ? serverSection(value) : value));
}
