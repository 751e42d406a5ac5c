import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageInfo, pngInfo } from '../../shared/media/image-info';
import { TINY_PNG } from '../helpers/doc-data';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/media', name));

describe('picture type and size from the header', () => {
  it('reads a PNG size from IHDR', () => {
    expect(pngInfo(TINY_PNG)).toEqual({ width: 1, height: 1 });
    expect(imageInfo(fixture('rapat-1800x1200.png'))).toEqual({ type: 'png', mime: 'image/png', width: 1800, height: 1200 });
  });

  it('reads a JPEG size from its frame header', () => {
    expect(imageInfo(fixture('photo-1600x1200.jpg'))).toEqual({ type: 'jpg', mime: 'image/jpeg', width: 1600, height: 1200 });
  });

  it('refuses truncated files and other formats', () => {
    expect(pngInfo(TINY_PNG.subarray(0, TINY_PNG.length - 12))).toBeNull();
    expect(imageInfo(fixture('truncated.jpg'))).toBeNull();
    expect(imageInfo(fixture('copy.pdf'))).toBeNull();
    expect(imageInfo(Buffer.from('not an image at all'))).toBeNull();
    expect(imageInfo(new Uint8Array(0))).toBeNull();
  });
});
