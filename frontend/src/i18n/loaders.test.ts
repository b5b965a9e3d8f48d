import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './language';
import { chunkBackend, NAMESPACES } from './loaders';
import { resources } from './resources';

function read(language: string, namespace: string): Promise<unknown> {
  return new Promise((resolve, reject) =>
    chunkBackend.read(language, namespace, (error, data) => (error ? reject(error) : resolve(data))),
  );
}

describe('the translations loaded one namespace at a time', () => {
  it('has a loader for every namespace in both languages, giving the same words as the complete set', async () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(resources['zh-CN']).sort());
    for (const language of LANGUAGES) {
      for (const namespace of NAMESPACES) {
        expect(await read(language, namespace), `${language}/${namespace}`).toEqual(resources[language][namespace]);
      }
    }
  });

  it('refuses a language it does not have', async () => {
    await expect(read('fr', 'common')).rejects.toThrow('no translations for fr/common');
  });
});
