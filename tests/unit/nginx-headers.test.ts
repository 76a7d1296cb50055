// public/_headers → nginx: every rule's headers reach the locations it covers.
import { describe, expect, it } from 'vitest';
import { nginxHeaders, parseHeaders, pathPattern } from '../../scripts/nginx-headers';

const headers = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'

/admin/*
  Content-Security-Policy: default-src 'self'; script-src 'self' "quoted"

/admin/config.yml
  Cache-Control: no-cache

/pagefind/*.pf_meta
  Cache-Control: public, max-age=31536000, immutable
`;

describe('nginx headers from _headers', () => {
  const rules = parseHeaders(headers);
  const conf = nginxHeaders(rules);
  const block = (start: string) => conf.slice(conf.indexOf(start), conf.indexOf('}', conf.indexOf(start)));

  it('sends the global headers at server level, always (404s too)', () => {
    expect(conf).toMatch(/^add_header X-Content-Type-Options "nosniff" always;$/m);
  });

  it('repeats the global headers in each location (add_header there replaces the server’s), plus the rule’s own', () => {
    const admin = block('location /admin/ {');
    expect(admin).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(admin).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'" always;`);
    expect(admin).toContain(`add_header Content-Security-Policy "default-src 'self'; script-src 'self' \\"quoted\\"" always;`);
  });

  it('gives an exact path the headers of the prefix rules that cover it', () => {
    const exact = block('location = /admin/config.yml {');
    expect(exact).toContain('Cache-Control "no-cache"');
    expect(exact).toContain(`default-src 'self'`);
    expect(exact).toContain('nosniff');
  });

  it('turns splats elsewhere into a regex location', () => {
    expect(conf).toContain('location ~ "^/pagefind/.*\\\\.pf_meta$" {');
    expect(pathPattern('/pagefind/*.pf_meta').test('/pagefind/pagefind.en_1a2b.pf_meta')).toBe(true);
    expect(pathPattern('/news/:slug/').test('/news/a/')).toBe(true);
    expect(pathPattern('/news/:slug/').test('/news/a/b/')).toBe(false);
  });

  it('refuses what it cannot translate, naming the line', () => {
    expect(() => parseHeaders('/*\n  X-A: $host\n')).toThrow(/line 2: nginx would read "\$"/);
    expect(() => parseHeaders('  X-A: b\n')).toThrow(/line 1: expected an indented "Name: value" under a path/);
    expect(() => parseHeaders('admin\n')).toThrow(/line 1: a rule starts with a path/);
  });
});
