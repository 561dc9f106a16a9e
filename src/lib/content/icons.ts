import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Lucide's SVG files are read at build time and inlined, so pictures cost no extra request.
const iconDir = join(dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');

export function iconExists(name: string): boolean {
  return /^[a-z0-9-]+$/.test(name) && existsSync(join(iconDir, `${name}.svg`));
}

/** An icon's inner SVG and the attributes that draw it, without Lucide's class names or fixed size. */
export function loadIcon(name: string): { attributes: Record<string, string>; body: string } {
  if (!iconExists(name)) throw new Error(`There is no Lucide icon called "${name}" (see lucide-static/icons)`);
  const svg = readFileSync(join(iconDir, `${name}.svg`), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const match = /<svg([^>]*)>([\s\S]*)<\/svg>/.exec(svg);
  if (!match) throw new Error(`lucide-static/icons/${name}.svg is not an SVG`);
  const keep = new Set(['xmlns', 'viewBox', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin']);
  const attributes = Object.fromEntries(
    [...(match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)]
      .filter(([, key]) => keep.has(key ?? ''))
      .map(([, key, value]) => [key ?? '', value ?? '']),
  );
  return { attributes, body: (match[2] ?? '').trim() };
}
