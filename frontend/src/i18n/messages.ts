/**
 * The shape every translation must have: the same keys as the Chinese source, any strings as values.
 * `const en: Messages<typeof zhCN> = {...}` makes the compiler reject a missing or an extra key.
 */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
