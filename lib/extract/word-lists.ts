/**
 * Which of some named lists of words a short string holds, in one pass: a table by first
 * character, then startsWith. At most 31 lists (one bit each).
 */
export class WordLists<Name extends string> {
  /** Every list, as foundIn's bits: what a gate built on WordLists lets through when opened. */
  static readonly ALL = ~0;

  private readonly byFirst = new Map<number, Array<{ word: string; bits: number }>>();
  private readonly bitOf = {} as Record<Name, number>;

  constructor(lists: Readonly<Record<Name, readonly string[]>>) {
    const names = Object.keys(lists) as Name[];
    if (names.length > 31) throw new Error('WordLists holds at most 31 lists');
    names.forEach((name, k) => {
      this.bitOf[name] = 1 << k;
      for (const word of lists[name]) {
        const code = word.charCodeAt(0);
        const entries = this.byFirst.get(code) ?? [];
        const entry = entries.find((e) => e.word === word);
        if (entry) entry.bits |= 1 << k;
        else entries.push({ word, bits: 1 << k });
        this.byFirst.set(code, entries);
      }
    });
  }

  /** The lists `s` holds a word of, as bits (0: none); test one with `has`. */
  foundIn(s: string): number {
    let bits = 0;
    for (let at = 0; at < s.length; at++) {
      const entries = this.byFirst.get(s.charCodeAt(at));
      if (entries === undefined) continue;
      for (const { word, bits: b } of entries) if ((bits & b) !== b && s.startsWith(word, at)) bits |= b;
    }
    return bits;
  }

  /** Whether `found` (from foundIn) holds a word of the list `name`. */
  has(found: number, name: Name): boolean {
    return (found & this.bitOf[name]) !== 0;
  }
}
