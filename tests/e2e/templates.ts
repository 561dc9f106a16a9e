/** One page of each template, in English and Arabic: for checks that need not run on every page. */
export const templates = [
  '/',
  '/early-years/',
  '/early-years/easy-read/',
  '/contact/',
  '/search/',
  '/404.html',
  '/ar/',
  '/ar/early-years/',
  '/ar/early-years/easy-read/',
  '/zh/search/',
];
