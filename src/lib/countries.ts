/** The language a partner country writes its place names in, for lang attributes on native names. */
const nativeLanguage: Record<string, string> = { KR: 'ko', LA: 'lo', JP: 'ja', CN: 'zh', PL: 'pl' };

/** BCP 47 language of a country's own place names (undefined when unknown). */
export function nativeLanguageOf(country: string): string | undefined {
  return nativeLanguage[country];
}
