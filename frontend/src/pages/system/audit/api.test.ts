import { describe, expect, it } from 'vitest';
import { auditQuery, detailSummary, eventTone, isUuid } from './api';

describe('auditQuery', () => {
  it('turns whole Beijing days into the instants the API compares, the last day included', () => {
    expect(auditQuery({ from: '2026-05-01', to: '2026-05-31' })).toMatchObject({
      from: '2026-04-30T16:00:00.000Z',
      to: '2026-05-31T16:00:00.000Z',
    });
  });

  it('drops what the API would refuse', () => {
    expect(auditQuery({ kind: 'coffee_break', from: 'yesterday', subject: '  ', actor: ' 3f2c ' })).toEqual({
      kind: undefined,
      subject: undefined,
      actor: '3f2c',
      from: undefined,
      to: undefined,
    });
  });

  it('keeps a known kind', () => {
    expect(auditQuery({ kind: 'refresh_reused' }).kind).toBe('refresh_reused');
  });
});

describe('eventTone', () => {
  it('marks failures and reuse as alerts, changes as changes, sign-ins as routine', () => {
    expect(eventTone('refresh_reused')).toBe('alert');
    expect(eventTone('login_locked')).toBe('alert');
    expect(eventTone('role_changed')).toBe('change');
    expect(eventTone('client_secret_rotated')).toBe('change');
    expect(eventTone('login_succeeded')).toBe('routine');
  });
});

describe('detailSummary', () => {
  it('writes the pairs on one line, nested values as JSON', () => {
    expect(
      detailSummary({
        login: 'city',
        session_id: 'f00',
        reason: 'wrong password',
        before: { role: 'buyer' },
        none: null,
      }),
    ).toBe('login: city; reason: wrong password; before: {"role":"buyer"}');
  });

  it('cuts a long line', () => {
    expect(detailSummary({ text: 'x'.repeat(200) }, 20)).toHaveLength(20);
  });
});

describe('isUuid', () => {
  it('knows an id from a name', () => {
    expect(isUuid('de49ea1a-f44b-5e8f-a52d-0a2d4e3dff74')).toBe(true);
    expect(isUuid('anonymous')).toBe(false);
    expect(isUuid(null)).toBe(false);
  });
});
