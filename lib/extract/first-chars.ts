/**
 * The characters a match of a regular expression can start with, read from its source, so that a
 * search over a whole report tries the pattern only where one of them stands. A global search tries
 * every alternative of a long alternation (到|至|在|于…, a lexicon of cue words) at every
 * character: on a report that cost more than the rest of the reading around it, where looking a
 * character up in a table costs almost nothing.
 *
 * The reading is conservative: whatever it does not understand (a negated class, \s, \w, a dot,
 * an anchor, flags i/u/s/v, a pattern that may match the empty string) gives null, and the caller
 * searches as before. A superset of the true first characters is always safe: the pattern itself
 * still decides at each candidate.
 */

/**
 * Patterns a whole-text search tries only where their first characters stand. Opt-in: for a plain
 * alternation of words V8's own search skips ahead faster than a table and one exec per candidate
 * (measured: the tense cue lists run 2–3× slower that way); for a pattern it searches slowly
 * (DEADLINE_PATTERN, with digits, numerals and lookaheads in its branches) it is 3× faster.
 */
const BY_FIRST_CHARS = new WeakSet<RegExp>();

/** Marks `pattern` to be searched by its first characters (see BY_FIRST_CHARS); returns it. */
export function searchedByFirstChars(pattern: RegExp): RegExp {
  BY_FIRST_CHARS.add(pattern);
  return pattern;
}

export const isSearchedByFirstChars = (pattern: RegExp): boolean => BY_FIRST_CHARS.has(pattern);

/** A set of UTF-16 code units, as a table indexed by code unit. */
export type FirstChars = Uint8Array;

class Unsupported extends Error {}

interface Reading {
  /** Code units a match of this piece may start with. */
  first: Set<number>;
  /** Whether the piece may match the empty string (then what follows may start the match too). */
  nullable: boolean;
}

/** The first characters of `pattern`'s matches, or null when they cannot be read safely. */
export function firstCharsOf(pattern: RegExp): FirstChars | null {
  if (/[iusv]/.test(pattern.flags)) return null;
  try {
    const parser = new Parser(pattern.source);
    const reading = parser.alternation();
    if (parser.at < pattern.source.length || reading.nullable) return null;
    const table = new Uint8Array(0x10000);
    for (const code of reading.first) table[code] = 1;
    return table;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

class Parser {
  at = 0;

  constructor(private readonly source: string) {}

  /** a|b|c up to a closing parenthesis or the end. */
  alternation(): Reading {
    const first = new Set<number>();
    let nullable = false;
    for (;;) {
      const branch = this.sequence();
      for (const code of branch.first) first.add(code);
      nullable ||= branch.nullable;
      if (this.source[this.at] !== '|') return { first, nullable };
      this.at++;
    }
  }

  /** Atoms in a row: the first ones that may be empty let the next one start the match. */
  private sequence(): Reading {
    const first = new Set<number>();
    let nullable = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.quantified();
      if (nullable) for (const code of atom.first) first.add(code);
      nullable &&= atom.nullable;
    }
    return { first, nullable };
  }

  private quantified(): Reading {
    const atom = this.atom();
    const { source } = this;
    const ch = source[this.at];
    let min = 1;
    if (ch === '?' || ch === '*' || ch === '+') {
      min = ch === '+' ? 1 : 0;
      this.at++;
    } else if (ch === '{') {
      const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(this.at));
      if (!bounds) throw new Unsupported();
      min = Number(bounds[1]);
      this.at += bounds[0].length;
    } else {
      return atom;
    }
    if (source[this.at] === '?') this.at++; // lazy
    return min === 0 ? { first: atom.first, nullable: true } : atom;
  }

  private atom(): Reading {
    const { source } = this;
    const ch = source[this.at];
    if (ch === '(') {
      if (source.startsWith('(?=', this.at) || source.startsWith('(?!', this.at) || source.startsWith('(?<=', this.at) || source.startsWith('(?<!', this.at)) {
        // A lookaround consumes nothing: skipped unread (it may hold ^, \\s or a negated class), it only widens the set.
        this.at += source[this.at + 2] === '<' ? 4 : 3;
        this.skipGroup();
        return { first: new Set(), nullable: true };
      }
      if (source.startsWith('(?:', this.at)) this.at += 3;
      else if (source.startsWith('(?<', this.at)) throw new Unsupported(); // named group
      else if (source[this.at + 1] === '?') throw new Unsupported();
      else this.at++;
      const inner = this.alternation();
      this.expect(')');
      return inner;
    }
    if (ch === '[') return { first: this.charClass(), nullable: false };
    if (ch === '\\') return { first: this.escape(), nullable: false };
    if ('.^$'.includes(ch)) throw new Unsupported();
    if ('*+?{})|'.includes(ch)) throw new Unsupported();
    this.at++;
    return { first: new Set([ch.charCodeAt(0)]), nullable: false };
  }

  /** An escape outside a class: \d, \uXXXX, \xXX or an escaped punctuation mark. */
  private escape(): Set<number> {
    const { source } = this;
    const ch = source[this.at + 1];
    if (ch === 'd') {
      this.at += 2;
      return new Set(Array.from({ length: 10 }, (_, k) => 0x30 + k));
    }
    return new Set([this.escapedCode()]);
  }

  /** The code unit of \uXXXX, \xXX or \<punctuation> at `at`, moving past it. */
  private escapedCode(): number {
    const { source } = this;
    const ch = source[this.at + 1];
    if (ch === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(this.at + 2, this.at + 6))) {
      this.at += 6;
      return parseInt(source.slice(this.at - 4, this.at), 16);
    }
    if (ch === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(this.at + 2, this.at + 4))) {
      this.at += 4;
      return parseInt(source.slice(this.at - 2, this.at), 16);
    }
    if (ch !== undefined && /[\\/^$.*+?()[\]{}|\-—:：·、，,;；]/.test(ch)) {
      this.at += 2;
      return ch.charCodeAt(0);
    }
    throw new Unsupported();
  }

  /** [abc], [a-z], [\d], [\u3400-\u9fff]; a negated class or a class escape other than \d is not read. */
  private charClass(): Set<number> {
    const { source } = this;
    this.at++;
    if (source[this.at] === '^') throw new Unsupported();
    const codes = new Set<number>();
    while (source[this.at] !== ']') {
      if (this.at >= source.length) throw new Unsupported();
      if (source[this.at] === '\\' && source[this.at + 1] === 'd') {
        this.at += 2;
        for (let k = 0x30; k <= 0x39; k++) codes.add(k);
        continue;
      }
      const low = this.classCode();
      if (source[this.at] === '-' && source[this.at + 1] !== ']') {
        this.at++;
        const high = this.classCode();
        for (let code = low; code <= high; code++) codes.add(code);
      } else {
        codes.add(low);
      }
    }
    this.at++;
    return codes;
  }

  private classCode(): number {
    if (this.source[this.at] === '\\') return this.escapedCode();
    return this.source.charCodeAt(this.at++);
  }

  /** Moves past the closing parenthesis of the group whose contents start at `at`, reading nothing in it. */
  private skipGroup(): void {
    const { source } = this;
    let depth = 1;
    let inClass = false;
    while (this.at < source.length) {
      const ch = source[this.at++];
      if (ch === '\\') this.at++;
      else if (inClass) inClass = ch !== ']';
      else if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return;
    }
    throw new Unsupported();
  }

  private expect(ch: string): void {
    if (this.source[this.at] !== ch) throw new Unsupported();
    this.at++;
  }
}

/**
 * The next match of a global search for `sticky`'s pattern in `subject` from `from`: the same match
 * a global copy finds from lastIndex `from`, tried only where a first character stands.
 * `sticky` must have the y flag and `first` must come from firstCharsOf of the same pattern.
 */
export function nextMatchFrom(subject: string, from: number, sticky: RegExp, first: FirstChars): RegExpExecArray | null {
  for (let at = from; at < subject.length; at++) {
    if (!first[subject.charCodeAt(at)]) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(subject);
    if (match) return match;
  }
  return null;
}
