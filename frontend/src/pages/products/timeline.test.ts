import { describe, expect, it } from 'vitest';
import { actorOf } from './timeline';

const roles: Record<string, string> = { county_staff: '县团委工作人员' };
const label = (role: string) => roles[role] ?? role;

describe('actorOf', () => {
  it('names the actor as the token did, with their role', () => {
    expect(actorOf({ actor_name: '英德市团委 工作人员', actor_role: 'county_staff' }, label)).toBe(
      '英德市团委 工作人员 · 县团委工作人员',
    );
  });

  it('falls back to the role when the token carried no name', () => {
    expect(actorOf({ actor_name: null, actor_role: 'county_staff' }, label)).toBe('县团委工作人员');
  });
});
