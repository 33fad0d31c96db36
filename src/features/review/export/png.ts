// A PNG of an SVG: drawn onto a canvas by the browser. The scale is capped so a large model
// stays within what a canvas can hold (Chromium refuses more than ~16k pixels a side).
const MAX_SIDE = 16_000;
const MAX_AREA = 60_000_000;

export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.min(
    wanted,
    MAX_SIDE / Math.max(width, 1),
    MAX_SIDE / Math.max(height, 1),
    Math.sqrt(MAX_AREA / Math.max(width * height, 1)),
  );
}

export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const scale = pngScale(width, height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The size an SVG says it has. */
export function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { width, height };
}
