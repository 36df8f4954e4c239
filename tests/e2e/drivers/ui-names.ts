/**
 * Accessible names exactly as the app writes them, from its own strings (MESSAGES), so a driver
 * accepts only UI the app renders: a renamed button fails the tests instead of matching something
 * else. Both languages are accepted; a `{placeholder}` matches any text.
 */
import type { MessageKey } from '../../../src/i18n/i18n.ts';
import { AR } from '../../../src/i18n/messages-ar.ts';
import { EN } from '../../../src/i18n/messages-en.ts';

const MESSAGES = { en: EN, ar: AR };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(message: string): string {
  return message
    .split(/\{\w+\}/)
    .map(escape)
    .join('.+');
}

/**
 * The name of a key in either language, as a whole-name pattern, or as a prefix with `prefix: true`
 * (for a control whose name also carries its value, e.g. a labelled select).
 * @example uiName('playTour') // /^(?:Play tour|تشغيل الجولة)$/
 */
export function uiName(keys: MessageKey | readonly MessageKey[], options: { prefix?: boolean } = {}): RegExp {
  const list = typeof keys === 'string' ? [keys] : keys;
  const alternatives = list.flatMap((key) => [pattern(MESSAGES.en[key]), pattern(MESSAGES.ar[key])]);
  return new RegExp(`^(?:${[...new Set(alternatives)].join('|')})${options.prefix ? '' : '$'}`);
}
