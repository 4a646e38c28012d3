import { MedicalNote, type CareNote } from "./medical-note";

/** The footer on every page of both apps, carrying the medical note. */
export function SiteFooter({ productName, careNote }: { productName: string; careNote: CareNote }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <MedicalNote note={careNote} />
        <p className="site-footer__small">{productName}: short courses for healthy ageing.</p>
      </div>
    </footer>
  );
}
