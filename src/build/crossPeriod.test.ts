/**
 * Images one period of a build reuses from another that the same build draws anew. A copy is
 * slowed down here, as on a network share or a USB stick, so that the order of the steps shows.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deckText, THREE } from '../testing/decks.ts';
import { makeProject, namesWith, type TestProject } from '../testing/project.ts';

const slowCopies = vi.hoisted(() => ({ ms: 0, meanwhile: undefined as (() => Promise<void>) | undefined }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    copyFile: async (...args: Parameters<typeof fs.copyFile>) => {
      await new Promise((resolve) => setTimeout(resolve, slowCopies.ms));
      await slowCopies.meanwhile?.();
      return fs.copyFile(...args);
    },
  };
});

describe('a slide reused from another period of the same build', () => {
  let project: TestProject;
  afterEach(() => project.remove());
  const text = deckText(THREE);
  const image = (period: string, name: string) => readFileSync(path.join(project.paths.output, period, `${name}.png`));
  /** A project with period a built. */
  async function built(label: string): Promise<void> {
    project = makeProject(label);
    project.deck('a', text);
    await project.build();
  }

  it('is copied before that period draws its own slide anew: a slow copy took the new image under the old record', async () => {
    await built('cross-period');
    const before = image('a', '02-case1');
    // b is new and as a was: its slides are copies of a's; a's first case has changed since.
    project.deck('b', text);
    project.deck('a', text.replace('1번 사례의 첫 번째 내용입니다', '1번 사례의 바뀐 내용입니다'));
    slowCopies.ms = 400;
    const reports = await project.build();
    slowCopies.ms = 0;
    expect([namesWith(reports, 'rendered'), namesWith(reports, 'copied')]).toEqual([['a/02-case1'], ['b/01-cover', 'b/02-case1', 'b/03-case2', 'b/04-case3', 'b/05-closing']]);
    expect(image('a', '02-case1').equals(before)).toBe(false);
    expect(image('b', '02-case1').equals(before)).toBe(true);
  });

  it("is drawn instead when the image it copies was drawn anew by another build meanwhile (another period's folder is not this build's)", async () => {
    await built('cross-process');
    const drawn = image('a', '02-case1');
    project.deck('b', text);
    // As a build of a in another terminal would, between this build's decision and its copy.
    slowCopies.meanwhile = async () => {
      slowCopies.meanwhile = undefined;
      writeFileSync(path.join(project.paths.output, 'a', '02-case1.png'), image('a', '03-case2'));
    };
    const reports = await project.build({ targets: ['b'] });
    const b = reports.find((r) => r.id === 'b');
    const redrawn = b?.slides.filter((s) => s.action === 'rendered').map((s) => [s.name, s.reason]);
    expect(redrawn).toEqual([['02-case1', 'the image it was to be copied from changed meanwhile']]);
    expect(image('b', '02-case1').equals(drawn)).toBe(true);
    // Or removed it: the build stopped at the copy ("no such file").
    project.deck('c', text);
    slowCopies.meanwhile = async () => {
      slowCopies.meanwhile = undefined;
      for (const period of ['a', 'b']) rmSync(path.join(project.paths.output, period, '03-case2.png'));
    };
    const gone = (await project.build({ targets: ['c'] })).find((r) => r.id === 'c');
    expect(gone?.slides.filter((s) => s.action === 'rendered').map((s) => [s.name, s.reason])).toEqual([['03-case2', 'the image it was to be copied from was removed meanwhile']]);
  });
});
