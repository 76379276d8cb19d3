/**
 * The main window's size and place, remembered per data folder (window-state.json beside the database),
 * restored only where a display still shows it: a laptop taken off its second monitor must not open
 * Legat off-screen. Pure apart from the two file functions, which main calls.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface WindowState extends Rect {
  maximized: boolean;
}

const FILE = 'window-state.json';
/** Enough of the title bar visible to grab and move the window. */
const MIN_VISIBLE = 64;

export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const state = raw as Record<string, unknown>;
  const numbers = ['x', 'y', 'width', 'height'].map((key) => state[key]);
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [x, y, width, height] = numbers as number[];
  if (width! < 200 || height! < 200) return null;
  return { x: x!, y: y!, width: width!, height: height!, maximized: state.maximized === true };
}

/** The saved state if its top strip lies on one of the displays' work areas; otherwise null (defaults). */
export function restorableState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState | null {
  if (!saved) return null;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const titleOnScreen = saved.y >= area.y && saved.y < area.y + area.height - MIN_VISIBLE / 2;
    return overlapX >= MIN_VISIBLE && titleOnScreen;
  });
  return visible ? saved : null;
}

export function readWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(path.join(dataDir, FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Written under a temporary name and renamed: a crash mid-write leaves the previous state. */
export function writeWindowState(dataDir: string, state: WindowState): void {
  const file = path.join(dataDir, FILE);
  writeFileSync(`${file}.partial`, JSON.stringify(state));
  renameSync(`${file}.partial`, file);
}
