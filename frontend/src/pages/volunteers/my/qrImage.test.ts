import { describe, expect, it } from 'vitest';
import { qrImageSource } from './qrImage';

const decoded = (source: string) => decodeURIComponent(source.replace('data:image/svg+xml;utf8,', ''));

describe('qrImageSource', () => {
  it('adds the SVG namespace an inline SVG lacks', () => {
    const source = qrImageSource('<svg width="246" height="246" class="segno"><path d="M4 4.5h7"/></svg>');
    expect(source.startsWith('data:image/svg+xml;utf8,')).toBe(true);
    expect(decoded(source)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="246" height="246" class="segno"><path d="M4 4.5h7"/></svg>',
    );
  });

  it('keeps an SVG that has its namespace as it is', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>';
    expect(decoded(qrImageSource(svg))).toBe(svg);
  });
});
