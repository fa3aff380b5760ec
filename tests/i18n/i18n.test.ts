import { describe, expect, test } from 'vitest';
import { detectLanguage, translator } from '../../lib/i18n';

describe('UI language', () => {
  test.each([
    [['zh-CN', 'en'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['en'], 'en'],
    [['fr-FR'], 'zh'],
    [[], 'zh'],
  ] as const)('%j reads %s', (languages, expected) => {
    expect(detectLanguage(languages)).toBe(expected);
  });

  test('fills parameters in the chosen language', () => {
    const table = { found: { zh: '找到 {count} 项', en: '{count} items found' } } as const;
    expect(translator(table, 'zh')('found', { count: 3 })).toBe('找到 3 项');
    expect(translator(table, 'en')('found', { count: 3 })).toBe('3 items found');
  });
});
