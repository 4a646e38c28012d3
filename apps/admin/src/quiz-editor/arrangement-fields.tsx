"use client";
import { listOf, textOf, type QuestionFieldsProps } from "./editor-context";
import { FieldProblems, SelectField, TextField } from "./field-problems";
import { ListControls } from "./list-controls";
import { freshId, moveItem } from "./quiz-draft";

interface Entry extends Record<string, unknown> {
  id: string;
  text: string;
}
interface Pair {
  prompt: string;
  answer: string;
}

/** Ordering: the items in their right order (learners get them shuffled), and how it is scored. */
export function OrderingFields({ question, onChange, ctx }: QuestionFieldsProps) {
  const items = listOf<Entry>(question, "items");
  const p = ctx.idPrefix;
  const setItems = (next: Entry[]) => {
    onChange({ ...question, items: next });
  };
  return (
    <>
      <SelectField
        id={`${p}-scoring`}
        label="Scoring"
        value={textOf(question.scoring) || "pairs"}
        options={[
          { value: "pairs", label: "Part marks for each pair in the right order" },
          { value: "exact", label: "Points only for the exact order" },
        ]}
        problems={ctx.problemsAt("scoring")}
        onChange={(scoring) => {
          onChange({ ...question, scoring });
        }}
      />
      <fieldset className="option-list">
        <legend>Items, in the right order</legend>
        <FieldProblems id={`${p}-items-problems`} problems={ctx.problemsAt("items")} />
        <ol>
          {items.map((item, index) => (
            <li key={item.id} className="option-editor">
              <TextField
                id={`${p}-item-${item.id}`}
                label={`Item ${String(index + 1)}`}
                value={textOf(item.text)}
                problems={ctx.problemsUnder(`items.${String(index)}`)}
                onChange={(text) => {
                  setItems(items.map((it, i) => (i === index ? { ...it, text } : it)));
                }}
              />
              <ListControls
                name={`item ${String(index + 1)}`}
                index={index}
                count={items.length}
                minimum={2}
                onMove={(to) => {
                  setItems(moveItem(items, index, to));
                }}
                onRemove={() => {
                  setItems(items.filter((_, i) => i !== index));
                }}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setItems([
              ...items,
              {
                id: freshId(
                  "i",
                  items.map((i) => i.id),
                ),
                text: "",
              },
            ]);
          }}
        >
          Add an item
        </button>
      </fieldset>
    </>
  );
}

/** Matching: prompts, each paired with one answer; answers no prompt uses are distractors. */
export function MatchingFields({ question, onChange, ctx }: QuestionFieldsProps) {
  const prompts = listOf<Entry>(question, "prompts");
  const answers = listOf<Entry>(question, "answers");
  const pairs = listOf<Pair>(question, "pairs");
  const p = ctx.idPrefix;
  const answerOf = (promptId: string) =>
    pairs.find((pair) => pair.prompt === promptId)?.answer ?? "";
  const update = (next: { prompts?: Entry[]; answers?: Entry[]; pairs?: Pair[] }) => {
    const nextPrompts = next.prompts ?? prompts;
    const nextAnswers = next.answers ?? answers;
    const promptIds = new Set(nextPrompts.map((e) => e.id));
    const answerIds = new Set(nextAnswers.map((e) => e.id));
    onChange({
      ...question,
      prompts: nextPrompts,
      answers: nextAnswers,
      // A pair whose prompt or answer was removed goes with it.
      pairs: (next.pairs ?? pairs).filter(
        (pair) => promptIds.has(pair.prompt) && answerIds.has(pair.answer),
      ),
    });
  };
  const answerLabel = (answer: Entry, index: number) =>
    `Answer ${String(index + 1)}${answer.text ? `: ${answer.text}` : ""}`;
  return (
    <>
      <fieldset className="option-list">
        <legend>Answers (an answer no prompt uses is a distractor)</legend>
        <FieldProblems id={`${p}-answers-problems`} problems={ctx.problemsAt("answers")} />
        <ol>
          {answers.map((answer, index) => (
            <li key={answer.id} className="option-editor">
              <TextField
                id={`${p}-answer-${answer.id}`}
                label={`Answer ${String(index + 1)}`}
                value={textOf(answer.text)}
                problems={ctx.problemsUnder(`answers.${String(index)}`)}
                onChange={(text) => {
                  update({ answers: answers.map((a, i) => (i === index ? { ...a, text } : a)) });
                }}
              />
              <ListControls
                name={`answer ${String(index + 1)}`}
                index={index}
                count={answers.length}
                minimum={2}
                onMove={(to) => {
                  update({ answers: moveItem(answers, index, to) });
                }}
                onRemove={() => {
                  update({ answers: answers.filter((_, i) => i !== index) });
                }}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            update({
              answers: [
                ...answers,
                {
                  id: freshId(
                    "a",
                    answers.map((a) => a.id),
                  ),
                  text: "",
                },
              ],
            });
          }}
        >
          Add an answer
        </button>
      </fieldset>
      <fieldset className="option-list">
        <legend>Prompts and the answer each one matches</legend>
        <FieldProblems
          id={`${p}-prompts-problems`}
          problems={[...ctx.problemsAt("prompts"), ...ctx.problemsUnder("pairs")]}
        />
        <ol>
          {prompts.map((prompt, index) => (
            <li key={prompt.id} className="option-editor">
              <TextField
                id={`${p}-prompt-${prompt.id}`}
                label={`Prompt ${String(index + 1)}`}
                value={textOf(prompt.text)}
                problems={ctx.problemsUnder(`prompts.${String(index)}`)}
                onChange={(text) => {
                  update({ prompts: prompts.map((e, i) => (i === index ? { ...e, text } : e)) });
                }}
              />
              <SelectField
                id={`${p}-pair-${prompt.id}`}
                label={`Prompt ${String(index + 1)} matches`}
                value={answerOf(prompt.id)}
                options={[
                  { value: "", label: "Choose its answer" },
                  ...answers.map((answer, i) => ({
                    value: answer.id,
                    label: answerLabel(answer, i),
                  })),
                ]}
                problems={[]}
                onChange={(answer) => {
                  const others = pairs.filter((pair) => pair.prompt !== prompt.id);
                  update({ pairs: answer ? [...others, { prompt: prompt.id, answer }] : others });
                }}
              />
              <ListControls
                name={`prompt ${String(index + 1)}`}
                index={index}
                count={prompts.length}
                minimum={1}
                onMove={(to) => {
                  update({ prompts: moveItem(prompts, index, to) });
                }}
                onRemove={() => {
                  update({ prompts: prompts.filter((_, i) => i !== index) });
                }}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            update({
              prompts: [
                ...prompts,
                {
                  id: freshId(
                    "p",
                    prompts.map((e) => e.id),
                  ),
                  text: "",
                },
              ],
            });
          }}
        >
          Add a prompt
        </button>
      </fieldset>
    </>
  );
}
