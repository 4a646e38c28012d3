"use client";

/** Opens the browser's print dialog (the certificate's print stylesheet hides the site around it). */
export function PrintButton() {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        window.print();
      }}
    >
      Print or save as PDF
    </button>
  );
}
