import { createTheme } from '@ant-design/cssinjs';
import { theme as antd, ConfigProvider, type ConfigProviderProps } from 'antd';
import { algorithm, APP_SEED, theme } from './theme';

/**
 * What Ant Design reads above the app's ConfigProvider: the context ConfigProvider itself makes of the app's theme.
 * ConfigProvider writes its icon styles with the design tokens of the context *above* it; with none there, antd
 * derived its default seed's whole theme (every palette) on the first render, two thirds of that render's time
 * on a phone, for styles that use no token. The same algorithm (so the same theme object), seed and overrides as
 * ConfigProvider's: the tokens are computed once, from themeMapToken.json, and shared by both (same cache key).
 */
const outerTokens = {
  theme: createTheme(algorithm),
  token: APP_SEED,
  override: { override: APP_SEED, ...theme.components },
  // As ConfigProvider's own (antd's default): the hash is part of the tokens' cache key, and without it the
  // icon styles' tokens above and the motion's tokens below were two entries, each derived on the first render.
  hashed: true,
};

/** The app's Ant Design theme. App.tsx and firstPaintStyles.tsx both render it: the build's stylesheet of the
 * first pages has the same class hashes as the browser only if both sides use the same contexts. */
export function ThemeProvider(props: Omit<ConfigProviderProps, 'theme'>) {
  return (
    <antd._internalContext.Provider value={outerTokens}>
      <ConfigProvider theme={theme} {...props} />
    </antd._internalContext.Provider>
  );
}
