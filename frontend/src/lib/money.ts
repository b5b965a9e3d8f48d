// Money strings ("200000.00") added exactly, in fen, with BigInt: no float ever touches an amount.

const MONEY = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** An amount in fen. */
export function toFen(value: string): bigint {
  const match = MONEY.exec(value.trim());
  if (!match) throw new RangeError(`not an amount: ${value}`);
  const [, sign, yuan = '0', fen = ''] = match;
  const amount = BigInt(yuan) * 100n + BigInt(fen.padEnd(2, '0'));
  return sign ? -amount : amount;
}

/** Fen back to an amount with two decimals. */
export function fromFen(fen: bigint): string {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The exact sum of amounts, as an amount with two decimals. */
export function sumMoney(values: readonly string[]): string {
  return fromFen(values.reduce((total, value) => total + toFen(value), 0n));
}

/** Whether a text is an amount the API accepts: digits with at most two decimals. */
export function isMoney(value: string): boolean {
  return /^\d+(\.\d{1,2})?$/.test(value.trim());
}

/** An amount typed by a person ("200000", "1234.5") as the API writes it ("200000.00", "1234.50"). */
export function normaliseMoney(value: string): string {
  return fromFen(toFen(value));
}
