import "~/results/results.css";
import type { ReactNode } from "react";

/** The results review's pages share its styles; the API checks each reader's courses itself. */
export default function ResultsLayout({ children }: { children: ReactNode }) {
  return children;
}
