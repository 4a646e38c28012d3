import type { AdminRouterOutputs } from "@soleus/api";
import { formatPercent } from "./format";
import { ScrollTable } from "./scroll-table";

type WrongQuestion = AdminRouterOutputs["results"]["wrongAnswers"]["questions"][number];

/** The most common wrong (or partly right) responses to one typed-answer question. */
export function WrongAnswersTable({ question }: { question: WrongQuestion }) {
  if (question.answers.length === 0)
    return <p>No wrong responses among the {question.answered} answer(s).</p>;
  return (
    <ScrollTable label={"Most common wrong responses"}>
      <table className="data-table">
        <caption>
          Most common wrong responses, of {question.answered} answer(s) to this question
        </caption>
        <thead>
          <tr>
            <th scope="col">Response</th>
            <th scope="col" className="numeric">
              Times given
            </th>
            <th scope="col" className="numeric">
              Share of answers
            </th>
          </tr>
        </thead>
        <tbody>
          {question.answers.map((answer) => (
            <tr key={answer.answer}>
              <th scope="row">{answer.answer === "" ? "(empty)" : answer.answer}</th>
              <td className="numeric">{answer.count}</td>
              <td className="numeric">{formatPercent(answer.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
