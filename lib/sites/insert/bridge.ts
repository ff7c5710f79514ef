/**
 * The CustomEvent protocol between the content script (isolated world) and the composer bridge (page world).
 * Only insertion requests cross it — no thread, settings or stored data — so a page script that listens learns
 * only the text being put into its own reply box.
 */
export const insertRequestEvent = 'webcare:insert-request';
export const insertResultEvent = 'webcare:insert-result';
/** Attribute that marks the composer element for one request (elements cannot cross worlds as event detail). */
export const composerMarker = 'data-webcare-composer';

export interface InsertRequest {
  id: string;
  text: string;
  mode: 'append' | 'replace';
}

export interface InsertResponse {
  id: string;
  ok: boolean;
  method: string;
  reason?: string;
}

/** Details travel as JSON strings: objects do not reliably cross the world boundary. */
export function decodeRequest(detail: unknown): InsertRequest | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    const value = JSON.parse(detail) as Partial<InsertRequest>;
    if (typeof value.id !== 'string' || typeof value.text !== 'string') return undefined;
    return { id: value.id, text: value.text, mode: value.mode === 'append' ? 'append' : 'replace' };
  } catch {
    return undefined;
  }
}

export function decodeResponse(detail: unknown): InsertResponse | undefined {
  if (typeof detail !== 'string') return undefined;
  try {
    const value = JSON.parse(detail) as Partial<InsertResponse>;
    if (typeof value.id !== 'string' || typeof value.ok !== 'boolean') return undefined;
    return { id: value.id, ok: value.ok, method: String(value.method ?? 'none'), reason: value.reason };
  } catch {
    return undefined;
  }
}
