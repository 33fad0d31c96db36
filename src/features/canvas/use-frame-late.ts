// A value a frame late. The selection's highlight restyles every collection and line on the
// diagram: on a first click at 500 collections that is 30 ms of style and paint more than the
// panel's own, in the same frame. A frame late, the panel the click asked for is drawn first and
// the rest dims in the frame after.
import { useEffect, useState } from 'react';

export function useFrameLate<T>(value: T): T {
  const [late, setLate] = useState(value);
  useEffect(() => {
    if (Object.is(late, value)) return;
    // Set from an animation frame: React renders it in a task of its own, after that frame's paint.
    const frame = requestAnimationFrame(() => setLate(value));
    return () => cancelAnimationFrame(frame);
  }, [value, late]);
  return late;
}
