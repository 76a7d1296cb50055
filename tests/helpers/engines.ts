// The three browser engines readers use, all from Debian, behind one small interface: Chromium
// (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi: no geckodriver needed) and
// WebKitGTK (webkit2gtk-driver's WebKitWebDriver, a W3C WebDriver server, spoken to with fetch;
// it needs a display, so an Xvfb is started when there is none).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { Browser as PlaywrightBrowser } from 'playwright-core';
import { launchChromium } from './browser';

/** An engine name, as the tests and the report say it. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The engines every browser suite that compares engines runs in. */
export const engineNames: EngineName[] = ['chromium', 'firefox', 'webkit'];

/** One open browser: load a URL, then run an async function (given as source text) in the page. */
export interface Engine {
  name: EngineName;
  /** Loads `url` and returns what `fn` (the source of an async arrow function) resolves to in that page. */
  run<T>(url: string, fn: string): Promise<T>;
  close(): Promise<void>;
}

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function chromium(): Promise<Engine> {
  const browser: PlaywrightBrowser = await launchChromium();
  const page = await browser.newPage();
  return {
    name: 'chromium',
    async run<T>(url: string, fn: string) {
      await page.goto(url);
      return (await page.evaluate(`(${fn})()`)) as T;
    },
    close: () => browser.close(),
  };
}

async function firefox(): Promise<Engine> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, protocol: 'webDriverBiDi' });
  const page = await browser.newPage();
  return {
    name: 'firefox',
    async run<T>(url: string, fn: string) {
      await page.goto(url);
      return (await page.evaluate(`(${fn})()`)) as T;
    },
    close: () => browser.close(),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Starts Xvfb on a display it chooses itself; resolves to that display (":N") and the process. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const fd = xvfb.stdio[3]!;
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    fd.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display: apt-get install xvfb`)));
  });
  return { display, process: xvfb };
}

async function webkit(): Promise<Engine> {
  const xvfb = process.env.DISPLAY ? undefined : await startXvfb();
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, ...(xvfb ? { DISPLAY: xvfb.display } : {}) } });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { value: { error?: string; message?: string } & Record<string, unknown> };
    if (json.value?.error) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value.error} ${json.value.message ?? ''}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch (error) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start on port ${port}: apt-get install webkit2gtk-driver (${String(error)})`, { cause: error });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const session = (await call('POST', '/session', {
    capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } } },
  })) as { sessionId: string };
  const at = `/session/${session.sessionId}`;
  await call('POST', `${at}/timeouts`, { script: 30_000, pageLoad: 30_000 });
  return {
    name: 'webkit',
    async run<T>(url: string, fn: string) {
      await call('POST', `${at}/url`, { url });
      const script = `const done = arguments[arguments.length - 1]; (${fn})().then(done, (e) => done({ error: String(e) }));`;
      return (await call('POST', `${at}/execute/async`, { script, args: [] })) as T;
    },
    async close() {
      await call('DELETE', at).catch(() => undefined);
      driver.kill();
      xvfb?.process.kill();
    },
  };
}

/** Opens the named engine (Debian's build of it). */
export function openEngine(name: EngineName): Promise<Engine> {
  return { chromium, firefox, webkit }[name]();
}
