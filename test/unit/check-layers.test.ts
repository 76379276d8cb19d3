import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, parseLayers, readImports } from '../../electron/build/check-layers.mjs';

const LAYERS = `# Core: decisions

## Layers

1. \`errors.ts\`, \`ports.ts\` — vocabulary
2. \`db/\` — the database
3. \`context.ts\` — the context
4. \`cases/\` — cases
5. \`requests/\` — requests

## Something else

1. \`not-a-layer/\` — must not be read as one
`;

let dir: string | undefined;

/** A small core on disk: each entry is a file and the relative imports it makes. */
function core(files: Record<string, string[]>): string {
  const made = mkdtempSync(path.join(tmpdir(), 'legat-layers-'));
  dir = made;
  for (const [file, imports] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(made, file)), { recursive: true });
    const body = imports.map((spec, i) => `import { x${i} } from '${spec}';`).join('\n');
    writeFileSync(path.join(made, file), `${body}\nexport const y = 1;\n`);
  }
  return made;
}

const check = (files: Record<string, string[]>) =>
  checkLayers({ layers: parseLayers(LAYERS), edges: readImports(core(files)), allowed: [] });

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the core layer check', () => {
  it('reads the numbered list under "## Layers" only, bottom line first', () => {
    expect(parseLayers(LAYERS)).toEqual([
      ['errors.ts', 'ports.ts'],
      ['db/'],
      ['context.ts'],
      ['cases/'],
      ['requests/'],
    ]);
  });

  it('passes a core whose imports all point down, or stay on their own line', () => {
    const result = check({
      'errors.ts': ['./ports'],
      'ports.ts': [],
      'db/open.ts': ['../ports', './schema'],
      'db/schema.ts': [],
      'context.ts': ['./db/open'],
      'cases/cases-repo.ts': ['../context', '../errors'],
      'requests/requests-repo.ts': ['../cases/cases-repo', '../db/schema'],
    });
    expect(result.problems).toEqual([]);
  });

  it('fails a folder importing a higher one, naming the file, the import and both layers', () => {
    const result = check({
      'db/open.ts': [],
      'cases/cases-repo.ts': ['../requests/requests-repo'],
      'requests/requests-repo.ts': [],
    });
    expect(result.upward).toHaveLength(1);
    expect(result.problems).toContain(
      "cases/cases-repo.ts imports '../requests/requests-repo': cases/ (layer 4) may not import requests/ (layer 5).",
    );
  });

  it('fails a root file that imports a feature folder', () => {
    const result = check({ 'context.ts': ['./cases/cases-repo'], 'cases/cases-repo.ts': [] });
    expect(result.problems).toEqual([
      "context.ts imports './cases/cases-repo': context.ts (layer 3) may not import cases/ (layer 4).",
    ]);
  });

  it('reports folders that import each other as a circle', () => {
    const result = check({ 'cases/a.ts': ['../requests/b'], 'requests/b.ts': ['../cases/a'] });
    expect(result.circles).toEqual([['cases/', 'requests/']]);
    expect(result.problems).toContain('Circle: cases/ <-> requests/ import each other.');
  });

  it('fails a folder missing from the declared order', () => {
    const result = check({ 'reports/summary.ts': ['../cases/cases-repo'], 'cases/cases-repo.ts': [] });
    expect(result.problems).toContain('reports/ is not in the declared layers (electron/core/DECISIONS.md).');
  });

  it('lets an allowed import through, and fails an allowance that no longer matches anything', () => {
    const files = { 'db/open.ts': ['../cases/chain'], 'cases/chain.ts': [] };
    const allowed = [{ from: 'db/open.ts', to: 'cases/chain.ts', why: 'moving out on another branch' }];
    const edges = readImports(core(files));
    expect(checkLayers({ layers: parseLayers(LAYERS), edges, allowed }).problems).toEqual([]);
    const stale = [{ from: 'db/open.ts', to: 'cases/gone.ts', why: 'already gone' }];
    expect(checkLayers({ layers: parseLayers(LAYERS), edges, allowed: stale }).problems).toContain(
      'The allowed import db/open.ts -> cases/gone.ts no longer exists: remove it.',
    );
  });

  it('reads dynamic imports and re-exports, not only import statements', () => {
    const made = core({ 'db/open.ts': [], 'cases/a.ts': [], 'requests/b.ts': [] });
    writeFileSync(
      path.join(made, 'db/late.ts'),
      "export { y } from '../cases/a';\nconst m = await import('../requests/b');\n",
    );
    const problems = checkLayers({ layers: parseLayers(LAYERS), edges: readImports(made), allowed: [] }).problems;
    expect(problems).toEqual([
      "db/late.ts imports '../cases/a': db/ (layer 2) may not import cases/ (layer 4).",
      "db/late.ts imports '../requests/b': db/ (layer 2) may not import requests/ (layer 5).",
    ]);
  });

  it('holds for the real electron/core as declared in its DECISIONS.md', () => {
    const coreDir = path.resolve(__dirname, '../../electron/core');
    const result = checkLayers({
      layers: parseLayers(readFileSync(path.join(coreDir, 'DECISIONS.md'), 'utf8')),
      edges: readImports(coreDir),
    });
    expect(result.problems).toEqual([]);
  });
});
