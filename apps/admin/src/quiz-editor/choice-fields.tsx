"use client";
import { listOf, textOf, type QuestionFieldsProps } from "./editor-context";
import {
  CheckboxField,
  FieldProblems,
  NumberField,
  SelectField,
  TextField,
} from "./field-problems";
import { ListControls } from "./list-controls";
import { freshId, moveItem, withOptional, type QuestionDraft } from "./quiz-draft";

interface ChoiceOption extends Record<string, unknown> {
  id: string;
  text: string;
  correct: boolean;
  fraction?: number;
  feedback?: string;
  misconception?: string;
}

const SCORING = [
  { value: "all_or_nothing", label: "All or nothing: every right option and no wrong one" },
  { value: "fractions", label: "Fractions: each option adds or takes away a share" },
  { value: "right_minus_wrong", label: "Right minus wrong: each wrong pick cancels a right one" },
];

/** Single choice and multiple response: options with the key, per-option feedback and misconception. */
export function ChoiceFields({ question, onChange, ctx }: QuestionFieldsProps) {
  const multiple = question.type === "multiple_response";
  const options = listOf<ChoiceOption>(question, "options");
  const fractions = multiple && question.scoring === "fractions";
  const setOptions = (next: ChoiceOption[]) => {
    onChange({ ...question, options: next });
  };
  const setOption = (index: number, next: ChoiceOption) => {
    setOptions(options.map((option, i) => (i === index ? next : option)));
  };
  const p = ctx.idPrefix;
  return (
    <>
      {multiple ? (
        <SelectField
          id={`${p}-scoring`}
          label="Scoring"
          value={textOf(question.scoring) || "all_or_nothing"}
          options={SCORING}
          problems={ctx.problemsAt("scoring")}
          onChange={(value) => {
            const next: QuestionDraft = { ...question, scoring: value };
            // Fractions belong to the fractions scoring only.
            if (value !== "fractions")
              next.options = options.map((option) => withOptional(option, "fraction", undefined));
            onChange(next);
          }}
        />
      ) : null}
      <fieldset className="option-list">
        <legend>Options</legend>
        <FieldProblems id={`${p}-options-problems`} problems={ctx.problemsAt("options")} />
        <ol>
          {options.map((option, index) => {
            const at = (field: string) => ctx.problemsAt(`options.${String(index)}.${field}`);
            const name = `option ${String(index + 1)}`;
            return (
              <li key={option.id} className="option-editor">
                <TextField
                  id={`${p}-option-${option.id}-text`}
                  label={`Option ${String(index + 1)} text`}
                  value={textOf(option.text)}
                  problems={[...at("text"), ...at("id")]}
                  onChange={(text) => {
                    setOption(index, { ...option, text });
                  }}
                />
                {multiple ? (
                  <CheckboxField
                    id={`${p}-option-${option.id}-correct`}
                    label={`Option ${String(index + 1)} is right`}
                    checked={option.correct}
                    onChange={(correct) => {
                      setOption(index, { ...option, correct });
                    }}
                  />
                ) : (
                  <div className="checkbox-row">
                    <input
                      id={`${p}-option-${option.id}-correct`}
                      type="radio"
                      name={`${p}-correct`}
                      checked={option.correct}
                      onChange={() => {
                        setOptions(options.map((o, i) => ({ ...o, correct: i === index })));
                      }}
                    />
                    <label htmlFor={`${p}-option-${option.id}-correct`}>
                      Option {index + 1} is the right answer
                    </label>
                  </div>
                )}
                {fractions ? (
                  <NumberField
                    id={`${p}-option-${option.id}-fraction`}
                    label={`Option ${String(index + 1)} fraction of the points (−1 to 1)`}
                    value={typeof option.fraction === "number" ? option.fraction : null}
                    allowEmpty
                    problems={at("fraction")}
                    onChange={(value) => {
                      setOption(index, withOptional(option, "fraction", value ?? undefined));
                    }}
                  />
                ) : null}
                <TextField
                  id={`${p}-option-${option.id}-feedback`}
                  label={`Feedback when option ${String(index + 1)} is picked (optional)`}
                  value={textOf(option.feedback)}
                  problems={at("feedback")}
                  onChange={(text) => {
                    setOption(index, withOptional(option, "feedback", text));
                  }}
                />
                {option.correct ? null : (
                  <TextField
                    id={`${p}-option-${option.id}-misconception`}
                    label={`Misconception behind option ${String(index + 1)} (optional)`}
                    hint="A short tag, e.g. stretching-before-walking. Tags used in the course are suggested."
                    value={textOf(option.misconception)}
                    list={ctx.misconceptionList}
                    problems={at("misconception")}
                    onChange={(text) => {
                      setOption(index, withOptional(option, "misconception", text));
                    }}
                  />
                )}
                <ListControls
                  name={name}
                  index={index}
                  count={options.length}
                  minimum={2}
                  onMove={(to) => {
                    setOptions(moveItem(options, index, to));
                  }}
                  onRemove={() => {
                    setOptions(options.filter((_, i) => i !== index));
                  }}
                />
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const id = freshId(
              "o",
              options.map((o) => o.id),
            );
            setOptions([...options, { id, text: "", correct: false }]);
          }}
        >
          Add an option
        </button>
      </fieldset>
    </>
  );
}

/** True or false: the answer, feedback for each answer, the misconception behind the wrong one. */
export function TrueFalseFields({ question, onChange, ctx }: QuestionFieldsProps) {
  const p = ctx.idPrefix;
  return (
    <>
      <fieldset className="option-list">
        <legend>The statement is</legend>
        {[true, false].map((value) => (
          <div className="checkbox-row" key={String(value)}>
            <input
              id={`${p}-answer-${String(value)}`}
              type="radio"
              name={`${p}-answer`}
              checked={question.answer === value}
              onChange={() => {
                onChange({ ...question, answer: value });
              }}
            />
            <label htmlFor={`${p}-answer-${String(value)}`}>{value ? "True" : "False"}</label>
          </div>
        ))}
        <FieldProblems id={`${p}-answer-problems`} problems={ctx.problemsAt("answer")} />
      </fieldset>
      {(["feedbackTrue", "feedbackFalse"] as const).map((key) => (
        <TextField
          key={key}
          id={`${p}-${key}`}
          label={`Feedback when the learner answers ${key === "feedbackTrue" ? "True" : "False"} (optional)`}
          value={textOf(question[key])}
          problems={ctx.problemsAt(key)}
          onChange={(text) => {
            onChange(withOptional(question, key, text));
          }}
        />
      ))}
      <TextField
        id={`${p}-misconception`}
        label="Misconception behind the wrong answer (optional)"
        value={textOf(question.misconception)}
        list={ctx.misconceptionList}
        problems={ctx.problemsAt("misconception")}
        onChange={(text) => {
          onChange(withOptional(question, "misconception", text));
        }}
      />
    </>
  );
}
