import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { menuTranslator } from '../../electron/menu/menu-labels';
import { parseWindowState, readWindowState, restorableState, writeWindowState } from '../../electron/window-state';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 900 };
const RIGHT_MONITOR = { x: 1440, y: 0, width: 1920, height: 1080 };
const at = (x: number, y: number) => ({ x, y, width: 1000, height: 700, maximized: false });

describe('where the window reopens', () => {
  it.each([
    ['on the laptop', at(100, 50), [LAPTOP], true],
    ['on the second monitor, still attached', at(1600, 100), [LAPTOP, RIGHT_MONITOR], true],
    ['on the second monitor, now unplugged', at(1600, 100), [LAPTOP], false],
    ['with its title bar above the top of the screen', at(100, -300), [LAPTOP], false],
    ['hanging mostly off the left edge, title bar still grabbable', at(-900, 100), [LAPTOP], true],
    ['all but 20 px off the right edge', at(1420, 100), [LAPTOP], false],
  ])('%s', (_label, saved, areas, kept) => {
    expect(restorableState(saved, areas)).toBe(kept ? saved : null);
  });

  it('ignores a state file that is not a window state', () => {
    expect(parseWindowState({ x: 1, y: 2, width: 'wide', height: 700 })).toBeNull();
    expect(parseWindowState({ x: 1, y: 2, width: 50, height: 50 })).toBeNull();
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState({ x: 1, y: 2, width: 900, height: 700 })).toEqual({ ...at(1, 2), width: 900 });
  });

  it('is written atomically in the data folder and read back; a damaged file means defaults', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legat-window-'));
    try {
      writeWindowState(dir, at(10, 20));
      expect(readdirSync(dir)).toEqual(['window-state.json']);
      expect(readWindowState(dir)).toEqual(at(10, 20));
      writeFileSync(path.join(dir, 'window-state.json'), '{"x":1');
      expect(readWindowState(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('menu labels', () => {
  it('uses the renderer’s keys and falls back to English for a language without its own table', () => {
    const t = menuTranslator('de-AT');
    expect(t('common.nav.cases')).toBe('Cases');
    expect(t('menu.aboutDetail', { version: '1.2.3', knowledgeAsOf: '2026-08-22' })).toMatch(
      /^Version 1\.2\.3\nKnowledge pack as of 2026-08-22/,
    );
    expect(t('menu.noSuchKey')).toBe('menu.noSuchKey');
  });
});
