import type { AttendanceStatus, EnrolmentStatus, SessionMode, TargetGroup, TraineeGroup } from './contract';

function valuesOf<T extends string>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

export const SESSION_MODES = valuesOf<SessionMode>({ offline: true, online: true });
export const TARGET_GROUPS = valuesOf<TargetGroup>({
  all: true,
  poor_household: true,
  homestay_owner: true,
  ecommerce_youth: true,
  entrepreneur: true,
});
export const TRAINEE_GROUPS = valuesOf<TraineeGroup>({
  homestay_owner: true,
  ecommerce_youth: true,
  entrepreneur: true,
});
export const ATTENDANCE_STATUSES = valuesOf<AttendanceStatus>({ full: true, partial: true, no_show: true });

export const ENROLMENT_COLOR: Record<EnrolmentStatus, string> = {
  booked: 'green',
  waitlisted: 'gold',
  cancelled: 'default',
  completed: 'blue',
  incomplete: 'red',
};
