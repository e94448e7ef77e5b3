/**
 * Throw-away cardnews projects for tests. They live inside the repository (in test-tmp/) so
 * that templates copied into them still resolve `cardnews/template` and React.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { build, type BuildOptions, type PeriodReport } from '../build/build.ts';
import { UserError } from '../errors.ts';
import { projectPaths, type ProjectPaths } from '../paths.ts';
import { repoRoot } from './fixtures.ts';

export interface TestProject {
  root: string;
  paths: ProjectPaths;
  /** Write `data/<period>.yaml`. */
  deck(period: string, text: string): string;
  /** Copy the default templates into the project, to edit them. */
  copyTemplates(): string;
  /**
   * Replace `from` (which must be there) with `to` in a file of the project's default templates,
   * copied first if need be. Returns the file, its text before, and the line `from` was on.
   */
  editTemplate(name: string, from: string, to: string): { file: string; original: string; line: number };
  build(options?: Partial<BuildOptions>): Promise<PeriodReport[]>;
  /** A build that must stop with a user's mistake: its error (anything else fails the test). */
  buildFails(options?: Partial<BuildOptions>): Promise<UserError>;
  /** Names of the slides a report says were drawn, in carousel order. */
  files(period: string): string[];
  remove(): void;
}

export function exampleDeck(): string {
  return readFileSync(path.join(repoRoot, 'data', '2024-h2.yaml'), 'utf8');
}

/** `base`: the folder the project is made in (test-tmp/ of this repository unless given). */
export function makeProject(label: string, base = path.join(repoRoot, 'test-tmp')): TestProject {
  const root = path.join(base, `${label}-${randomBytes(4).toString('hex')}`);
  mkdirSync(path.join(root, 'data'), { recursive: true });
  mkdirSync(path.join(root, 'fonts'), { recursive: true });
  const paths = projectPaths(root);
  return {
    root,
    paths,
    deck(period, text) {
      const file = path.join(paths.data, `${period}.yaml`);
      writeFileSync(file, text);
      return file;
    },
    copyTemplates() {
      const dir = path.join(paths.templates, 'default');
      cpSync(path.join(repoRoot, 'templates', 'default'), dir, { recursive: true });
      return dir;
    },
    editTemplate(name, from, to) {
      const file = path.join(paths.templates, 'default', name);
      if (!existsSync(file)) this.copyTemplates();
      const original = readFileSync(file, 'utf8');
      const at = original.indexOf(from);
      if (at < 0) throw new Error(`${name} no longer contains ${JSON.stringify(from)}: update the test`);
      writeFileSync(file, original.slice(0, at) + to + original.slice(at + from.length));
      return { file, original, line: original.slice(0, at).split('\n').length };
    },
    build(options = {}) {
      return build({ paths, targets: [], mode: 'build', jobs: 2, ...options });
    },
    async buildFails(options = {}) {
      const error = await this.build(options).then(
        () => new Error('the build succeeded'),
        (e: unknown) => e,
      );
      if (error instanceof UserError) return error;
      throw error;
    },
    files(period) {
      try {
        return readdirSync(path.join(paths.output, period)).filter((f) => !f.startsWith('.')).sort();
      } catch {
        return [];
      }
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The names of slides with a given action in a build report. */
export function namesWith(reports: PeriodReport[], action: string): string[] {
  return reports.flatMap((r) => r.slides.filter((s) => s.action === action).map((s) => `${r.id}/${s.name}`));
}
