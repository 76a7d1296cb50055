// An event's calendar revision (SEQUENCE, LAST-MODIFIED) follows the git history of its folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';

it('starts at 0, grows with each commit that changes the folder (and with uncommitted changes), not with others', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'revisions-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
  const commitAt = (time: number, message: string) => {
    git('add', '-A');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', message], {
      cwd: repo,
      env: { ...process.env, GIT_COMMITTER_DATE: `${time} +0700`, GIT_AUTHOR_DATE: `${time} +0700` },
    });
  };
  git('init', '-q');
  const event = join(repo, 'content/events/visit');
  mkdirSync(event, { recursive: true });
  mkdirSync(join(repo, 'content/events/other'), { recursive: true });
  writeFileSync(join(event, 'facts.yaml'), 'start: 2024-04-13\n');
  writeFileSync(join(repo, 'content/events/other/facts.yaml'), 'start: 2024\n');
  commitAt(1_700_000_000, 'first');
  // A fresh module per state: the history is read once per build.
  const revision = async () => {
    vi.resetModules();
    const { revisionOf } = await import('../../src/lib/revisions');
    return revisionOf(event);
  };
  expect(await revision()).toEqual({ sequence: 0, modified: '2023-11-14T22:13:20Z' });

  writeFileSync(join(repo, 'content/events/other/facts.yaml'), 'start: 2025\n');
  commitAt(1_700_000_100, 'another event');
  expect(await revision()).toEqual({ sequence: 0, modified: '2023-11-14T22:13:20Z' });

  writeFileSync(join(event, 'facts.yaml'), 'start: 2024-04-14\n');
  writeFileSync(join(event, 'vi.mdx'), '---\ntitle: x\n---\n');
  commitAt(1_700_000_200, 'moved');
  expect(await revision()).toEqual({ sequence: 1, modified: '2023-11-14T22:16:40Z' });

  writeFileSync(join(event, 'facts.yaml'), 'start: 2024-04-15\n');
  const dirty = await revision();
  expect(dirty.sequence).toBe(2);
  expect(dirty.modified > '2023-11-14T22:16:40Z').toBe(true);
});
