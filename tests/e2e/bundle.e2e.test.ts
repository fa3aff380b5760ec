import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeNoncharacters } from '../../scripts/vite-escape-noncharacters';
import { EXTENSION_DIR } from './harness';

// Chrome calls a script holding one of these "not UTF-8 encoded" and refuses the extension.
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{10FFFE}\u{10FFFF}]/u;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('escapeNoncharacters', () => {
  it('escapes BMP and astral non-characters and nothing else', () => {
    expect(escapeNoncharacters('a\uFFFFb\uFFFE\uFDD0\uFDEF')).toBe('a\\uFFFFb\\uFFFE\\uFDD0\\uFDEF');
    expect(escapeNoncharacters('x\u{10FFFF}y')).toBe('x\\uDBFF\\uDFFFy');
    const ordinary = '报告标注 “目标” \uFDCF\uFDF0\uFFFD 😀 \u{1FFFD}';
    expect(escapeNoncharacters(ordinary)).toBe(ordinary);
  });

  it('keeps the meaning of string and regular-expression literals', () => {
    const source = 'var s = "\uFFFF"; var r = /[\uFFFE-\uFFFF]/;';
    const escaped = escapeNoncharacters(source);
    expect(escaped).not.toMatch(NONCHARACTER);
    const run = (code: string) => new Function(`${code}; return [s, r.test("\\uFFFF"), r.test("a")];`)();
    expect(run(escaped)).toEqual(run(source));
  });
});

describe('the Chrome build', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('holds no Unicode non-character in any script', () => {
    const offenders = filesUnder(EXTENSION_DIR)
      .filter((file) => /\.m?js$/.test(file))
      .filter((file) => NONCHARACTER.test(readFileSync(file, 'utf8')))
      .map((file) => relative(EXTENSION_DIR, file));
    expect(offenders).toEqual([]);
  });

  it('asks for the minimal permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toEqual([
      { matches: ['*://*.gov.cn/*'], run_at: 'document_idle', js: ['content-scripts/content.js'] },
    ]);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
  });
});
