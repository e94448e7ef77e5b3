/**
 * What a key the format does not have was probably meant as: a key written one level too high
 * (`bullets:` straight under a case belongs inside its `sections`), a key written in Korean
 * (`제목` for `title`), or a typo (`titel`).
 */
import { nearestWord } from '../nearest.ts';
import { codePoints } from '../render/emoji.ts';
import { ZERO_WIDTH } from './drawnText.ts';
import type { Shape } from './schema.ts';

/** Characters that take no room, or look like a plain space (or nothing): in a key, they make it another key. */
const INVISIBLE = new RegExp(`${ZERO_WIDTH.source}|[\u00A0\u00AD\u3000]`, 'u');

/**
 * Keys as Korean staff might write them, translating the English ones (the deck format's keys
 * are a contract, so they stay English; the message says which was meant).
 */
const KOREAN_KEYS: Record<string, string> = {
  제목: 'title', 기간: 'period', 시기: 'period', 기관: 'organization', 기관명: 'organization', 테마: 'theme', 글꼴: 'fonts', 폰트: 'fonts',
  표지: 'cover', 머리말: 'kicker', 사례: 'cases', 사례들: 'cases', 수상: 'award', 상: 'award', 등급: 'award', 섹션: 'sections', 항목: 'sections',
  소제목: 'heading', 제목줄: 'heading', 내용: 'bullets', 불릿: 'bullets', 글머리: 'bullets', 마무리: 'closing', 맺음말: 'closing', 줄: 'lines', 문구: 'lines',
};

/**
 * `name`: the map's name in messages; `list`: whether the key holds a list. `meant`: the key of
 * this map the user probably meant.
 */
export function unknownKey(shape: Extract<Shape, { kind: 'map' }>, key: string, name: string, list: boolean): { message: string; hint: string; meant: string | undefined } {
  const allowed = Object.keys(shape.keys);
  // `title` with a zero width or no-break space in it, copied from a web page or a HWP document:
  // shown as it is, it looked right ("unknown key "​title" … did you mean "title"?").
  const hidden = [...new Set(Array.from(key).filter((ch) => INVISIBLE.test(ch)))];
  if (hidden.length > 0) {
    const visible = Array.from(key).filter((ch) => !INVISIBLE.test(ch)).join('').trim();
    const meant = allowed.includes(visible) ? visible : nearestWord(visible, allowed);
    return { message: `unknown key "${visible}" in ${name}: it has an invisible character or an unusual space in it (${codePoints(hidden.join(''))})`, hint: `Delete the key and type it again${meant === undefined ? '' : ` as "${meant}"`} (text copied from a web page or a HWP document can bring these).`, meant };
  }
  const home = homeBelow(shape, key);
  if (home !== undefined) {
    const how = home.hint ?? `Write "${home.parent}:" on a line of its own, and "${key}: …" under it, indented.`;
    return { message: `"${key}" is not a key of ${name} itself`, hint: `"${key}" belongs inside "${home.parent}". ${how}`, meant: home.parent };
  }
  const message = `unknown key "${key}" in ${name}`;
  // `추진 배경:` over its bullets, straight in a case: a section written with its heading as a key
  // (a heading is Korean words, not an English key: `bulets:` is a misspelt key).
  if (list && allowed.includes('sections') && !(key in KOREAN_KEYS) && /[^\x00-\x7f]/u.test(key) && nearestWord(key, allowed) === undefined) {
    return { message, hint: `A section goes under the case's "sections:", as "- heading: ${key}" with its bullets under "bullets:".`, meant: 'sections' };
  }
  const translated = KOREAN_KEYS[key];
  if (translated !== undefined && allowed.includes(translated)) {
    return { message, hint: `Keys are written in English: "${translated}" for "${key}". Allowed keys here: ${allowed.join(', ')}.`, meant: translated };
  }
  const meant = nearestWord(key, allowed);
  // A misspelt key that also sits one level too high (`bulets:` straight in a case).
  const below = meant === undefined ? keysBelow(shape).find((inner) => nearestWord(key, [inner.key]) !== undefined) : undefined;
  if (below !== undefined) {
    return { message, hint: `Did you mean "${below.key}"? It belongs inside "${below.parent}". ${below.hint ?? ''}`.trim(), meant: below.parent };
  }
  return { message, hint: `Allowed keys here: ${allowed.join(', ')}.${meant !== undefined ? ` Did you mean "${meant}"?` : ''}`, meant };
}

/** The keys of the maps one level down, with the key that holds them and how its items are written. */
function keysBelow(shape: Extract<Shape, { kind: 'map' }>): { key: string; parent: string; hint: string | undefined }[] {
  return Object.entries(shape.keys).flatMap(([parent, spec]) => {
    const inner = spec.shape.kind === 'list' ? spec.shape.of : spec.shape;
    return inner.kind === 'map' ? Object.keys(inner.keys).map((key) => ({ key, parent, hint: spec.shape.kind === 'list' ? spec.shape.hint : undefined })) : [];
  });
}

/**
 * The key of a map that holds `key` one level down, with how its items are written: `bullets`
 * written straight into a case belongs inside its `sections`, `lines` at the top inside `closing`.
 */
function homeBelow(shape: Extract<Shape, { kind: 'map' }>, key: string): { parent: string; hint: string | undefined } | undefined {
  return keysBelow(shape).find((inner) => inner.key === key);
}
