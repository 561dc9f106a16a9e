// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import react from '@astrojs/react';
import { postBuild } from './src/integrations/post-build.ts';
import { rehypeTelLinks } from './src/lib/markdown/rehype-tel-links.ts';
import { rehypeLocalizeLinks } from './src/lib/markdown/rehype-localize-links.ts';
import { rehypeGlossaryLinks } from './src/lib/markdown/rehype-glossary-links.ts';
import { rehypeMarkEnglish } from './src/lib/markdown/rehype-mark-english.ts';
import { remarkTypography } from './src/lib/markdown/typography.ts';
import { readGlossary } from './src/lib/glossary/glossary-data.ts';
import { readEnglishNames } from './src/lib/markdown/english-names.ts';
import { rehypePictures } from './src/lib/pictures/rehype-pictures.ts';
import { readPictures } from './src/lib/pictures/picture-data.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { siteConfig } from './src/site.config.ts';

// The public address is set where the site is deployed; locally it is the address `npm start` serves on.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * Writes the site's settings into the stylesheet: the public address where it says `--site-origin: '__SITE_ORIGIN__'`
 * (printed pages show links within the site with it: site.css, @media print), and the council's colours from
 * content/site.yaml as --council-brand and --council-brand-dark. A stylesheet, not an inline style, because the
 * Content-Security-Policy allows no inline styles on content pages.
 */
/** @type {import('vite').Plugin} */
const siteSettingsInCss = {
  name: 'site-settings-in-css',
  transform(code, id) {
    if (!id.endsWith('/src/styles/site.css')) return undefined;
    const { brand, brandDark } = siteConfig.colours;
    const colours = `:root {\n  --council-brand: ${brand};\n  --council-brand-dark: ${brandDark};\n}\n`;
    return {
      code: `${code.replace("'__SITE_ORIGIN__'", JSON.stringify(new URL(site).origin))}\n${colours}`,
      map: null,
    };
  },
};

export default defineConfig({
  site,
  // Another council's content (LOCAL_OFFER_CONTENT, e.g. the sample council's test build) keeps its own content cache,
  // so building it never leaves its entries in this site's cache.
  ...(process.env['LOCAL_OFFER_CONTENT'] && {
    cacheDir: `./node_modules/.astro/${createHash('sha256').update(contentDir()).digest('hex').slice(0, 12)}`,
  }),
  vite: { plugins: [siteSettingsInCss] },
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One external stylesheet: cached across pages, and allowed by a strict Content-Security-Policy.
    inlineStylesheets: 'never',
    // Astro writes each page before rendering the next: with four pages in hand, one renders while others are
    // written (a 1,000-entry directory spent a sixth of its rendering time waiting on the disk).
    concurrency: 4,
  },
  // Nothing is fetched by the browser except from this site, so prefetching and the dev toolbar are off.
  markdown: {
    processor: unified({
      // Astro's SmartyPants, run only on pages still written with straight quotes (src/lib/markdown/typography.ts).
      smartypants: false,
      remarkPlugins: [remarkTypography],
      rehypePlugins: [
        [rehypePictures, { pictures: readPictures() }],
        rehypeTelLinks,
        [rehypeGlossaryLinks, { terms: readGlossary() }],
        rehypeLocalizeLinks,
        [rehypeMarkEnglish, { names: readEnglishNames() }],
      ],
    }),
  },
  prefetch: false,
  devToolbar: { enabled: false },
  // After the pages are written, postBuild reads each page once: module preloads for its islands, English words
  // marked in Chinese and Arabic pages, hashes of inline code for the Content-Security-Policy, the search index,
  // the sitemap, and .br and .gz copies of everything, the index included but for its per-page fragments
  // (src/integrations/post-build.ts).
  integrations: [react(), postBuild()],
});
