import type { AdminRouterOutputs } from "@soleus/api";
import { formatPercent } from "./format";
import { ScrollTable } from "./scroll-table";

type Misconceptions = AdminRouterOutputs["results"]["misconceptions"];

/** Misconceptions learners chose, ranked by how many learners chose each (a table, most first). */
export function MisconceptionsList({
  data,
  caption,
}: {
  data: Pick<Misconceptions, "learners"> & { items: Misconceptions["items"] };
  caption: string;
}) {
  if (data.items.length === 0)
    return <p>No learner chose an answer that stands for a named misconception.</p>;
  return (
    <>
      <p>
        Of {data.learners} learner(s), the most common:{" "}
        <strong>
          {data.items[0]?.misconception}: {formatPercent(data.items[0]?.percentOfLearners)} of
          learners
        </strong>
        .
      </p>
      <ScrollTable label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Misconception</th>
              <th scope="col" className="numeric">
                Learners
              </th>
              <th scope="col" className="numeric">
                Share of learners
              </th>
              <th scope="col" className="numeric">
                Answers
              </th>
              <th scope="col" className="numeric">
                Questions
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item, index) => (
              <tr key={item.misconception}>
                <td>{index + 1}</td>
                <th scope="row">{item.misconception}</th>
                <td className="numeric">{item.learners}</td>
                <td className="numeric">{formatPercent(item.percentOfLearners)}</td>
                <td className="numeric">{item.responses}</td>
                <td className="numeric">{item.questions.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
