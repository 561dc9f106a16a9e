import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { remembered } from '../memo/remembered.ts';

// Lucide's SVG files are read at build time and inlined, so pictures cost no extra request.
const iconDir = join(dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');

export function iconExists(name: string): boolean {
  return /^[a-z0-9-]+$/.test(name) && existsSync(join(iconDir, `${name}.svg`));
}

type LoadedIcon = Readonly<{ attributes: Readonly<Record<string, string>>; body: string }>;

// Each icon is read once: the header's search icon alone is on every page, tens of thousands in a county's directory.
const loadedIcons = new Map<string, LoadedIcon>();

/** An icon's inner SVG and the attributes that draw it, without Lucide's class names or fixed size. */
export function loadIcon(name: string): LoadedIcon {
  return remembered(loadedIcons, name, readIcon);
}

function readIcon(name: string): LoadedIcon {
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
  return Object.freeze({ attributes: Object.freeze(attributes), body: (match[2] ?? '').trim() });
}
