import { describe, expect, it } from 'vitest';
import { en, zhCN } from './resources';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const zh = leaves(zhCN as unknown as Tree);
const english = leaves(en as unknown as Tree);

describe('translations', () => {
  it('has every Chinese key in English', () => {
    expect([...zh.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('has no English key missing from Chinese', () => {
    expect([...english.keys()].filter((key) => !zh.has(key))).toEqual([]);
  });

  it('has no empty text in either language', () => {
    const empty = [...zh, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...zh].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('writes the Chinese source in Chinese', () => {
    const untranslated = [...zh].filter(([key, text]) => text === english.get(key) && /[a-z]{4,}/i.test(text));
    // Brand and proper names stay as they are; everything else differs between the two languages.
    expect(untranslated.map(([key]) => key)).toEqual(['common.language.en']);
  });
});
