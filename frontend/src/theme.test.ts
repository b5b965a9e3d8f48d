import { theme as antd } from 'antd';
import { describe, expect, it } from 'vitest';
import { APP_SEED } from './theme';

// themeMapToken.json is antd's default algorithm applied to the app's seed, computed ahead (theme.ts says why).
// After a change of the theme's tokens or of antd: `npx vitest run src/theme.test.ts -u` writes it again.
describe('the precomputed theme tokens', () => {
  it("are what antd's default algorithm derives from the app's seed", async () => {
    const expected = antd.defaultAlgorithm(APP_SEED);
    await expect(`${JSON.stringify(expected, null, 2)}\n`).toMatchFileSnapshot('./themeMapToken.json');
  });
});
