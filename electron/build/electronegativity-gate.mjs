// CI gate over Electronegativity (Doyensec's Electron security scanner), which exits 0 whatever it
// finds. Usage: node electron/build/electronegativity-gate.mjs --eneg <install prefix> --report <file.sarif>
//
// Electronegativity is installed apart from the app's tree (it brings eslint 7 and TypeScript 4.2);
// .ci/run installs it into a temp prefix and passes it here. Its runner is called directly: 1.10.3's
// CSV writer truncates its own first rows (header and rows are two racing async writes), so severity
// is taken from the runner's results, and the SARIF report is written for the record. Every HIGH or
// MEDIUM finding must match an entry of electronegativity-allow.json, each with its reason; anything
// else fails the build.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    eneg: { type: 'string' },
    report: { type: 'string', default: path.join(root, 'test-results', 'electronegativity.sarif') },
    allow: { type: 'string', default: path.join(root, 'electron', 'build', 'electronegativity-allow.json') },
  },
});
if (!values.eneg) {
  console.error('electronegativity-gate: --eneg <prefix where @doyensec/electronegativity is installed> is required');
  process.exit(2);
}

// What the shipped app is made of: the shell and core, the shared contract, the renderer and its page.
const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'legat-eneg-'));
for (const part of ['electron', 'shared', 'renderer/src', 'renderer/index.html', 'package.json']) {
  fs.cpSync(path.join(root, part), path.join(staging, part), { recursive: true });
}

const requireEneg = createRequire(path.join(path.resolve(values.eneg), 'package.json'));
const run = requireEneg('@doyensec/electronegativity/dist/runner.js');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron;
fs.mkdirSync(path.dirname(values.report), { recursive: true });
const result = await run({
  input: staging,
  output: values.report,
  isSarif: true,
  customScan: [],
  excludeFromScan: [],
  isRelative: true,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});
fs.rmSync(staging, { recursive: true, force: true });

const allow = JSON.parse(fs.readFileSync(values.allow, 'utf8'));
for (const entry of allow) {
  if (!entry.check || !entry.file || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
    console.error(`electronegativity-gate: allow-list entry without a real reason: ${JSON.stringify(entry)}`);
    process.exit(1);
  }
}

const counts = {};
const unexplained = [];
const used = new Set();
for (const issue of result.issues) {
  const severity = issue.severity.name;
  counts[severity] = (counts[severity] ?? 0) + 1;
  const where = `${issue.file}:${issue.location.line}`;
  if (severity !== 'HIGH' && severity !== 'MEDIUM') {
    console.log(
      `info        ${severity.padEnd(6)} ${issue.confidence.name.padEnd(9)} ${issue.id} ${where}: ${issue.description}`,
    );
    continue;
  }
  const entry = allow.find((candidate) => candidate.check === issue.id && candidate.file === issue.file);
  if (entry) used.add(entry);
  else unexplained.push(`${severity} ${issue.id} at ${where}: ${issue.description}`);
  console.log(
    `${entry ? 'explained  ' : 'UNEXPLAINED'} ${severity.padEnd(6)} ${issue.confidence.name.padEnd(9)} ${issue.id} ${where}`,
  );
}
for (const entry of allow) {
  if (!used.has(entry)) console.log(`note: allow-list entry no longer needed: ${entry.check} ${entry.file}`);
}
console.log(
  `Electronegativity: ${result.atomicChecks} checks + ${result.globalChecks} global checks, ${result.issues.length} findings ` +
    `(${
      Object.entries(counts)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ') || 'none'
    }); report ${path.relative(root, values.report)}`,
);
if (result.errors?.length) console.log(`files it could not parse: ${result.errors.map((e) => e.file).join(', ')}`);
if (unexplained.length > 0) {
  console.error(
    `\n${unexplained.length} HIGH/MEDIUM finding(s) not explained in ${path.relative(root, values.allow)}:`,
  );
  for (const line of unexplained) console.error(`  - ${line}`);
  process.exit(1);
}
console.log('Electronegativity gate passed: every HIGH and MEDIUM finding is explained.');
