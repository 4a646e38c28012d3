/** The first focusable element on every page: jumps past the header to the main content. */
export function SkipLink({ targetId = "main" }: { targetId?: string }) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      Skip to main content
    </a>
  );
}
