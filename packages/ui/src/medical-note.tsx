/**
 * The care note's sentences. The app supplies them from the care module of `@soleus/content`
 * (the one source of truth for when to seek care); ui, a leaf package, only lays them out.
 */
export interface CareNote {
  disclaimer: string;
  emergency: string;
  sameDay: string;
}

/** The short, always-visible reminder that the courses teach and do not diagnose, and when to get help. */
export function MedicalNote({ note }: { note: CareNote }) {
  return (
    <p className="medical-note">
      <strong>{note.disclaimer}</strong> Soleus teaches general health knowledge. It does not
      replace your doctor, nurse or physiotherapist. {note.emergency} {note.sameDay}
    </p>
  );
}
