// Draws the installable app's icons (frontend/public/pwa-*.png) with no image library: a white coin with three rising
// bars on the theme's blue. Run again after changing the drawing: `node scripts/pwa-icons.mjs`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [13, 110, 253];
const WHITE = [255, 255, 255];

/** The colour at (x, y) in a 1×1 square, or null outside the shape; `scale` shrinks the drawing to the maskable safe zone. */
function colourAt(x, y, { rounded, scale }) {
  if (rounded) {
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  }
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  if ((u - 0.5) ** 2 + (v - 0.5) ** 2 > 0.36 ** 2) return BLUE;
  const bars = [
    [0.33, 0.6],
    [0.45, 0.48],
    [0.57, 0.36],
  ];
  const inBar = bars.some(([left, top]) => u >= left && u <= left + 0.1 && v >= top && v <= 0.7);
  return inBar ? BLUE : WHITE;
}

/** An RGBA image drawn with 4×4 samples per pixel, so the edges are smooth. */
function draw(size, options) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const colour = colourAt((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size, options);
          if (!colour) continue;
          colour.forEach((c, i) => (sum[i] += c));
          sum[3] += 255;
        }
      const covered = sum[3] / 255;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = covered ? Math.round(sum[i] / covered) : 0;
      row[1 + px * 4 + 3] = Math.round(sum[3] / 16);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, scanlines) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const publicDir = new URL('../public/', import.meta.url);
const icons = [
  ['pwa-192x192.png', 192, { rounded: true, scale: 1 }],
  ['pwa-512x512.png', 512, { rounded: true, scale: 1 }],
  // Maskable: full bleed, the drawing inside the central 80 % that every launcher's mask keeps.
  ['pwa-maskable-512x512.png', 512, { rounded: false, scale: 0.8 }],
  ['apple-touch-icon-180x180.png', 180, { rounded: false, scale: 0.9 }],
];
for (const [name, size, options] of icons) writeFileSync(new URL(name, publicDir), draw(size, options));
