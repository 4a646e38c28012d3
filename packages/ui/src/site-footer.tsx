import { MedicalNote } from "./medical-note";

/** The footer on every page of both apps, carrying the medical note. */
export function SiteFooter({ productName }: { productName: string }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <MedicalNote />
        <p className="site-footer__small">{productName}: short courses for healthy aging.</p>
      </div>
    </footer>
  );
}
