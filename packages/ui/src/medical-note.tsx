/** The short, always-visible reminder that the courses teach and do not diagnose. */
export function MedicalNote() {
  return (
    <p className="medical-note">
      <strong>Education, not medical advice.</strong> Soleus teaches general health knowledge. It does
      not replace your doctor, nurse or physiotherapist. If you have sudden leg swelling, chest pain
      or trouble breathing, call your local emergency number now.
    </p>
  );
}
