import { MASTERY_WORDS } from "@soleus/learning-ui/quiz/answer-text";
import { learnerTimeZone } from "~/time-zone/learner-time-zone";
import { LocalTime } from "~/time-zone/local-time";
import { timeAxis } from "./time-axis";

interface Point {
  attemptId: string;
  title: string;
  attemptNumber: number;
  submittedAt: Date;
  objectives: { objectiveId: string; percent: number; mastery: string }[];
}

const WIDTH = 480;
const HEIGHT = 240;
const PAD = { left: 44, right: 24, top: 16, bottom: 36 };
// Day labels ("30 Nov") are about 40 units wide at 12 units: six fit without touching.
const MAX_DAY_LABELS = 6;
// Lines differ by dash pattern and marker, never by colour alone (all use the text colour).
const DASHES = ["", "8 4", "2 4", "12 4 2 4", "4 4", "16 6"];

/**
 * Mastery per objective over time: a small server-rendered SVG line chart (an image with a text
 * summary for screen readers) beside a data table holding the same numbers. Points sit on a
 * time scale (d3-scale, d3-time) in the learner's days; rendered on the server, so no chart code
 * reaches the browser.
 */
export async function MasteryChart({
  id,
  points,
  objectives,
}: {
  id: string;
  points: Point[];
  objectives: { id: string; title: string }[];
}) {
  const shown = objectives.filter((objective) =>
    points.some((point) => point.objectives.some((o) => o.objectiveId === objective.id)),
  );
  const latest = points.at(-1);
  if (!latest || shown.length === 0)
    return (
      <p className="empty-state">
        No quiz results yet. After your first quiz, this chart shows how each topic is going.
      </p>
    );
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const axis = timeAxis(
    points.map((point) => point.submittedAt),
    (await learnerTimeZone()).timeZone,
    [PAD.left, PAD.left + innerW],
    MAX_DAY_LABELS,
  );
  const x = (point: Point) => axis.x(point.submittedAt);
  const y = (percent: number) => PAD.top + innerH - (percent / 100) * innerH;
  const valueOf = (point: Point, objectiveId: string) =>
    point.objectives.find((o) => o.objectiveId === objectiveId);
  const title = `Mastery per topic over ${points.length === 1 ? "one quiz attempt" : `${points.length} quiz attempts`}`;
  const summary = shown
    .map(
      (objective) =>
        `${objective.title}: ${Math.round(valueOf(latest, objective.id)?.percent ?? 0)}%`,
    )
    .join("; ");

  return (
    <div className="mastery-chart">
      <figure className="mastery-chart__figure">
        <svg
          className="mastery-chart__svg"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          {/* One string: React's server renderer writes an empty <title> for several children
              (and the browser then reports hydration error #418). */}
          <title id={`${id}-title`}>{title}</title>
          <desc
            id={`${id}-desc`}
          >{`Latest: ${summary}. The table beside the chart lists every value.`}</desc>
          {[0, 50, 75, 90, 100].map((tick) => (
            <g key={tick}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(tick)}
                y2={y(tick)}
                stroke="currentColor"
                strokeOpacity={0.25}
              />
              <text
                x={PAD.left - 6}
                y={y(tick) + 4}
                textAnchor="end"
                fontSize="12"
                fill="currentColor"
              >
                {tick}%
              </text>
            </g>
          ))}
          {axis.ticks.map((tick) => (
            <g key={tick.label}>
              <line
                x1={tick.x}
                x2={tick.x}
                y1={PAD.top + innerH}
                y2={PAD.top + innerH + 6}
                stroke="currentColor"
              />
              <text
                className="mastery-chart__axis-label"
                x={tick.x}
                y={HEIGHT - 12}
                textAnchor="middle"
                fontSize="12"
                fill="currentColor"
              >
                {tick.label}
              </text>
            </g>
          ))}
          {shown.map((objective, line) => {
            const coords = points.flatMap((point) => {
              const value = valueOf(point, objective.id);
              return value ? [[x(point), y(value.percent)] as const] : [];
            });
            return (
              <g key={objective.id}>
                <polyline
                  points={coords.map(([cx, cy]) => `${cx},${cy}`).join(" ")}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={2.5}
                  strokeDasharray={DASHES[line % DASHES.length]}
                />
                {coords.map(([cx, cy], index) => (
                  <text
                    key={index}
                    x={cx}
                    y={cy + 4}
                    textAnchor="middle"
                    fontSize="12"
                    fontWeight="700"
                    fill="currentColor"
                  >
                    {line + 1}
                  </text>
                ))}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ol className="mastery-chart__legend">
            {shown.map((objective, line) => (
              <li key={objective.id}>
                <svg width="36" height="12" aria-hidden="true" focusable="false">
                  <line
                    x1="0"
                    x2="36"
                    y1="6"
                    y2="6"
                    stroke="currentColor"
                    strokeWidth="2.5"
                    strokeDasharray={DASHES[line % DASHES.length]}
                  />
                </svg>{" "}
                {line + 1}: {objective.title}
              </li>
            ))}
          </ol>
        </figcaption>
      </figure>
      <div className="mastery-chart__table table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">
            Mastery per topic for each submitted attempt
          </caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {points.map((point) => (
                <th key={point.attemptId} scope="col">
                  <LocalTime date={point.submittedAt} style="dayAndTime" />
                  <span className="visually-hidden">
                    , {point.title}, attempt {point.attemptNumber}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((objective) => (
              <tr key={objective.id}>
                <th scope="row">{objective.title}</th>
                {points.map((point) => {
                  const value = valueOf(point, objective.id);
                  return (
                    <td key={point.attemptId}>
                      {value
                        ? `${Math.round(value.percent)}% (${MASTERY_WORDS[value.mastery] ?? value.mastery})`
                        : "—"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
