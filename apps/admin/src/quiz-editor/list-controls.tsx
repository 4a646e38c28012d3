"use client";

/**
 * Move up, move down and remove for one entry of a list (options, items, answers): real
 * buttons that name the entry, so the order never needs dragging.
 */
export function ListControls({
  name,
  index,
  count,
  onMove,
  onRemove,
  minimum = 0,
}: {
  name: string;
  index: number;
  count: number;
  /** Absent: the list has no order to change (only removing). */
  onMove?: (to: number) => void;
  onRemove: () => void;
  minimum?: number;
}) {
  return (
    <div className="list-controls">
      {onMove ? (
        <>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === 0}
            onClick={() => {
              onMove(index - 1);
            }}
          >
            Up<span className="visually-hidden">: {name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === count - 1}
            onClick={() => {
              onMove(index + 1);
            }}
          >
            Down<span className="visually-hidden">: {name}</span>
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={count <= minimum}
        onClick={onRemove}
      >
        Remove<span className="visually-hidden">: {name}</span>
      </button>
    </div>
  );
}
