/**
 * Revisions of content folders from git history, for calendars: an event's SEQUENCE is the number of
 * commits that changed its folder after the first (plus one while it has uncommitted changes), and its
 * LAST-MODIFIED the time of the newest of them. Both stay the same from build to build until the
 * entry's files change, so calendar programs see an update exactly when there is one.
 * Without git (a copy without history) every folder is revision 0, modified when its newest file was.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** How often a folder changed and when it last did. */
export interface Revision {
  /** 0 for the first version, +1 for each later commit (RFC 5545 SEQUENCE). */
  sequence: number;
  /** When it last changed, as an ISO instant in UTC. */
  modified: string;
}

interface History {
  /** Absolute file path → the commits (hash, seconds since 1970) that changed it, newest first. */
  commits: Map<string, Array<{ hash: string; time: number }>>;
  /** Absolute paths of files changed or added since the last commit. */
  dirty: Set<string>;
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

const cache = new Map<string, History>();

/** The git history of everything under `dir` (read once per build). */
function historyOf(dir: string): History {
  const known = cache.get(dir);
  if (known) return known;
  const history: History = { commits: new Map(), dirty: new Set() };
  try {
    const top = git(dir, ['rev-parse', '--show-toplevel']).trim();
    let current: { hash: string; time: number } | undefined;
    for (const line of git(dir, ['log', '--format=@%H %ct', '--name-only', '--no-renames', '--', '.']).split('\n')) {
      if (line.startsWith('@')) {
        const [hash, time] = line.slice(1).split(' ');
        current = { hash, time: Number(time) };
      } else if (line.trim() && current) {
        const file = join(top, line.trim());
        if (!history.commits.has(file)) history.commits.set(file, []);
        history.commits.get(file)!.push(current);
      }
    }
    for (const line of git(dir, ['status', '--porcelain', '--untracked-files=all', '--', '.']).split('\n')) {
      if (line.length > 3)
        history.dirty.add(
          join(
            top,
            line
              .slice(3)
              .replace(/^.* -> /, '')
              .replace(/^"|"$/g, ''),
          ),
        );
    }
  } catch {
    // not a git repository, or git missing: every folder is revision 0
  }
  cache.set(dir, history);
  return history;
}

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(folder, d.name)) : [join(folder, d.name)]));

const newestMtime = (files: string[]) => Math.max(0, ...files.map((f) => Math.floor(statSync(f).mtimeMs / 1000)));

/** The revision of the content folder `folder` (a path relative to the project root, or absolute). */
export function revisionOf(folder: string): Revision {
  const abs = resolve(folder);
  const history = historyOf(resolve(abs, '..'));
  const inside = (file: string) => file === abs || file.startsWith(abs + sep);
  const commits = new Map<string, number>();
  for (const [file, list] of history.commits) if (inside(file)) for (const c of list) commits.set(c.hash, c.time);
  const dirty = [...history.dirty].filter(inside).filter((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false; // deleted
    }
  });
  const committed = Math.max(0, ...commits.values());
  const time = dirty.length > 0 ? Math.max(committed, newestMtime(dirty)) : committed || newestMtime(filesUnder(abs));
  return {
    sequence: Math.max(0, commits.size - 1) + (dirty.length > 0 && commits.size > 0 ? 1 : 0),
    modified: new Date(time * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
