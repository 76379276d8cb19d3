export interface ImportEdge {
  from: string;
  spec: string;
  to: string;
  fromUnit: string;
  toUnit: string;
}
export interface AllowedImport {
  from: string;
  to: string;
  why: string;
}
export declare const ALLOWED: AllowedImport[];
export declare function unitOf(relative: string): string;
export declare function parseLayers(markdown: string): string[][];
export declare function readImports(coreDir: string): ImportEdge[];
export declare function circles(edges: ImportEdge[]): string[][];
export declare function checkLayers(options: { layers: string[][]; edges: ImportEdge[]; allowed?: AllowedImport[] }): {
  problems: string[];
  upward: ImportEdge[];
  circles: string[][];
};
export declare function measure(edges: ImportEdge[]): {
  units: number;
  floors: number;
  circles: string[][];
  importsInCircles: number;
};
