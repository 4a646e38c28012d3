/** Who else has this document open (from the server's presence heartbeats). */
export function PresenceList({ others }: { others: { name: string; role: string }[] }) {
  if (others.length === 0) return null;
  const names = others.map((other) => `${other.name} (${other.role})`).join(", ");
  return (
    <p className="presence" role="status" aria-live="polite">
      Also open by: {names}
    </p>
  );
}
