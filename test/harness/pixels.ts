/**
 * Real pixels for visual tests: a screenshot of a page area, taken by the browser's driver
 * (web-test-runner.config.mjs's `screenshot-box` command).
 */
import {executeServerCommand} from '@web/test-runner-commands';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The pixels of `element`'s box (`outset` pixels larger on every side), from a real screenshot of the page. Chromium and Firefox
 * return just the box; WebKit's WebDriver returns the whole viewport, cropped here.
 */
export async function pixelsOf(element: Element, outset = 0): Promise<ImageData> {
  element.scrollIntoView({block: 'nearest'});
  const r = element.getBoundingClientRect();
  const box = {x: r.x - outset, y: r.y - outset, width: Math.ceil(r.width) + 2 * outset, height: Math.ceil(r.height) + 2 * outset};
  const png = await executeServerCommand<string, Box>('screenshot-box', box);
  const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], {type: 'image/png'}));
  const whole = bitmap.width > box.width + 1 || bitmap.height > box.height + 1;
  const scale = whole ? bitmap.width / innerWidth : 1;
  const [width, height] = whole ? [Math.round(box.width * scale), Math.round(box.height * scale)] : [bitmap.width, bitmap.height];
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  if (whole) context.drawImage(bitmap, -Math.round(box.x * scale), -Math.round(box.y * scale));
  else context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, width, height);
}

