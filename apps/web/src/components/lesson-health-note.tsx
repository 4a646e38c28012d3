import { footerCareNote } from "@soleus/content/care/when-to-seek-care";

/** The short reminder at the top of every lesson, from the same care module as the footer note. */
export function LessonHealthNote() {
  const care = footerCareNote();
  return (
    <p className="lesson-health-note" role="note">
      <strong>{care.disclaimer}</strong> Check with your doctor, nurse or physiotherapist before you
      start new exercises, and stop if something hurts. {care.emergency} {care.sameDay}
    </p>
  );
}
