/**
 * Every audit action the core writes reads as words in the audit trail, never as its code: the
 * source is scanned for the actions it records, and each must have a label in the English UI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import audit from '../../renderer/src/i18n/en/audit.json';
import workflow from '../../renderer/src/i18n/en/workflow.json';
import { WORKFLOWS } from '../../shared/domain/workflow';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** `action: 'case.create'` in an audit write; the dotted form tells it from other `action` keys. */
const WRITTEN = /action: '([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)'/g;

function labelOf(code: string): unknown {
  return code
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], audit.action);
}

describe('audit action labels', () => {
  const written = new Set(
    sources(path.resolve('electron')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(WRITTEN)].map((m) => m[1]!),
    ),
  );

  it('finds the actions the core writes', () => {
    expect(written).toContain('case.create');
    expect(written).toContain('request.link');
  });

  it.each([...written].sort())('%s has a label', (code) => {
    expect(typeof labelOf(code)).toBe('string');
  });

  it('labels the actions built from a step or a mark', () => {
    const steps = new Set(Object.values(WORKFLOWS).flatMap((w) => w.transitions.map((t) => t.action)));
    for (const step of steps) expect(workflow.action).toHaveProperty(step);
    for (const state of ['done', 'snoozed', 'open']) expect(typeof labelOf(`deadline.${state}`)).toBe('string');
  });
});
