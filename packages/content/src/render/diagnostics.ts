/** A problem found while rendering a lesson body; `line` is 1-based within the Markdown body. */
export interface RenderDiagnostic {
  line: number;
  message: string;
}
