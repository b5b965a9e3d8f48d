const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The service's QR code SVG as an image source: a data URL, so nothing of it runs or styles the page. The
 * service draws it for inline HTML (segno's svg_inline), without the namespace an SVG needs to load as an
 * image on its own: it is added when missing.
 */
export function qrImageSource(svg: string): string {
  const standalone = /<svg[^>]*\sxmlns=/.test(svg) ? svg : svg.replace(/<svg\b/, `<svg xmlns="${SVG_NS}"`);
  return `data:image/svg+xml;utf8,${encodeURIComponent(standalone)}`;
}
