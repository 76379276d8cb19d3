export declare const DRIVER_PACKAGE: string;
export declare const DRIVER_ALIAS: Readonly<Record<string, string>>;
export declare const DRIVER_FILE: string;
export declare const PACKAGED_DRIVER_DIR: string;

export interface ElectronTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}

export type DriverCheck =
  | { ok: true; abi: number }
  | { ok: false; problem: 'missing' | 'unreadable' | 'not-an-addon' | 'abi-mismatch'; message: string };

export declare function electronDriverDir(root: string, target: ElectronTarget): string;
export declare function electronDriverKey(target: ElectronTarget): string;
export declare function electronDriverFile(root: string, target: ElectronTarget): string;
export declare function nodeDriverFile(root: string): string;
export declare function readModuleAbi(bytes: Buffer): number | null;
export declare function checkDriverAbi(
  file: string,
  expectedAbi: number,
  runtime: string,
  readFile?: (file: string) => Buffer,
): DriverCheck;
export declare function chooseDriver(where: {
  electronVersion?: string;
  expectedAbi: number;
  packaged: boolean;
  appRoot: string;
  resourcesPath?: string;
  platform: string;
  arch: string;
  readFile?: (file: string) => Buffer;
}): { ok: true; nativeBinding: string | undefined } | { ok: false; message: string };
