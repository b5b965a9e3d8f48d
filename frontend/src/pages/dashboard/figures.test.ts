import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@/i18n/resources';
import { figureLabel, figureValue, unitLabel } from './figures';

beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', defaultNS: 'common' });
});

describe('figureLabel', () => {
  it('translates a known figure key', async () => {
    expect(figureLabel(i18n, 'loans', 'partner_banks')).toBe('合作银行');
    await i18n.changeLanguage('en');
    expect(figureLabel(i18n, 'loans', 'partner_banks')).toBe('Partner banks');
    await i18n.changeLanguage('zh-CN');
  });

  it('shows an unknown key as it is', () => {
    expect(figureLabel(i18n, 'products', 'videos_shot')).toBe('videos_shot');
  });
});

describe('unitLabel', () => {
  it('translates known units and keeps the others', () => {
    expect(unitLabel(i18n, 'banks')).toBe('家');
    expect(unitLabel(i18n, '%')).toBe('%');
    expect(unitLabel(i18n, '')).toBe('');
  });
});

describe('figureValue', () => {
  it('reads integers and decimals with their precision', () => {
    expect(figureValue({ key: 'a', value: '6', unit: '' })).toEqual({ number: 6, precision: 0 });
    expect(figureValue({ key: 'a', value: '3.00', unit: '%' })).toEqual({ number: 3, precision: 2 });
  });

  it('refuses text that is not a number', () => {
    expect(figureValue({ key: 'a', value: 'n/a', unit: '' }).number).toBeNull();
    expect(figureValue({ key: 'a', value: '', unit: '' }).number).toBeNull();
  });
});
