import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../electron/core/bundles/format';
import { runBundleFormatBench } from '../bench/bundle-format-bench';
import { sampleBundle, sha256, tempDirs } from '../support/bundle-fixtures';

const dirs = tempDirs('bundle-tools');
afterAll(() => dirs.cleanup());

function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasTool('unzip') || !hasTool('zip') || !hasTool('sha256sum'))('a plain bundle without Legat', () => {
  it('passes unzip -t (CRCs included) and unpacks to the files the manifest lists', async () => {
    const dir = dirs.make();
    const written = await writeBundle(sampleBundle(path.join(dir, 'case.legat')));
    expect(execFileSync('unzip', ['-t', '-q', written.path], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const out = path.join(dir, 'out');
    execFileSync('unzip', ['-q', written.path, '-d', out]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      entries: { name: string; sha256: string }[];
    };
    for (const entry of manifest.entries) expect(sha256(readFileSync(path.join(out, entry.name)))).toBe(entry.sha256);
    expect(readFileSync(path.join(out, 'summary.html'), 'utf8')).toContain('<h1>MLA-2026-014</h1>');
  });

  it('keeps the benchmark runnable (a few MiB, plain and encrypted)', async () => {
    for (const passphrase of [undefined, 'pw']) {
      const figures = await runBundleFormatBench({ dir: dirs.make(), sizeBytes: 3 * 1024 * 1024, passphrase });
      expect(figures.bundleBytes).toBeGreaterThan(3 * 1024 * 1024);
      expect(figures.export.seconds).toBeGreaterThan(0);
      expect(figures.import.peakRssMiB).toBeGreaterThan(0);
      expect(figures.exportVsZip).toBeGreaterThan(0);
    }
  }, 30_000);
});
