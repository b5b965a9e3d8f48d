import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { OTHER_HOMETOWN, toValues, toWrite, type ProfileValues } from './profileForm';
import type { Profile } from './types';

const values: ProfileValues = {
  name: ' 陈晓 ',
  phone: '13800000000',
  university: '华南师范大学',
  major: '小学教育',
  year: 2,
  hometown_choice: '441881',
  hometown: '广州',
  skills: ['art', 'tutoring'],
  emergency_contact_name: '陈父',
  emergency_contact_phone: '13900000000',
  insurance_policy: '',
  insurance_until: null,
  safeguarding_trained_on: dayjs('2026-06-01'),
  declaration_no_record: true,
};

describe('toWrite', () => {
  it('sends the Qingyuan county and no free-text hometown', () => {
    const body = toWrite(values);
    expect(body.hometown_county_code).toBe('441881');
    expect(body.hometown).toBeNull();
    expect(body.name).toBe('陈晓');
    expect(body.safeguarding_trained_on).toBe('2026-06-01');
    expect(body.insurance_policy).toBeNull();
    expect(body.declaration_no_record).toBe(true);
  });

  it('sends the free-text hometown for a student from elsewhere', () => {
    const body = toWrite({ ...values, hometown_choice: OTHER_HOMETOWN, hometown: ' 广州市 ' });
    expect(body.hometown_county_code).toBeNull();
    expect(body.hometown).toBe('广州市');
  });
});

describe('toValues', () => {
  it('starts a new profile empty, undeclared', () => {
    expect(toValues(null)).toEqual({ skills: [], declaration_no_record: false });
  });

  it('reads a profile back, the declaration ticked when it is on record', () => {
    const profile = {
      ...toWrite(values),
      hometown_county_code: null,
      hometown: '广州',
      declared_no_record_on: '2026-06-02',
    } as unknown as Profile;
    const back = toValues(profile);
    expect(back.hometown_choice).toBe(OTHER_HOMETOWN);
    expect(back.declaration_no_record).toBe(true);
    expect(back.safeguarding_trained_on?.format('YYYY-MM-DD')).toBe('2026-06-01');
  });
});
