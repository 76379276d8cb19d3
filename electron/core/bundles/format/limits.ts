const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** What an imported bundle may claim or contain before it is refused unread. FORMAT.md explains each. */
export interface BundleLimits {
  /** Zip entries, manifest and signature included. */
  maxEntries: number;
  /** Sum of the uncompressed sizes, declared and actual. */
  maxTotalBytes: number;
  /** Largest single entry. */
  maxEntryBytes: number;
  /** Entries named *.json are parsed in memory, so they get a tighter bound. */
  maxJsonBytes: number;
  maxManifestBytes: number;
  maxSignatureBytes: number;
  /** Uncompressed/compressed, checked for entries larger than `ratioThresholdBytes`. */
  maxEntryRatio: number;
  /** Uncompressed/compressed over the whole archive, checked once the total passes `ratioThresholdBytes`. */
  maxTotalRatio: number;
  ratioThresholdBytes: number;
}

export const DEFAULT_LIMITS: Readonly<BundleLimits> = Object.freeze({
  maxEntries: 10_000,
  maxTotalBytes: 64 * GiB,
  maxEntryBytes: 64 * GiB,
  maxJsonBytes: 512 * MiB,
  maxManifestBytes: 64 * MiB,
  maxSignatureBytes: 4096,
  maxEntryRatio: 200,
  maxTotalRatio: 200,
  ratioThresholdBytes: MiB,
});

export function resolveLimits(overrides: Partial<BundleLimits> | undefined): BundleLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
