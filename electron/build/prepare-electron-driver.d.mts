export declare function electronTarget(root: string): {
  electronVersion: string;
  abi: number;
  platform: string;
  arch: string;
};
export declare function copyPackage(root: string, work: string): string;
export declare function prepareElectronDriver(options: {
  root: string;
  log?: (line: string) => void;
}): { ok: true; file: string; made: boolean } | { ok: false; reason: string };
