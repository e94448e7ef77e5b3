/**
 * Why a slide that has an image from the last build is drawn again, in words that name what
 * changed: the template and font files (by name), the theme a deck switched to, the tools'
 * versions. Worked out once a period, and only when some slide needs it.
 */
import path from 'node:path';
import { packageOfRecord } from '../compose/templateDeps.ts';
import { packageRoot } from '../paths.ts';
import type { Slide } from '../plan/slides.ts';
import { emojiFile } from '../render/emoji.ts';
import { changeReason, nameInTemplate, type SlideKeyParts } from './keys.ts';
import type { StalePeriod } from './preparePeriod.ts';
import { toolVersions } from './versions.ts';

export function changeReasons(period: StalePeriod, projectRoot: string): (kind: Slide['kind'], before: SlideKeyParts, after: SlideKeyParts) => string {
  const manifest = period.manifest;
  // The input files whose bytes differ from the last build's. A template's files go by their
  // place in its folder, as in its hash: a copied template has not changed.
  let changed: Set<string> | undefined;
  const changedInputs = () => {
    const before = new Map(Object.entries(manifest?.inputs ?? {}).map(([file, stamp]) => [nameInTemplate(manifest?.template.dir, file) ?? file, stamp.hash]));
    return new Set(Object.entries(period.inputs()).filter(([file, stamp]) => before.get(nameInTemplate(period.templateDir, file) ?? file) !== stamp.hash).map(([file]) => file));
  };
  // `folder`: files in it go by their names; others are cardnews's own (the <Words> a template
  // imports) or the project's (a brand's colours that templates share), and named so; a
  // package's record by the package.
  const changedOf = (files: readonly string[], folder?: string) => {
    const now = (changed ??= changedInputs());
    const named = (file: string) => {
      const record = packageOfRecord(file);
      if (record !== undefined) return `package ${record}`;
      if (folder === undefined || file.startsWith(folder + path.sep)) return path.basename(file);
      return file.startsWith(path.join(packageRoot, 'src') + path.sep) ? `cardnews's ${path.basename(file)}` : path.relative(projectRoot, file);
    };
    return [...new Set(files.filter((file) => now.has(file)).map(named))];
  };
  // The deck names another theme: said so, rather than naming the few files of the other
  // folder that differ by name (theme.ts). (A copy of the template cardnews comes with that
  // stands in for it, under the same name, is named by the files edited in it.)
  const from = manifest?.template.name;
  const switched = from === undefined || from === period.deck.theme ? undefined : [`theme ${from} → ${period.deck.theme}`];

  // "cardnews 0.1.2 → 0.1.3": the tools whose version differs from the last build's.
  const recorded = manifest?.tools ?? {};
  const tools = Object.entries(toolVersions()).flatMap(([name, version]) => (recorded[name] !== undefined && recorded[name] !== version ? [`${name} ${recorded[name]} → ${version}`] : []));

  // Whether an emoji image the last build drew from is another now (an emoji new to the deck is not).
  let emojiChanged: boolean | undefined;
  const emojiImagesChanged = () => changedOf(Object.keys(period.prepared.emoji).flatMap((g) => emojiFile(g) ?? []).filter((f) => manifest?.inputs[f] !== undefined)).length > 0;

  return (kind, before, after) =>
    changeReason(before, after, { template: switched ?? changedOf(period.templateFiles[kind], period.templateDir), fonts: changedOf(period.prepared.fonts.map((f) => f.path)), tools }, (emojiChanged ??= emojiImagesChanged()));
}
