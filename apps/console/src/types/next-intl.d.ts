import type { Locale } from '@opencx/domain';
import type messages from '../../messages/en.json';

// Typed message keys: a missing or misspelled key is a compile error in the app and libs/console.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
