// The Electron fuses every packaged Legat must have, in one place for `npm run dist:check`: it checks
// electron-builder.yml says so (offline, before packing) and that the packed binary's fuse wire does.
// Each entry: the key under `electronFuses` in electron-builder.yml, the FuseV1Options name, the value.
export const REQUIRED_FUSES = [
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js.
  { key: 'runAsNode', fuse: 'RunAsNode', value: false },
  // No cookies are used; if any ever are, they are encrypted at rest with the OS key store.
  { key: 'enableCookieEncryption', fuse: 'EnableCookieEncryption', value: true },
  // NODE_OPTIONS=--require evil.js and --inspect would run code inside the main process.
  { key: 'enableNodeOptionsEnvironmentVariable', fuse: 'EnableNodeOptionsEnvironmentVariable', value: false },
  { key: 'enableNodeCliInspectArguments', fuse: 'EnableNodeCliInspectArguments', value: false },
  // app.asar is checked against the hash in the executable (macOS and Windows; Linux ignores it).
  { key: 'enableEmbeddedAsarIntegrityValidation', fuse: 'EnableEmbeddedAsarIntegrityValidation', value: true },
  // Code is loaded from app.asar only, never from an app folder dropped beside it.
  { key: 'onlyLoadAppFromAsar', fuse: 'OnlyLoadAppFromAsar', value: true },
  // No custom V8 snapshot is shipped.
  { key: 'loadBrowserProcessSpecificV8Snapshot', fuse: 'LoadBrowserProcessSpecificV8Snapshot', value: false },
  // The renderer is served on legat://app/, never file://: file pages get no extra privileges.
  { key: 'grantFileProtocolExtraPrivileges', fuse: 'GrantFileProtocolExtraPrivileges', value: false },
];

/** Problems with the `electronFuses` section of a parsed electron-builder config (empty when right). */
export function fuseConfigProblems(config) {
  const fuses = config?.electronFuses;
  if (!fuses || typeof fuses !== 'object') return ['electron-builder.yml has no electronFuses section'];
  return REQUIRED_FUSES.filter(({ key, value }) => fuses[key] !== value).map(
    ({ key, value }) => `electronFuses.${key} is ${JSON.stringify(fuses[key])}, must be ${value}`,
  );
}

/** Problems with a packed binary's fuse wire ('0'/'1' per FuseV1Options index). */
export function fuseWireProblems(wire, FuseV1Options) {
  return REQUIRED_FUSES.filter(
    ({ fuse, value }) => String.fromCharCode(wire[FuseV1Options[fuse]]) !== (value ? '1' : '0'),
  ).map(
    ({ fuse, value }) =>
      `fuse ${fuse} is ${String.fromCharCode(wire[FuseV1Options[fuse]])} in the packed binary, expected ${value ? 1 : 0}`,
  );
}
