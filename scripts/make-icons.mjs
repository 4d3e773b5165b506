// Regenerates the app icons in public/icons/ without any image tool (same mark as public/favicon.svg); run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const BLUE = [0x1d, 0x3a, 0x8a];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples per pixel for anti-aliasing

// The mark (a signpost topped by a spark), in a 100×100 box — keep in sync with public/favicon.svg.
const MARK = [
  [
    [50, 7],
    [52.6, 14.4],
    [60, 17],
    [52.6, 19.6],
    [50, 27],
    [47.4, 19.6],
    [40, 17],
    [47.4, 14.4],
  ], // spark
  [
    [45, 31],
    [55, 31],
    [55, 88],
    [45, 88],
  ], // pole
  [
    [24, 31],
    [66, 31],
    [76, 41],
    [66, 51],
    [24, 51],
  ], // sign pointing right
  [
    [34, 57],
    [76, 57],
    [76, 73],
    [34, 73],
    [24, 65],
  ], // sign pointing left
  [
    [34, 86],
    [66, 86],
    [66, 91],
    [34, 91],
  ], // base
];

function inPolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 100 - radius);
  const cy = Math.min(Math.max(y, radius), 100 - radius);
  return x >= 0 && x <= 100 && y >= 0 && y <= 100 && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// Renders RGBA pixels. `radius` rounds the background corners (0 = full bleed); `scale` shrinks the mark around the centre.
function render(size, { radius, scale }) {
  const pixels = Buffer.alloc(size * size * 4);
  const polygons = MARK.map((poly) =>
    poly.map(([x, y]) => [50 + (x - 50) * scale, 50 + (y - 50) * scale]),
  );
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) / size) * 100;
          const y = ((py + (sy + 0.5) / SAMPLES) / size) * 100;
          if (!inRoundedSquare(x, y, radius)) continue;
          background++;
          if (polygons.some((poly) => inPolygon(x, y, poly))) mark++;
        }
      }
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[o + c] = background
          ? Math.round((WHITE[c] * mark + BLUE[c] * (background - mark)) / background)
          : 0;
      }
      pixels[o + 3] = Math.round((background / SAMPLES ** 2) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), compression 0, filter method 0, no interlace
  // Each row uses the "Up" filter (difference with the row above), which turns flat areas into zeros.
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 2;
    for (let i = 0; i < stride; i++) {
      const above = y ? pixels[(y - 1) * stride + i] : 0;
      raw[y * (stride + 1) + 1 + i] = (pixels[y * stride + i] - above) & 0xff;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { file: 'icon-192.png', size: 192, radius: 20, scale: 0.82 },
  { file: 'icon-512.png', size: 512, radius: 20, scale: 0.82 },
  { file: 'icon-maskable-512.png', size: 512, radius: 0, scale: 0.72 }, // mark stays inside the central 80 % safe zone
  { file: 'apple-touch-icon.png', size: 180, radius: 0, scale: 0.82 }, // iOS rounds the corners itself
];

const outDir = join(dirname(new URL(import.meta.url).pathname), '..', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
for (const { file, size, radius, scale } of ICONS) {
  const png = encodePng(size, render(size, { radius, scale }));
  writeFileSync(join(outDir, file), png);
  console.log(`${file}: ${size}×${size}, ${png.length} bytes`);
}
