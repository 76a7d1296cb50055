// Every built page is valid HTML by html-validate's recommended rules (config in .htmlvalidate.json).
import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fileFor, pagePaths } from '../helpers/site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it('has no errors on any page', async () => {
    const errors: string[] = [];
    for (const p of pagePaths) {
      const report = await validator.validateString(readFileSync(fileFor(p)!, 'utf8'), p);
      for (const r of report.results) for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });
});
