import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file of tests/fixtures/media. */
export const mediaFixture = (name: string): Buffer => readFileSync(join(__dirname, '..', 'fixtures', 'media', name));

/** A file of tests/fixtures/media in base64, as the renderer sends it. */
export const mediaBase64 = (name: string): string => mediaFixture(name).toString('base64');

/** photos.add's input for the fixture photo (1600 × 1200) with its thumbnail, as `fileName` in `tripId`; `extra` over it. */
export const photoInput = <E extends object = object>(tripId: string, fileName: string, extra?: E) => ({
  tripId,
  fileName,
  imageBase64: mediaBase64('photo-1600x1200.jpg'),
  thumbBase64: mediaBase64('thumb-320x240.jpg'),
  width: 1600,
  height: 1200,
  ...extra,
});
