// Format checks of calendars (RFC 5545) and XML feeds, independent of the code that writes them.
import { XMLValidator } from 'fast-xml-parser';

/** Properties whose value is TEXT (RFC 5545 §3.3.11): ; , \ and newlines must be escaped. */
const textProperties = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'CATEGORIES', 'X-WR-CALNAME', 'X-WR-CALDESC', 'CONTACT', 'RESOURCES']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Every way `ics` breaks RFC 5545's line rules or TEXT escaping; empty when it is sound. */
export function icalProblems(ics: Buffer | string): string[] {
  const bytes = typeof ics === 'string' ? Buffer.from(ics, 'utf8') : ics;
  const problems: string[] = [];
  const text = bytes.toString('utf8');
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a line ends with a bare CR or LF instead of CRLF');
  // Physical lines, as bytes: at most 75 octets, and each valid UTF-8 on its own (no character cut in two).
  let start = 0;
  const physical: string[] = [];
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      if (line.length > 75) problems.push(`line ${physical.length + 1} is ${line.length} octets long (at most 75): ${line.toString('utf8').slice(0, 40)}…`);
      try {
        physical.push(strictUtf8.decode(line));
      } catch {
        problems.push(`line ${physical.length + 1} cuts a UTF-8 character in two`);
        physical.push(line.toString('utf8'));
      }
      start = i + 2;
      i++;
    }
  }
  // Logical lines: unfold, then check each TEXT value's escaping.
  const logical: string[] = [];
  for (const line of physical) {
    if (/^[ \t]/.test(line) && logical.length > 0) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:;]+=(?:"[^"]*"|[^:;,]*)(?:,(?:"[^"]*"|[^:;,]*))*)*):(.*)$/s.exec(line);
    if (!m) {
      if (line !== '') problems.push(`not a content line (name:value): ${line.slice(0, 60)}`);
      continue;
    }
    const [, name, , value] = m;
    if (!textProperties.has(name.toUpperCase())) continue;
    const unescaped = value.replace(/\\[\\;,nN]/g, '');
    if (unescaped.includes('\\')) problems.push(`${name}: a backslash that escapes nothing (write \\\\): ${value.slice(0, 60)}`);
    if (/[;,]/.test(unescaped)) problems.push(`${name}: an unescaped ; or , (write \\; and \\,): ${value.slice(0, 60)}`);
  }
  return problems;
}

/** Every way `xml` is not well-formed (bare &, unclosed tags …); empty when it is sound. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const result = XMLValidator.validate(xml);
  if (result !== true) problems.push(`${result.err.code} at line ${result.err.line}: ${result.err.msg}`);
  // The validator accepts a bare & inside attribute values; XML does not.
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bare) problems.push(`a bare & (write &amp;) near: ${xml.slice(Math.max(0, bare.index - 30), bare.index + 30)}`);
  return problems;
}
