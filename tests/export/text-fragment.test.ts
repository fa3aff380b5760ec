import { describe, expect, test } from 'vitest';
import { encodeTextDirectivePart, textFragmentLink } from '../../lib/export/text-fragment';

const URL = 'https://www.gov.cn/report.html';
const enc = encodeURIComponent;

describe('short quotes', () => {
  test.each([
    ['Chinese text', '新增学位1.85万个', `${URL}#:~:text=${enc('新增学位1.85万个')}`],
    ['a comma inside the quote', '新增学位1.85万个,其中', `${URL}#:~:text=${enc('新增学位1.85万个')}%2C${enc('其中')}`],
    ['a dash inside the quote', '新增学位1.85万个-普惠', `${URL}#:~:text=${enc('新增学位1.85万个')}%2D${enc('普惠')}`],
    ['an ampersand inside the quote', 'R&D投入', `${URL}#:~:text=R%26D${enc('投入')}`],
    ['surrounding whitespace is trimmed', '  学位 \n', `${URL}#:~:text=${enc('学位')}`],
    ['inner whitespace collapses to one space', '增长\n\t 6%', `${URL}#:~:text=${enc('增长 6%')}`],
  ])('%s', (_, quote, link) => {
    expect(textFragmentLink(URL, quote)).toBe(link);
  });

  test('the directive has only the separators the spec gives meaning to', () => {
    const link = textFragmentLink(URL, '新增学位1.85万个,-&其中', { prefix: '前-缀', suffix: '后,缀' });
    const directive = link.split(':~:text=')[1]!;
    expect(directive.split(',')).toHaveLength(3);
    expect(directive.split(',').map(decodeURIComponent)).toEqual(['前-缀-', '新增学位1.85万个,-&其中', '-后,缀']);
  });
});

describe('context', () => {
  test.each([
    ['prefix and suffix', { prefix: '今年', suffix: '。' }, `${enc('今年')}-,${enc('学位')},-${enc('。')}`],
    ['prefix only', { prefix: '今年' }, `${enc('今年')}-,${enc('学位')}`],
    ['suffix only', { suffix: '。' }, `${enc('学位')},-${enc('。')}`],
    ['blank context is left out', { prefix: '  ', suffix: '' }, enc('学位')],
    ['a dash in the prefix is encoded', { prefix: '2024-' }, `2024%2D-,${enc('学位')}`],
  ])('%s', (_, context, directive) => {
    expect(textFragmentLink(URL, '学位', context)).toBe(`${URL}#:~:text=${directive}`);
  });
});

describe('long quotes', () => {
  const head = '全年新增城镇就业一千';
  const tail = '以内，居民收入稳步增长';
  const long = head + '二百四十四万人，城镇调查失业率平均值为百分之五点二，'.repeat(3) + tail;

  test('a quote over 80 characters links by its first and last ten characters', () => {
    expect(long.length).toBeGreaterThan(80);
    expect(textFragmentLink(URL, long)).toBe(`${URL}#:~:text=${enc(head)},${enc(tail.slice(-10))}`);
  });

  test('with context the start and end still sit between prefix and suffix', () => {
    expect(textFragmentLink(URL, long, { prefix: '去年', suffix: '。' })).toBe(
      `${URL}#:~:text=${enc('去年')}-,${enc(head)},${enc(tail.slice(-10))},-${enc('。')}`,
    );
  });

  test('a quote of exactly 80 characters is linked whole', () => {
    const quote = '学'.repeat(80);
    expect(textFragmentLink(URL, quote)).toBe(`${URL}#:~:text=${enc(quote)}`);
  });

  test('characters outside the BMP are not split', () => {
    const quote = '𠀀'.repeat(90);
    const [start, end] = textFragmentLink(URL, quote).split(':~:text=')[1]!.split(',').map(decodeURIComponent);
    expect([start, end]).toEqual(['𠀀'.repeat(10), '𠀀'.repeat(10)]);
  });
});

describe('the url the directive goes on', () => {
  test.each([
    ['no fragment', 'https://a.cn/r', 'https://a.cn/r#:~:text=x'],
    ['a fragment is kept', 'https://a.cn/r#part2', 'https://a.cn/r#part2:~:text=x'],
    ['an empty fragment', 'https://a.cn/r#', 'https://a.cn/r#:~:text=x'],
    ['an old directive is replaced', 'https://a.cn/r#:~:text=old', 'https://a.cn/r#:~:text=x'],
    ['an old directive after a fragment is replaced', 'https://a.cn/r#p:~:text=old', 'https://a.cn/r#p:~:text=x'],
    ['the query stays', 'https://a.cn/r?id=1&p=2', 'https://a.cn/r?id=1&p=2#:~:text=x'],
  ])('%s', (_, url, link) => {
    expect(textFragmentLink(url, 'x')).toBe(link);
  });

  test('an empty quote leaves the url as it was', () => {
    expect(textFragmentLink('https://a.cn/r#p', ' \n ')).toBe('https://a.cn/r#p');
  });
});

test.each([
  ['-', '%2D'],
  [',', '%2C'],
  ['&', '%26'],
  ['#', '%23'],
  [' ', '%20'],
  ['%', '%25'],
  ['a.b_c~d', 'a.b_c~d'],
])('encodeTextDirectivePart(%j) is %j', (text, encoded) => {
  expect(encodeTextDirectivePart(text)).toBe(encoded);
});
