export { BUNDLE_ERROR_CODES, BundleError, isBundleError, type BundleErrorCode } from '../../crypto/bundle-error';
export { DEFAULT_LIMITS, type BundleLimits } from './limits';
export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleManifest, type ManifestEntry } from './manifest';
export { openBundle, type OpenBundleOptions, type VerifiedBundle } from './read-bundle';
export { writeBundle, type BundleFileSource, type WriteBundleOptions, type WrittenBundle } from './write-bundle';
export { MANIFEST_NAME, SIGNATURE_NAME } from './entry-names';
