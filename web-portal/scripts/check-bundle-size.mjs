// Fails the build when the JavaScript of the first load (the entry script of dist/index.html and
// the chunks it preloads) exceeds the budget, gzipped. Lazily loaded chunks are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1000;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const scripts = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1]);

if (scripts.length === 0) {
  console.error('check-bundle-size: no module script found in dist/index.html');
  process.exit(1);
}

let total = 0;
for (const src of new Set(scripts)) {
  const bytes = readFileSync(join(dist, src.replace(/^\//, '')));
  const gzipped = gzipSync(bytes).length;
  total += gzipped;
  console.log(
    `${src}: ${(bytes.length / 1000).toFixed(1)} kB, ${(gzipped / 1000).toFixed(1)} kB gzipped`,
  );
}
console.log(
  `first-load JavaScript: ${(total / 1000).toFixed(1)} kB gzipped (budget ${BUDGET_BYTES / 1000} kB)`,
);
if (total > BUDGET_BYTES) {
  console.error('check-bundle-size: over budget');
  process.exit(1);
}
