/**
 * Fetches a same-origin asset with byte progress. A missing file is an error with the URL and
 * status in its message (never an HTML fallback page parsed as data).
 */
export interface Progress {
  loaded: number;
  total?: number;
}

export async function fetchWithProgress(
  url: string,
  onProgress?: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/html'))
    throw new Error(`Could not load ${url}: the server sent a web page instead of the file`);
  const lengthHeader = Number(res.headers.get('content-length'));
  const total = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : undefined;
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    onProgress?.({ loaded: buf.length, total: buf.length });
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.({ loaded, total });
  }
  const out = new Uint8Array(loaded);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  onProgress?.({ loaded, total: total ?? loaded });
  return out;
}
