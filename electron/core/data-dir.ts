/** Where the office's data lives: `--data-dir <dir>`, then LEGAT_DATA_DIR, then the platform default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir' && argv[i + 1]) return argv[i + 1] as string;
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return env.LEGAT_DATA_DIR && env.LEGAT_DATA_DIR.trim() !== '' ? env.LEGAT_DATA_DIR : fallback;
}
