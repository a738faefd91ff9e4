/**
 * A small static server for the production build, used by the browser tests. Unlike an SPA
 * dev server it answers a missing file with 404 (README, The tiny Qwen), and it can mount extra folders
 * (e.g. the tiny model in Hub layout for the "Try a real Qwen" path).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface Mount {
  /** URL prefix, e.g. '/' or '/hub/'. */
  prefix: string;
  dir: string;
}

/**
 * Fault injection for the browser tests: `GET /__faults?path=/models/x.onnx&mode=missing|corrupt|none`
 * makes the server answer that path with a 404 or with bytes that are not the file;
 * `mode=body` answers it with the request's body instead (POST; e.g. a JSON file with other fields);
 * `mode=drop` closes the connection without an answer (a host that cannot be reached).
 * (Page-level request routing does not see requests made by web workers, so the fault lives here.)
 */
const faults = new Map<string, { mode: 'missing' | 'corrupt' | 'body' | 'drop'; body: string }>();

/**
 * With `isolated`, every response carries the headers that make a page cross-origin isolated
 * (as `npm run dev` / `preview` and an isolating host send them), so shared memory is allowed.
 */
export function serveStatic(
  mounts: Mount[],
  port = 0,
  { isolated = false } = {},
): Promise<{ server: Server; url: string }> {
  const isolation: Record<string, string> = isolated
    ? {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      }
    : {};
  const roots = mounts
    .map((m) => ({ prefix: m.prefix, dir: resolve(m.dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (path === '/__faults') {
      const q = new URL(req.url ?? '/', 'http://x').searchParams;
      const target = q.get('path') ?? '';
      const mode = q.get('mode');
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (mode === 'missing' || mode === 'corrupt' || mode === 'body' || mode === 'drop')
          faults.set(target, { mode, body: Buffer.concat(chunks).toString('utf8') });
        else faults.delete(target);
        res.writeHead(204).end();
      });
      return;
    }
    const fault = faults.get(path);
    if (fault?.mode === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.mode === 'missing') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (fault?.mode === 'corrupt') {
      res
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end('this is not the file you asked for');
      return;
    }
    if (fault?.mode === 'body') {
      const body = Buffer.from(fault.body);
      res
        .writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-cache',
          ...isolation,
        })
        .end(body);
      return;
    }
    const mount = roots.find((m) => path.startsWith(m.prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(mount.dir, path.slice(mount.prefix.length)));
    if (!file.startsWith(mount.dir + sep) && file !== mount.dir) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const st = statSync(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-cache',
        ...isolation,
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({ server, url: `http://127.0.0.1:${p}` });
    });
  });
}
