/** The short reminder at the top of every lesson (the footer carries the full note). */
export function LessonHealthNote() {
  return (
    <p className="lesson-health-note" role="note">
      <strong>Education, not medical advice.</strong> Check with your doctor, nurse or physiotherapist
      before you start new exercises, and stop if something hurts.
    </p>
  );
}
