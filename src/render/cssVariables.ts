/**
 * CSS custom properties in a template's styles (`'--accent': '#1f4fa0'` on an element, then
 * `color: 'var(--accent)'` on it or inside it), which satori 0.63 resolves as CSS does: from the
 * element or the nearest around it that sets the name, else the fallback after a comma. A var()
 * with neither makes satori drop the whole declaration without a word (a card drew without its
 * background); one that resolves is checked as the value it stands for.
 */
export type Variables = ReadonlyMap<string, string>;

/** The variables in effect on an element: those around it, and its own over them. */
export function withOwnVariables(style: Record<string, unknown>, around: Variables): Variables {
  const own = Object.entries(style).flatMap(([name, value]) => (name.startsWith('--') && (typeof value === 'string' || typeof value === 'number') ? [[name, String(value)] as const] : []));
  return own.length === 0 ? around : new Map([...around, ...own]);
}

/** var(--name) or var(--name, fallback), the fallback with one level of brackets (rgb(…)). */
const VAR = /var\(\s*(--[\w-]+)\s*(?:,((?:[^()]|\([^()]*\))*))?\)/g;

/** Variables that stand for variables are followed this far: further is a loop, which satori names itself. */
const DEPTH = 8;

/**
 * `value` with each var() replaced by what it stands for, and the names that nothing sets and
 * that have no fallback; `looped` when it still holds a var() after DEPTH rounds.
 */
export function resolveVariables(value: string, variables: Variables): { value: string; unset: string[]; looped: boolean } {
  const unset = new Set<string>();
  let resolved = value;
  for (let round = 0; round < DEPTH && resolved.includes('var('); round++) {
    resolved = resolved.replace(VAR, (_, name: string, fallback: string | undefined) => {
      const set = variables.get(name) ?? fallback?.trim();
      if (set === undefined) unset.add(name);
      return set ?? '';
    });
  }
  return { value: resolved, unset: [...unset], looped: resolved.includes('var(') };
}
