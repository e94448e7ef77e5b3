/**
 * What esbuild is told when it compiles a template folder (workerBundle.ts), beyond bundling:
 * imports satori has no use for (and the file system) are refused, an import must name its file
 * with the file's own capitals, and an SVG comes in as base64.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { resolveImport } from '../compose/templateDeps.ts';

/**
 * Files a template may import that satori has no use for. esbuild would put a stylesheet into a
 * file of its own, which nothing reads: the slides came out unstyled without a word.
 */
const UNUSABLE: [RegExp, string, string][] = [
  [/\.(css|scss|sass|less)$/i, 'satori does not read stylesheet files', 'Write the styles on the elements, as style={{ … }} (see the default templates), or the rules into a <style> element of the component.'],
  [/\.(ttf|otf|ttc|otc|woff2?)$/i, 'a font is not imported into a template', 'List it in the theme\'s "fonts" instead (see "Fonts" in the README).'],
  [/\.(webp|avif|bmp|tiff?)$/i, 'satori draws .png, .jpg, .gif and .svg images only (a .webp comes out blank)', 'Save the image as .png or .jpg (or .svg) and import that.'],
  // A file read at run time is no input a build knows of: its slides stayed as they were after it
  // changed. And the template runs compiled, from cardnews's cache, where __dirname points.
  [/^(node:)?fs(\/promises)?$/, 'a template reads its files by importing them, not with fs (a build follows imports to know which slides a changed file draws again)', "Import the file instead: import logo from './logo.png' gives an image as a data: URL for <img src={logo} />, import brand from './brand.json' its data; write a text into a .ts file (export const slogan = '…') and import that."],
];

const refuseUnusableImports: Plugin = {
  name: 'cardnews-unusable-imports',
  setup(build) {
    // esbuild reads the filter with Go's regular expressions, which take these as they are.
    build.onResolve({ filter: new RegExp(UNUSABLE.map(([pattern]) => pattern.source).join('|'), 'i') }, ({ path: file }) => {
      const [, what, hint] = UNUSABLE.find(([pattern]) => pattern.test(file)) ?? [];
      return { errors: [{ text: `${what ?? 'this file cannot be used'}: "${file}"`, detail: hint }] };
    });
  },
};

/**
 * A relative import must name its file with the file's own capitals (`./logo.png` for Logo.png).
 * A Mac or Windows finds the file either way, Linux does not; esbuild, which matches names in
 * any capitals to suggest the right one, then failed reading it: "Cannot read file", or for an
 * SVG an error placed inside esbuild's own code. A Hangul name a Mac stored in letters is found
 * whichever way the import writes it: the two look the same.
 */
const exactNames: Plugin = {
  name: 'cardnews-exact-names',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, ({ path: request, resolveDir }) => {
      const found = resolveImport(resolveDir, request);
      if (found === undefined) return undefined;
      if ('path' in found) return found.renamed ? { path: found.path } : undefined;
      return { errors: [{ text: `"${request}": the file is named "${found.named}", not "${found.written}"`, detail: `Write the name with the file's own capitals ("${found.named}"): Linux, where builds may run, tells them apart.` }] };
    });
  },
};

/**
 * An SVG as a base64 data: URL. esbuild writes a text file's URL percent-encoded, with its
 * Hangul as it is, and satori, turning such a URL into base64 itself, fails on any character
 * beyond Latin-1 ("Invalid character", naming no file): a logo whose layer Illustrator named
 * "레이어_1" stopped the build.
 */
const svgInBase64: Plugin = {
  name: 'cardnews-svg-base64',
  setup(build) {
    build.onLoad({ filter: /\.svg$/i }, ({ path: file }) => ({
      contents: `export default ${JSON.stringify(`data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`)};`,
      loader: 'js',
    }));
  },
};

export const TEMPLATE_PLUGINS: Plugin[] = [refuseUnusableImports, exactNames, svgInBase64];
