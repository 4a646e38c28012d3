/** "1 minute", "7 minutes". */
export function minutesText(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** "1 lesson", "7 lessons". */
export function lessonsText(count: number): string {
  return `${count} lesson${count === 1 ? "" : "s"}`;
}

/** Where a course and its lessons live on the site. */
export const coursePath = (course: string) => `/courses/${course}`;
export const lessonPath = (course: string, lesson: string) => `/courses/${course}/${lesson}`;
