// The viewport in the address, `view=x,y,zoom`, so a link opens the same view.
import type { Viewport } from '@xyflow/react';

export function parseViewport(value: string | null): Viewport | null {
  if (!value) return null;
  const [x, y, zoom] = value.split(',').map(Number);
  if (![x, y, zoom].every((n) => Number.isFinite(n)) || !zoom || zoom <= 0) return null;
  return { x: x as number, y: y as number, zoom };
}

export function formatViewport({ x, y, zoom }: Viewport): string {
  return `${Math.round(x)},${Math.round(y)},${Number(zoom.toFixed(3))}`;
}
