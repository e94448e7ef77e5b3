/**
 * A template whose code never finishes a slide: a loop whose condition never changes held its
 * worker, and the build waited without a word until Ctrl-C; one that grows a list without end
 * filled the worker's heap, and the build blamed itself ("internal error … JS heap out of
 * memory"). The pool stops such a worker (pool.ts); this says which template and which slide.
 */
import path from 'node:path';
import { UserError } from '../errors.ts';
import { KIND_FILES } from '../compose/loadTemplates.ts';
import { componentDeclaration } from '../compose/templateDir.ts';
import { caseNamed } from '../deck.ts';
import type { RenderSetup, Task } from './tasks.ts';

/**
 * How long one task may run. A slide takes well under a second (a worker's first, which loads
 * the templates, under two; one with a phone photo about half a second more), so this only
 * ever stops code that would never end, on a machine many times slower than this one too.
 */
export const TASK_LIMIT_MS = 60_000;

/** `why`: the task ran out of memory, or did not end in `limitMs`. */
export function runawayError(task: Task, setup: RenderSetup, why: 'memory' | { limitMs: number }): UserError {
  const kind = task.kind === 'measure' || task.kind === 'render' ? task.slide.kind : 'case';
  const file = path.join(setup.templateDir, KIND_FILES[kind]);
  const which = task.kind === 'paginate' ? caseNamed(task.caseNumber, task.item.title) : task.slide.kind === 'case' ? caseNamed(task.slide.props.caseNumber, task.slide.props.title) : `the ${kind}`;
  return new UserError([
    {
      ...componentDeclaration(file),
      message:
        why !== 'memory'
          ? `the ${kind} template did not finish drawing ${which} in ${why.limitMs / 1000} s (a slide takes under a second): its code, or code it imports, seems to run without end`
          : `the ${kind} template ran out of memory drawing ${which}: its code, or code it imports, seems to make ever more of something`,
      hint:
        why !== 'memory'
          ? 'Look for a loop whose condition never changes (while, for) or a component that draws itself, mend it and build again.'
          : 'Look for a loop that adds to a list or a text without end, or a component that draws itself, mend it and build again.',
    },
  ]);
}
