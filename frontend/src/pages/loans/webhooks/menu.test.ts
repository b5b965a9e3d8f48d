import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/api/models';
import { canOpen } from '@/auth/access';
import { menuItems } from '@/components/layout/navigation';
import { ROLES } from '@/domain/enums';

const t = ((key: string) => key) as unknown as TFunction;

function inMenu(role: Role): boolean {
  return menuItems(t, role).some(
    (item) =>
      item !== null &&
      'children' in item &&
      Array.isArray(item.children) &&
      item.children.some((child) => child?.key === '/loans/webhooks'),
  );
}

describe('the webhook page', () => {
  it('is the bank officer’s alone, in the menu and by address', () => {
    expect(ROLES.filter((role) => canOpen(role, 'webhooks'))).toEqual(['bank_officer']);
    expect(ROLES.filter(inMenu)).toEqual(['bank_officer']);
  });
});
