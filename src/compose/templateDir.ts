/** Where a template of a given name lives: the project's own folder, else the one shipped with cardnews. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { onDisk, packageRoot } from '../paths.ts';
import { placeOfText } from '../sourceText.ts';

export const shippedTemplates = path.join(packageRoot, 'templates');

/** The code files of a template folder, `first` (a full path) first: where messages look for a line. */
export function templateFiles(dir: string, first: string): string[] {
  return [first, ...readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f)).filter((f) => f !== first)];
}

/** Where a component file declares its component (`function Case(` in Case.tsx), if it does so. */
export function componentDeclaration(file: string): Pick<Problem, 'place' | 'sourceLine'> {
  return placeOfText([file], `function ${path.basename(file, path.extname(file))}(`);
}

export function templateDir(templatesDir: string, name: string): string | undefined {
  return onDisk(templatesDir, name) ?? onDisk(shippedTemplates, name);
}
