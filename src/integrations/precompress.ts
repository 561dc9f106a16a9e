import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

/**
 * Pagefind's index, fragments, filters and WebAssembly, which Pagefind writes gzipped. Its script gunzips them itself,
 * unless they already begin with its signature: the form a browser hands over after undoing a Content-Encoding.
 */
const pagefindGzipped = /\.(pf_meta|pf_index|pf_fragment|pf_filter)$|^wasm\.[\w-]+\.pagefind$/;
const pagefindSignature = Buffer.from('pagefind_dcd');

function brotli(body: Buffer): Buffer {
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

/**
 * The files to write beside one built file, by the extension the server looks for. Text gets .br and .gz. Pagefind's
 * gzipped files get a .br of what is inside the gzip (brotli packs it about 13% smaller, measured on this site's
 * index), which a browser that accepts brotli receives already unpacked, signature first; any other browser gets the
 * gzip file as Pagefind wrote it.
 */
export function compressedVariants(name: string, body: Buffer): Record<string, Buffer> {
  if (pagefindGzipped.test(name)) {
    const inner = gunzipSync(body);
    if (!inner.subarray(0, pagefindSignature.length).equals(pagefindSignature)) {
      throw new Error(`${name} is not a gzipped Pagefind file: its signature is missing`);
    }
    return { '.br': brotli(inner) };
  }
  if (compressible.test(name)) return { '.br': brotli(body), '.gz': gzipSync(body, { level: 9 }) };
  return {};
}

/** Writes the compressed copies of every file under `root`; returns how many files were compressed. */
export async function precompressDirectory(root: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const variants = compressedVariants(entry.name, await readFile(path));
    for (const [extension, bytes] of Object.entries(variants)) await writeFile(`${path}${extension}`, bytes);
    if (Object.keys(variants).length > 0) count += 1;
  }
  return count;
}

/**
 * Writes compressed copies beside the build's files, at maximum compression, so the server (or a static host)
 * sends compressed files without compressing on each request.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await precompressDirectory(fileURLToPath(dir));
        logger.info(`compressed ${count} files`);
      },
    },
  };
}
