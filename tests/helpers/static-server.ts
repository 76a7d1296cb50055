// A minimal static file server for dist/ on a free loopback port, as a static host would serve it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.wasm']);

/**
 * Serves `root` on 127.0.0.1; resolves to its base URL and a function that stops it. With `gzip`,
 * text and wasm are compressed as a static host would (Pagefind's own files are already gzipped).
 * With `headers`, the root's _headers file is applied as a static host would (CSP included).
 */
export async function serve(root: string, { gzip = false, headers: useHeaders = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = useHeaders ? parseHeadersFile(join(root, '_headers')) : [];
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    for (const [name, value] of headersFor(rules, path)) res.appendHeader(name, value);
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    if (gzip && compressible.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(found ? 200 : 404, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(found ? 200 : 404, headers);
      createReadStream(file).pipe(res);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
