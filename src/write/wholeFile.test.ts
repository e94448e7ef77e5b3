import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateBundle } from '../build/workerBundle.ts';
import { makeProject, namesWith } from '../testing/project.ts';
import { isWhole, readWhole, withWholeMark } from './wholeFile.ts';

describe('files of the cache, whole or made again', () => {
  const project = makeProject('whole');
  afterAll(() => project.remove());

  it('reads back what was written, and nothing of a file cut short, empty or missing', () => {
    const file = path.join(project.root, 'kept.bin');
    const data = Buffer.from('글꼴의 일부 \x00\x01\x02');
    writeFileSync(file, withWholeMark(data));
    expect(isWhole(file)).toBe(true);
    expect(readWhole(file)).toEqual(data);
    const written = readFileSync(file);
    for (const cut of [written.length - 1, 3, 0]) {
      writeFileSync(file, written.subarray(0, cut));
      expect([isWhole(file), readWhole(file)], `cut to ${cut} bytes`).toEqual([false, undefined]);
    }
    expect([isWhole(`${file}.gone`), readWhole(`${file}.gone`)]).toEqual([false, undefined]);
  });

  it('makes a template bundle found cut short again, under the same name', async () => {
    // The project's own templates: a bundle no other test loads while this one cuts it.
    const dir = project.copyTemplates();
    const { out } = await templateBundle(dir);
    const made = readFileSync(out);
    writeFileSync(out, made.subarray(0, made.length / 2));
    expect((await templateBundle(dir)).out).toBe(out);
    expect(readFileSync(out)).toEqual(made);
    // And the build draws from it.
    project.deck('2024-h2', 'title: 제목\ncases:\n  - title: 사례\n    sections:\n      - heading: 배경\n        bullets:\n          - 내용\n');
    writeFileSync(out, '');
    expect(namesWith(await project.build(), 'rendered')).toEqual(['2024-h2/01-cover', '2024-h2/02-case1']);
  });
});
