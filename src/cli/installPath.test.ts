/** cardnews installed in a folder whose path has a space and Hangul, as a Documents folder often does. */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/fixtures.ts';
import { deckText, THREE } from '../testing/decks.ts';
import { installOfItsOwn } from '../testing/install.ts';

const run = promisify(execFile);

describe('an installation in "카드 뉴스/"', () => {
  const install = installOfItsOwn(`카드 뉴스-${process.pid}`);
  afterAll(() => install.remove());

  it('names the line of a template that fails while it draws a slide', async () => {
    const project = path.join(install.root, 'project');
    mkdirSync(path.join(project, 'data'), { recursive: true });
    writeFileSync(path.join(project, 'data', 'p.yaml'), deckText(THREE));
    const templates = path.join(project, 'templates', 'default');
    cpSync(path.join(repoRoot, 'templates', 'default'), templates, { recursive: true });
    const caseFile = path.join(templates, 'Case.tsx');
    const failing = '  const n = (props as unknown as { nope: string }).nope.length;';
    const lines = readFileSync(caseFile, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('const { size } = props;')) + 1;
    lines.splice(at, 0, failing);
    writeFileSync(caseFile, lines.join('\n'));
    const failed = await run(process.execPath, [install.bin, 'build'], { cwd: project }).then(() => undefined, (error: { code: number; stderr: string }) => error);
    // The bundle's path has a space, and its frames were no frames: the message had no line.
    expect([failed?.code, failed?.stderr.split('\n')[0]]).toEqual([1, `templates/default/Case.tsx:${at + 1}:${failing.indexOf('.length') + 2}: the case template failed while drawing a slide: Cannot read properties of undefined (reading 'length')`]);
  });
});
