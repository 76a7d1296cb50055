// Typed UI keys: t('nav.hme') is a type error. Vietnamese is the reference set of keys.
import 'i18next';
import type vi from './ui/vi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
