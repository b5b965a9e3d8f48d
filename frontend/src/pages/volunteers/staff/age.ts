/** The youngest and oldest child a camp records (the programme is for children of 3 to 17). */
export const MIN_AGE = 3;
export const MAX_AGE = 17;

/** Age in whole years on a date, from a birth year and month (1..12): the birthday counts as reached from the
 * first of its month, as the service counts it. */
export function ageOn(birthYear: number, birthMonth: number, today: { year: number; month: number }): number {
  const years = today.year - birthYear;
  return today.month >= birthMonth ? years : years - 1;
}

export function ageAllowed(age: number): boolean {
  return age >= MIN_AGE && age <= MAX_AGE;
}

/** The birth years a camp's form offers: children between 3 and 17 this year. */
export function birthYears(thisYear: number): number[] {
  const years: number[] = [];
  for (let year = thisYear - MIN_AGE; year >= thisYear - MAX_AGE - 1; year -= 1) years.push(year);
  return years;
}

/** A mainland mobile number (guardians are reached by phone). */
export function isMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.trim());
}
