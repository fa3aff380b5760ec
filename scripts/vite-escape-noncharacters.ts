import type { Plugin } from 'vite';

/**
 * Chrome refuses to load an extension script that contains a Unicode
 * non-character (U+FDD0–U+FDEF, or U+xFFFE / U+xFFFF in any plane): it reports
 * the file as "not UTF-8 encoded". Minifiers fold code such as Dexie's
 * `String.fromCharCode(65535)` into a raw U+FFFF, so escape them after the
 * bundle is generated. See https://github.com/wxt-dev/wxt/issues/1900.
 *
 * A `\uXXXX` escape means the same as the raw character wherever one of these
 * can stand in JavaScript (string, template and regular-expression literals,
 * comments); they are never part of an identifier.
 */

// BMP non-characters, and astral ones (U+1FFFE, U+1FFFF, …, U+10FFFF) as code points.
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;

/** Escape every non-character in `code` as `\uXXXX` (a surrogate pair for astral ones). */
export function escapeNoncharacters(code: string): string {
  return code.replace(NONCHARACTER, (ch) => {
    let out = '';
    for (let i = 0; i < ch.length; i++) {
      out += '\\u' + ch.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
    }
    return out;
  });
}

export function escapeNoncharactersPlugin(): Plugin {
  return {
    name: 'report-annotator:escape-noncharacters',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          file.code = escapeNoncharacters(file.code);
        } else if (/\.m?js$/.test(file.fileName) && typeof file.source === 'string') {
          // Scripts emitted as plain assets (copied, not bundled).
          file.source = escapeNoncharacters(file.source);
        }
      }
    },
  };
}

export default escapeNoncharactersPlugin;
