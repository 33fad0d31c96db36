import { describe, expect, it } from 'vitest';
import { fileStem } from './download';
import { pngScale, svgSize } from './png';

describe('export helpers', () => {
  it('names files after the snapshot file or the server', () => {
    expect(fileStem('agencyos.snapshot.json')).toBe('agencyos.snapshot');
    expect(fileStem('snapshot.yaml')).toBe('snapshot');
    expect(fileStem('https://cms.example.com/directus')).toBe('cms.example.com-directus');
    expect(fileStem('collections.json + fields.json + relations.json')).toBe(
      'collections.json-fields.json-relations',
    );
    expect(fileStem('///')).toBe('data-model');
  });

  it('scales a PNG up to twice, but never past what a canvas holds', () => {
    expect(pngScale(800, 600)).toBe(2);
    expect(pngScale(12_000, 1000)).toBeCloseTo(16_000 / 12_000);
    const scale = pngScale(9000, 9000);
    expect(9000 * 9000 * scale * scale).toBeLessThanOrEqual(60_000_001);
  });

  it('reads the size an SVG gives itself', () => {
    expect(svgSize('<svg xmlns="x" width="120.5" height="80" viewBox="0 0 1 1">')).toEqual({
      width: 120.5,
      height: 80,
    });
  });
});
