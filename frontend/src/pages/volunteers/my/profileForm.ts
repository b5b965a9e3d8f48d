import dayjs, { type Dayjs } from 'dayjs';
import { COUNTY_CODES } from '@/domain/counties';
import { oneOf } from '@/domain/enums';
import type { Profile, ProfileWrite, Skill } from './types';

/** The hometown select's value for a student from outside Qingyuan. */
export const OTHER_HOMETOWN = 'other';

/** The form's values: dates as dayjs for the pickers, the hometown county or OTHER_HOMETOWN. */
export interface ProfileValues {
  name: string;
  phone: string;
  university: string;
  major: string;
  year?: number;
  hometown_choice?: string;
  hometown?: string;
  skills: Skill[];
  emergency_contact_name: string;
  emergency_contact_phone: string;
  insurance_policy?: string;
  insurance_until?: Dayjs | null;
  safeguarding_trained_on?: Dayjs | null;
  declaration_no_record: boolean;
}

const day = (value: string | null | undefined) => (value ? dayjs(value) : null);
const text = (value: string | null | undefined) => value?.trim() || null;

export function toValues(profile: Profile | null): Partial<ProfileValues> {
  if (!profile) return { skills: [], declaration_no_record: false };
  return {
    name: profile.name,
    phone: profile.phone,
    university: profile.university,
    major: profile.major,
    year: profile.year,
    hometown_choice: profile.hometown_county_code ?? OTHER_HOMETOWN,
    hometown: profile.hometown ?? '',
    skills: profile.skills,
    emergency_contact_name: profile.emergency_contact_name,
    emergency_contact_phone: profile.emergency_contact_phone,
    insurance_policy: profile.insurance_policy ?? '',
    insurance_until: day(profile.insurance_until),
    safeguarding_trained_on: day(profile.safeguarding_trained_on),
    declaration_no_record: profile.declared_no_record_on !== null,
  };
}

export function toWrite(values: ProfileValues): ProfileWrite {
  const county = oneOf(COUNTY_CODES, values.hometown_choice) ?? null;
  return {
    name: values.name.trim(),
    phone: values.phone.trim(),
    university: values.university.trim(),
    major: values.major.trim(),
    year: values.year ?? 1,
    hometown_county_code: county,
    hometown: county ? null : text(values.hometown),
    skills: values.skills ?? [],
    emergency_contact_name: values.emergency_contact_name.trim(),
    emergency_contact_phone: values.emergency_contact_phone.trim(),
    insurance_policy: text(values.insurance_policy),
    insurance_until: values.insurance_until?.format('YYYY-MM-DD') ?? null,
    safeguarding_trained_on: values.safeguarding_trained_on?.format('YYYY-MM-DD') ?? null,
    declaration_no_record: Boolean(values.declaration_no_record),
  };
}
