// The shipped nginx configuration (deploy/nginx/), run by Debian's nginx on 127.0.0.1 over the built
// site: headers from public/_headers, status codes, content types, compression, caching.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generated, parseHeaders, pathPattern } from '../../scripts/nginx-headers';
import { dist } from '../helpers/site';

const root = resolve(import.meta.dirname, '../..');
const nginxBin = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find(existsSync);
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const hasBrotli = existsSync(brotliModule);
const rules = parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let base = '';
let prefix = '';
let server: ChildProcess | undefined;

/** A free TCP port on 127.0.0.1. */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
    s.on('error', fail);
  });

/** Resolves once something accepts connections on the port (nginx has started), or fails after `ms`. */
const listening = (port: number, ms: number) =>
  new Promise<void>((done, fail) => {
    const until = Date.now() + ms;
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), done()));
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > until) fail(new Error(`nginx did not listen on ${port}: ${readLog()}`));
        else setImmediate(attempt);
      });
    };
    attempt();
  });

const readLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');

/** GET `path` with the given Accept-Encoding; the body as sent (still compressed). */
const get = (path: string, encoding = 'identity') =>
  new Promise<Reply>((done, fail) => {
    const req = request(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const urlOf = (file: string) => '/' + relative(dist, file).replace(/\\/g, '/');
const files = walk(dist);
const firstFile = (pattern: RegExp) => files.map(urlOf).find((u) => pattern.test(u));

beforeAll(async () => {
  if (!nginxBin) throw new Error('nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-filter (.ci/run does)');
  prefix = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  mkdirSync(join(prefix, 'bacgiang'));
  for (const f of ['static-site.conf', 'headers.conf', 'brotli.conf']) copyFileSync(join(root, 'deploy/nginx', f), join(prefix, 'bacgiang', f));
  if (!hasBrotli) writeFileSync(join(prefix, 'bacgiang/brotli.conf'), '# brotli module not installed\n');
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'worker_processes 1;',
      hasBrotli ? `load_module ${brotliModule};` : '',
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${dist};`,
      '    include bacgiang/static-site.conf;',
      '  }',
      '}',
    ].join('\n'),
  );
  const args = ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
  const check = spawnSync(nginxBin, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  server = spawn(nginxBin, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  await listening(port, 15_000);
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

describe('nginx configuration', () => {
  it('deploy/nginx/headers.conf is generated from public/_headers (npm run nginx:headers)', () => {
    const { file, text } = generated();
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('sends every header of every _headers rule on a file the rule covers, and the global ones on errors', async () => {
    const global = rules.filter((r) => r.path === '/*').flatMap((r) => r.headers);
    expect(global.length).toBeGreaterThan(3);
    for (const rule of rules) {
      const path = rule.path === '/*' ? '/' : firstFile(pathPattern(rule.path));
      if (!path) continue; // nothing in the site matches this rule (yet)
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      for (const [name, value] of [...global, ...rule.headers]) {
        const sent = [reply.headers[name.toLowerCase()]].flat().join(', ');
        expect(sent, `${path} ${name}`).toContain(value);
      }
    }
    const missing = await get('/vi/no-such-page/');
    for (const [name, value] of global) expect(missing.headers[name.toLowerCase()], name).toBe(value);
  });

  it('serves / and each language home, and redirects a folder without its slash (301, relative)', async () => {
    for (const path of ['/', '/vi/', '/en/', '/ko/', '/lo/']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.body.toString('utf8'), path).toBe(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    }
    const redirect = await get('/vi/partners');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/vi/partners/');
  });

  it('answers a missing address in any language with 404 and the not-found page in all four languages', async () => {
    const notFound = readFileSync(join(dist, '404.html'), 'utf8');
    for (const path of ['/vi/no-such-page/', '/ko/partners/nowhere/', '/lo/x', '/nothing.ics', '/_astro/missing.js']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(reply.body.toString('utf8'), path).toBe(notFound);
    }
  });

  it('gives feeds, calendars, data and pages their content type with charset=utf-8', async () => {
    const expected: Array<[string, string]> = [
      ['/vi/', 'text/html; charset=utf-8'],
      ['/vi/events/calendar.ics', 'text/calendar; charset=utf-8'],
      ['/vi/news/rss.xml', 'application/xml; charset=utf-8'],
      ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
      ['/data/partners.csv', 'text/csv; charset=utf-8'],
      ['/data/partners.json', 'application/json; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      [firstFile(/^\/_astro\/.*\.css$/)!, 'text/css; charset=utf-8'],
      [firstFile(/^\/pagefind\/pagefind\.js$/)!, 'text/javascript; charset=utf-8'],
      [firstFile(/^\/share\/.*\.png$/)!, 'image/png'],
      ...(existsSync(join(dist, 'admin/config.yml')) ? [['/admin/config.yml', 'text/yaml; charset=utf-8'] as [string, string]] : []),
    ];
    for (const [path, type] of expected) {
      const reply = await get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
    }
  });

  it('caches hashed files for a year and revalidates the rest', async () => {
    for (const path of [firstFile(/^\/_astro\//)!, firstFile(/^\/pagefind\/fragment\//)!, firstFile(/^\/pagefind\/index\//)!]) {
      expect((await get(path)).headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/vi/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      const reply = await get(path);
      expect(reply.headers['cache-control'], path).toBeUndefined();
      expect(reply.headers.etag, path).toBeTruthy();
    }
  });

  const decoders: Array<[string, (b: Buffer) => Buffer]> = [
    ['gzip', (b) => gunzipSync(b)],
    ...(hasBrotli ? [['br', (b: Buffer) => brotliDecompressSync(b)] as [string, (b: Buffer) => Buffer]] : []),
  ];
  it.each(decoders)('compresses text with %s, byte for byte, and says Vary: Accept-Encoding', async (encoding, decode) => {
    for (const path of [
      '/vi/',
      firstFile(/^\/_astro\/.*\.css$/)!,
      '/pagefind/pagefind.js',
      '/vi/events/calendar.ics',
      '/data/tasks.csv',
      '/data/tasks.json',
      '/vi/news/rss.xml',
    ]) {
      const reply = await get(path, encoding);
      expect(reply.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding);
      expect(reply.headers.vary, path).toContain('Accept-Encoding');
      const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      expect(decode(reply.body).equals(readFileSync(file)), path).toBe(true);
    }
    // Already compressed: Pagefind's fragments are sent as they are.
    const fragment = await get(firstFile(/^\/pagefind\/fragment\//)!, encoding);
    expect(fragment.headers['content-encoding']).toBeUndefined();
  });
});
