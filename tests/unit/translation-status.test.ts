// Translation status from git history, in a throw-away repository: instants are compared (not ISO
// strings with different offsets), and a commit may say that its change needs no re-translation.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isBefore, needsNoRetranslation, translationStatus } from '../../src/lib/translation-status';

let repo: string;
const git = (args: string[], date?: string) =>
  execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
const write = (locale: string, text: string) =>
  writeFileSync(join(repo, 'content/news/n', `index.${locale}.mdx`), `---\ntitle: ${text}\nsummary: ${text}\n---\n`);
const commit = (message: string, date: string) => {
  git(['add', '-A']);
  git(['commit', '-q', '-m', message], date);
};
const state = (locale: 'en') => translationStatus(join(repo, 'content')).find((e) => e.slug === 'n')!.locales[locale].state;

function setUp() {
  repo = mkdtempSync(join(tmpdir(), 'i18n-status-'));
  mkdirSync(join(repo, 'content/news/n'), { recursive: true });
  git(['init', '-q']);
}
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('translation status', () => {
  it('compares instants: an English commit made later in UTC is up to date, whatever the offsets say as text', () => {
    setUp();
    write('vi', 'Tin');
    commit('Tin mới', '2024-01-01T10:00:00+07:00'); // 03:00 UTC
    write('en', 'News');
    commit('English', '2024-01-01T05:00:00+00:00'); // 05:00 UTC: later, though "05:00…" < "10:00…" as text
    expect('2024-01-01T05:00:00+00:00' < '2024-01-01T10:00:00+07:00').toBe(true); // the string comparison is wrong
    expect(isBefore('2024-01-01T05:00:00+00:00', '2024-01-01T10:00:00+07:00')).toBe(false);
    expect(state('en')).toBe('ok');
    write('vi', 'Tin (sửa)');
    commit('Sửa nội dung', '2024-01-01T13:00:00+07:00'); // 06:00 UTC: after the translation
    expect(state('en')).toBe('outdated');
  });

  it('leaves translations up to date after a commit that says it needs no re-translation', () => {
    setUp();
    write('vi', 'Tin');
    write('en', 'News');
    commit('Tin mới', '2024-01-01T10:00:00+07:00');
    write('vi', 'Tin.');
    commit('Sửa lỗi chính tả (không cần dịch lại)', '2024-02-01T10:00:00+07:00');
    expect(state('en')).toBe('ok');
    write('vi', 'Tin đã sửa');
    commit('Sửa nội dung tin', '2024-03-01T10:00:00+07:00');
    expect(state('en')).toBe('outdated');
  });

  it('recognises the keywords in Vietnamese and English, in the subject or the body', () => {
    expect(needsNoRetranslation('Fix a typo\n\ni18n-ignore')).toBe(true);
    expect(needsNoRetranslation('Sửa ngày (KHÔNG CẦN DỊCH LẠI)')).toBe(true);
    expect(needsNoRetranslation('Typo fix, no re-translation needed')).toBe(true);
    expect(needsNoRetranslation('Sửa nội dung')).toBe(false);
  });
});
