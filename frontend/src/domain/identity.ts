// The checks the loans service makes on a borrower's numbers, made again in the form so that a typing
// slip shows at once. The service stays the judge.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_DIGITS = '10X98765432';

/** A resident ID-card number (GB 11643-1999): 17 digits, a valid date of birth, and the check digit. */
export function isIdCardNumber(value: string): boolean {
  const number = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) return false;
  const year = Number(number.slice(6, 10));
  const month = Number(number.slice(10, 12));
  const day = Number(number.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(number[index]), 0);
  return CHECK_DIGITS[sum % 11] === number[17];
}

/** A mainland mobile number: 11 digits starting 13 to 19. */
export function isMobileNumber(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.trim());
}

/** A mobile number as the gateway shows it: the first three and last four digits (138****8000). */
export function maskMobile(value: string): string {
  const number = value.trim();
  return number.length === 11 ? `${number.slice(0, 3)}****${number.slice(7)}` : number;
}
