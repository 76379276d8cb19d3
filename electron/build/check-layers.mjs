// Keeps electron/core's layers pointing down. The order is declared once, in electron/core/DECISIONS.md
// ("## Layers": a numbered list, bottom first, naming folders as `name/` and root files as `name.ts`);
// this reads the imports of every electron/core source file and fails, naming the file, the import and
// both layers, when one reaches a higher line, or when units import each other in a circle. Units on
// one line (only root files share lines) may import each other. `--measure` ignores the declared order and prints the shape the imports have by themselves.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Imports that run up today and are being removed on another branch. Each names its file and target
 * exactly; an entry that no longer matches an import fails the check, so the list cannot go stale.
 */
export const ALLOWED = [];

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      out.push(full);
  }
  return out;
}

/** The unit a path inside the core belongs to: its top folder (`db/`), or the root file itself. */
export function unitOf(relative) {
  const parts = relative.split('/');
  return parts.length === 1 ? parts[0] : `${parts[0]}/`;
}

/** The numbered list under "## Layers": one array of unit names per line, bottom line first. */
export function parseLayers(markdown) {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Layers'));
  if (!section) throw new Error('DECISIONS.md has no "## Layers" section.');
  const layers = [];
  for (const line of section.split('\n')) {
    if (!/^\d+\.\s/.test(line)) continue;
    const head = line.split(/\s[—-]\s/)[0];
    const units = [...head.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (units.length > 0) layers.push(units);
  }
  return layers;
}

/** Every relative import of every source file under `coreDir`, resolved to a path inside the core. */
export function readImports(coreDir) {
  const edges = [];
  for (const file of sourceFiles(coreDir)) {
    const from = path.relative(coreDir, file).split(path.sep).join('/');
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (!spec.startsWith('.')) continue;
      const target = path
        .relative(coreDir, path.resolve(path.dirname(file), spec))
        .split(path.sep)
        .join('/');
      if (target.startsWith('..')) continue;
      const to = /\.[cm]?[jt]sx?$/.test(target) ? target : `${target}.ts`;
      edges.push({ from, spec, to, fromUnit: unitOf(from), toUnit: unitOf(to) });
    }
  }
  return edges;
}

/** Strongly connected groups of more than one unit (Tarjan), each sorted, for a stable report. */
export function circles(edges) {
  const next = new Map();
  for (const e of edges) {
    if (e.fromUnit === e.toUnit) continue;
    if (!next.has(e.fromUnit)) next.set(e.fromUnit, new Set());
    if (!next.has(e.toUnit)) next.set(e.toUnit, new Set());
    next.get(e.fromUnit).add(e.toUnit);
  }
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (unit) => {
    index.set(unit, counter);
    low.set(unit, counter);
    counter += 1;
    stack.push(unit);
    onStack.add(unit);
    for (const to of next.get(unit)) {
      if (!index.has(to)) {
        visit(to);
        low.set(unit, Math.min(low.get(unit), low.get(to)));
      } else if (onStack.has(to)) low.set(unit, Math.min(low.get(unit), index.get(to)));
    }
    if (low.get(unit) === index.get(unit)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== unit);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const unit of [...next.keys()].sort()) if (!index.has(unit)) visit(unit);
  return groups;
}

/**
 * Checks the imports against the declared order. A unit may import only units on its own line or
 * lower ones. Returns the problems as sentences, empty when the core is in order.
 */
export function checkLayers({ layers, edges, allowed = ALLOWED }) {
  const level = new Map();
  layers.forEach((units, i) => units.forEach((unit) => level.set(unit, i + 1)));
  const problems = [];
  const seen = new Set([...new Set(edges.map((e) => e.fromUnit)), ...new Set(edges.map((e) => e.toUnit))]);
  for (const unit of [...seen].sort()) {
    if (!level.has(unit)) problems.push(`${unit} is not in the declared layers (electron/core/DECISIONS.md).`);
  }
  const used = new Set();
  const upward = [];
  for (const edge of edges) {
    if (edge.fromUnit === edge.toUnit) continue;
    const from = level.get(edge.fromUnit);
    const to = level.get(edge.toUnit);
    if (from === undefined || to === undefined || to <= from) continue;
    const allow = allowed.find((a) => a.from === edge.from && a.to === edge.to);
    if (allow) {
      used.add(allow);
      continue;
    }
    upward.push(edge);
    problems.push(
      `${edge.from} imports '${edge.spec}': ${edge.fromUnit} (layer ${from}) may not import ${edge.toUnit} (layer ${to}).`,
    );
  }
  for (const allow of allowed) {
    if (!used.has(allow)) problems.push(`The allowed import ${allow.from} -> ${allow.to} no longer exists: remove it.`);
  }
  const loops = circles(edges.filter((e) => !allowed.some((a) => a.from === e.from && a.to === e.to)));
  for (const loop of loops) problems.push(`Circle: ${loop.join(' <-> ')} import each other.`);
  return { problems, upward, circles: loops };
}

/**
 * The shape the imports have with no declared order: circles, how many imports run inside them (in any
 * order some of those run back up), and how many floors the rest stacks into.
 */
export function measure(edges) {
  const loops = circles(edges);
  const groupOf = new Map();
  loops.forEach((loop, i) => loop.forEach((unit) => groupOf.set(unit, `#${i}`)));
  const node = (unit) => groupOf.get(unit) ?? unit;
  const units = new Set(edges.flatMap((e) => [e.fromUnit, e.toUnit]));
  const down = new Map([...units].map((u) => [node(u), new Set()]));
  let insideCircles = 0;
  for (const e of edges) {
    if (e.fromUnit === e.toUnit) continue;
    if (node(e.fromUnit) === node(e.toUnit)) insideCircles += 1;
    else down.get(node(e.fromUnit)).add(node(e.toUnit));
  }
  const floor = new Map();
  const floorOf = (n) => {
    if (!floor.has(n)) floor.set(n, 1 + Math.max(0, ...[...down.get(n)].map(floorOf)));
    return floor.get(n);
  };
  const floors = Math.max(...[...down.keys()].map(floorOf));
  return { units: units.size, floors, circles: loops, importsInCircles: insideCircles };
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const coreDir = path.join(root, 'electron', 'core');
  const edges = readImports(coreDir);
  if (process.argv.includes('--measure')) {
    const allowed = (e) => ALLOWED.some((a) => a.from === e.from && a.to === e.to);
    for (const [label, shape] of [
      ['every import', measure(edges)],
      ['without the allowed ones', measure(edges.filter((e) => !allowed(e)))],
    ]) {
      console.log(
        `electron/core, ${label}: ${shape.units} units on ${shape.floors} floors, ${shape.circles.length} circles ` +
          `holding ${shape.importsInCircles} imports between their units`,
      );
      for (const loop of shape.circles) console.log(`  circle: ${loop.join(', ')}`);
    }
    return;
  }
  const layers = parseLayers(readFileSync(path.join(coreDir, 'DECISIONS.md'), 'utf8'));
  const { problems, upward, circles: loops } = checkLayers({ layers, edges });
  const units = new Set(layers.flat()).size;
  console.log(
    `electron/core: ${units} units in ${layers.length} layers, ${upward.length} imports running up, ` +
      `${loops.length} circles, ${ALLOWED.length} allowed for now`,
  );
  for (const problem of problems) console.error(`  ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
