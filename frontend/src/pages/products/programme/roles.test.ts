import { describe, expect, it } from 'vitest';
import { canRecordForCity, canRecordProgramme, recordableCounties } from './roles';

describe('canRecordProgramme', () => {
  it('lets staff at every level record', () => {
    expect(canRecordProgramme('admin')).toBe(true);
    expect(canRecordProgramme('city_staff')).toBe(true);
    expect(canRecordProgramme('county_staff')).toBe(true);
  });

  it('keeps everyone else to reading', () => {
    expect(canRecordProgramme('entrepreneur')).toBe(false);
    expect(canRecordProgramme('buyer')).toBe(false);
    expect(canRecordProgramme('bank_officer')).toBe(false);
  });
});

describe('canRecordForCity', () => {
  it('leaves the brand itself to city staff', () => {
    expect(canRecordForCity('city_staff')).toBe(true);
    expect(canRecordForCity('county_staff')).toBe(false);
  });
});

describe('recordableCounties', () => {
  it('gives city staff all eight counties', () => {
    expect(recordableCounties({ role: 'city_staff', county_code: null })).toHaveLength(8);
  });

  it('gives county staff their own county only', () => {
    expect(recordableCounties({ role: 'county_staff', county_code: '441881' })).toEqual(['441881']);
  });

  it('gives a county account with no county nothing, and others nothing', () => {
    expect(recordableCounties({ role: 'county_staff', county_code: null })).toEqual([]);
    expect(recordableCounties({ role: 'buyer', county_code: '441881' })).toEqual([]);
  });
});
