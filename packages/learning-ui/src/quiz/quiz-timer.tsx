"use client";
import { useEffect, useRef, useState } from "react";

function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}`
    : `${minutes}:${seconds}`;
}

function minutesText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}

/**
 * Time left, shown all the time and announced only at the start, at 5 minutes and at 1 minute
 * (a ticking live region would talk over everything). `clockOffset` corrects this device's clock
 * to the server's. Calls `onExpire` once when the time is up.
 */
export function QuizTimer({
  deadline,
  timeLimitSeconds,
  clockOffset,
  onExpire,
}: {
  deadline: number;
  timeLimitSeconds: number | null;
  clockOffset: number;
  onExpire: () => void;
}) {
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef(new Set<string>());
  const expired = useRef(false);
  const left = deadline - now;

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + clockOffset), 1000);
    return () => clearInterval(id);
  }, [clockOffset]);

  useEffect(() => {
    const say = (key: string, text: string) => {
      if (announced.current.has(key)) return;
      announced.current.add(key);
      setAnnouncement(text);
    };
    if (left <= 0) {
      say("end", "Time is up. Your answers are being submitted.");
      if (!expired.current) {
        expired.current = true;
        onExpire();
      }
    } else if (left <= 60_000) say("1", "1 minute left.");
    else if (left <= 5 * 60_000) say("5", "5 minutes left.");
    else {
      const limit =
        timeLimitSeconds === null
          ? ""
          : ` The time limit is ${minutesText(timeLimitSeconds * 1000)}.`;
      say("start", `This quiz is timed.${limit} You have ${minutesText(left)} left.`);
    }
    if (left <= 60_000) announced.current.add("5").add("start");
    if (left <= 5 * 60_000) announced.current.add("start");
  }, [left, onExpire, timeLimitSeconds]);

  return (
    <div className={left <= 5 * 60_000 ? "quiz-timer quiz-timer--low" : "quiz-timer"}>
      <span>Time left: </span>
      <strong role="timer" aria-label={`Time left: ${minutesText(left)}`}>
        {clockText(left)}
      </strong>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
