// `npm run icons`: the application icon's PNG sizes, Windows .ico and the browser-mode favicon, all
// rendered from the one source resources/build/icon.svg with @resvg/resvg-js. The outputs are committed
// (they change only when the artwork does); electron-builder makes the macOS .icns from icon.png.
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const buildDir = path.join(root, 'resources', 'build');
const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'));
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 256];

const render = (size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
const pngs = new Map(SIZES.map((size) => [size, render(size)]));

fs.mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const [size, png] of pngs) fs.writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png);
fs.writeFileSync(path.join(buildDir, 'icon.png'), pngs.get(1024));
fs.writeFileSync(path.join(buildDir, 'icon.ico'), ico(ICO_SIZES.map((size) => [size, pngs.get(size)])));
fs.mkdirSync(path.join(root, 'renderer', 'public'), { recursive: true });
fs.writeFileSync(path.join(root, 'renderer', 'public', 'favicon.png'), pngs.get(64));
// For whatever asks for /favicon.ico without reading the page's <link rel="icon">.
fs.writeFileSync(
  path.join(root, 'renderer', 'public', 'favicon.ico'),
  ico([16, 32, 48].map((size) => [size, pngs.get(size)])),
);
console.log(`icons: ${SIZES.join(', ')} px, icon.ico (${ICO_SIZES.join(', ')}), renderer/public/favicon.png and .ico`);

/** An ICO holding PNG images (Windows Vista and later read PNG entries; 256 is written as 0). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(([size, png]) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(([, png]) => png)]);
}
