/** Where a template of a given name lives: the project's own folder, else the one shipped with cardnews. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { isHidden, onDisk, packageRoot } from '../paths.ts';
import { literal, placeOfText, placeWhere } from '../sourceText.ts';
import { isCode, moduleClosure } from './templateDeps.ts';

export const shippedTemplates = path.join(packageRoot, 'templates');

/**
 * The code files of a template folder, where messages look for a line: `first` (a full path),
 * then what it imports from the folder (a component in `badge/index.tsx`, labels in a JSON: a
 * mistake there was named at the component file, without a line), then the folder's others.
 */
export function templateFiles(dir: string, first: string): string[] {
  const imported = moduleClosure(first).filter((f) => f !== first && isCode(f) && f.startsWith(dir + path.sep));
  const others = readdirSync(dir).filter((f) => !isHidden(f) && /\.[jt]sx?$/.test(f)).map((f) => path.join(dir, f)).filter((f) => f !== first && !imported.includes(f));
  return [first, ...imported, ...others];
}

/**
 * Where a component file declares its component: `function Case(` in Case.tsx, or `const Case =`
 * for one written as an arrow function, else its default export (`export default (props) => …`).
 */
export function componentDeclaration(file: string): Pick<Problem, 'place' | 'sourceLine'> {
  const name = literal(path.basename(file, path.extname(file)));
  const declared = new RegExp(`\\bfunction\\s+${name}\\s*[(<]|\\b(?:const|let|var)\\s+${name}\\b[^=]*=`);
  const found = placeWhere([file], (line) => declared.exec(line)?.index);
  return found.place.line > 0 ? found : placeOfText([file], 'export default');
}

export function templateDir(templatesDir: string, name: string): string | undefined {
  return onDisk(templatesDir, name) ?? onDisk(shippedTemplates, name);
}
