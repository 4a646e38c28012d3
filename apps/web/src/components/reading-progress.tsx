"use client";

import { useEffect, useRef } from "react";

/**
 * A thin bar at the top of the window showing how far through `targetId` the reader is.
 * Decorative (hidden from assistive technology: the page itself says where you are); it moves
 * only with the reader's own scrolling and has no animation of its own.
 */
export function ReadingProgress({ targetId }: { targetId: string }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const target = document.getElementById(targetId);
      if (!target || !bar.current) return;
      const box = target.getBoundingClientRect();
      const travel = box.height - window.innerHeight;
      const done = travel <= 0 ? 1 : Math.min(1, Math.max(0, -box.top / travel));
      bar.current.style.transform = `scaleX(${done})`;
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [targetId]);
  return (
    <div className="reading-progress" aria-hidden="true">
      <div className="reading-progress__bar" ref={bar} />
    </div>
  );
}
