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
import { freshId, withOptional } from "./quiz-draft";
import type { Problem } from "./quiz-problems";

/** One accepted answer per line (blank lines kept while typing, so nothing jumps). */
function AcceptedAnswers({
  id,
  label,
  accepted,
  onChange,
  problems,
}: {
  id: string;
  label: string;
  accepted: string[];
  onChange: (accepted: string[]) => void;
  problems: Problem[];
}) {
  return (
    <TextField
      id={id}
      label={label}
      hint="One answer per line. Capitals and extra spaces do not matter unless you say so."
      multiline
      value={accepted.join("\n")}
      problems={problems}
      onChange={(text) => {
        onChange(text.split("\n"));
      }}
    />
  );
}

/** Numeric: the answer, how far off still counts, and the unit with its other spellings. */
export function NumericFields({ question, onChange, ctx }: QuestionFieldsProps) {
  const p = ctx.idPrefix;
  const tolerance = (question.tolerance ?? { kind: "absolute", value: 0 }) as {
    kind: string;
    value: number;
  };
  const unit = question.unit as { name: string; aliases: string[] } | undefined;
  return (
    <>
      <NumberField
        id={`${p}-answer`}
        label="The right number"
        value={typeof question.answer === "number" ? question.answer : null}
        problems={ctx.problemsAt("answer")}
        onChange={(value) => {
          onChange({ ...question, answer: value ?? 0 });
        }}
      />
      <SelectField
        id={`${p}-tolerance-kind`}
        label="Tolerance"
        value={tolerance.kind}
        options={[
          { value: "absolute", label: "Plus or minus a number" },
          { value: "relative", label: "Plus or minus a share of the answer (0.1 = 10%)" },
        ]}
        problems={ctx.problemsAt("tolerance.kind")}
        onChange={(kind) => {
          onChange({ ...question, tolerance: { ...tolerance, kind } });
        }}
      />
      <NumberField
        id={`${p}-tolerance-value`}
        label="How far off still counts as right"
        value={tolerance.value}
        problems={ctx.problemsUnder("tolerance.value")}
        onChange={(value) => {
          onChange({ ...question, tolerance: { ...tolerance, value: value ?? 0 } });
        }}
      />
      <TextField
        id={`${p}-unit`}
        label="Unit (optional)"
        hint="The unit learners see, e.g. minutes."
        value={unit?.name ?? ""}
        problems={ctx.problemsUnder("unit.name")}
        onChange={(name) => {
          onChange(
            withOptional(
              question,
              "unit",
              name === "" ? undefined : { name, aliases: unit?.aliases ?? [] },
            ),
          );
        }}
      />
      {unit ? (
        <TextField
          id={`${p}-unit-aliases`}
          label="Other spellings of the unit (optional)"
          hint="Separated by commas, e.g. min, mins."
          value={unit.aliases.join(", ")}
          problems={ctx.problemsUnder("unit.aliases")}
          onChange={(text) => {
            const aliases = text.split(",").map((alias) => alias.trim());
            onChange({
              ...question,
              unit: { ...unit, aliases: text.trim() === "" ? [] : aliases },
            });
          }}
        />
      ) : null}
    </>
  );
}

/** Short text: accepted answers, optional whole-answer pattern, capitals and spelling tolerance. */
export function ShortTextFields({ question, onChange, ctx }: QuestionFieldsProps) {
  const p = ctx.idPrefix;
  return (
    <>
      <AcceptedAnswers
        id={`${p}-accepted`}
        label="Accepted answers"
        accepted={listOf<string>(question, "accepted")}
        problems={ctx.problemsUnder("accepted")}
        onChange={(accepted) => {
          onChange({ ...question, accepted });
        }}
      />
      <CheckboxField
        id={`${p}-forgive-spelling`}
        label="Forgive small spelling slips (turn off where spelling is the point)"
        checked={question.forgiveSpelling !== false}
        onChange={(forgiveSpelling) => {
          onChange({ ...question, forgiveSpelling });
        }}
      />
      <CheckboxField
        id={`${p}-case-sensitive`}
        label="Capitals must match"
        checked={question.caseSensitive === true}
        onChange={(caseSensitive) => {
          onChange({ ...question, caseSensitive });
        }}
      />
      <TextField
        id={`${p}-pattern`}
        label="Pattern that also counts as right (optional, a regular expression)"
        value={textOf(question.pattern)}
        problems={ctx.problemsAt("pattern")}
        onChange={(pattern) => {
          onChange(withOptional(question, "pattern", pattern));
        }}
      />
    </>
  );
}

interface Blank extends Record<string, unknown> {
  id: string;
  kind: "text" | "choice";
  accepted?: string[];
  options?: { id: string; text: string; correct: boolean }[];
}

/** Fill in the blanks: the text with {{id}} placeholders and, per blank, its answers or options. */
export function FillBlanksFields({ question, onChange, ctx }: QuestionFieldsProps) {
  const p = ctx.idPrefix;
  const blanks = listOf<Blank>(question, "blanks");
  const setBlank = (index: number, next: Blank) => {
    onChange({ ...question, blanks: blanks.map((b, i) => (i === index ? next : b)) });
  };
  return (
    <>
      <TextField
        id={`${p}-text`}
        label="Text with blanks"
        hint="Write {{b1}} where blank b1 goes. Each blank below needs its placeholder."
        multiline
        value={textOf(question.text)}
        problems={ctx.problemsAt("text")}
        onChange={(text) => {
          onChange({ ...question, text });
        }}
      />
      <CheckboxField
        id={`${p}-forgive-spelling`}
        label="Forgive small spelling slips in typed blanks"
        checked={question.forgiveSpelling !== false}
        onChange={(forgiveSpelling) => {
          onChange({ ...question, forgiveSpelling });
        }}
      />
      <FieldProblems id={`${p}-blanks-problems`} problems={ctx.problemsAt("blanks")} />
      <ol className="option-list">
        {blanks.map((blank, index) => (
          <li key={blank.id} className="option-editor">
            <p className="form-field__label">Blank {`{{${blank.id}}}`}</p>
            <FieldProblems
              id={`${p}-blank-${blank.id}-problems`}
              problems={ctx.problemsAt(`blanks.${String(index)}.id`)}
            />
            <SelectField
              id={`${p}-blank-${blank.id}-kind`}
              label={`Blank ${blank.id}: how learners fill it`}
              value={blank.kind}
              options={[
                { value: "text", label: "They type the word" },
                { value: "choice", label: "They pick from a list" },
              ]}
              problems={[]}
              onChange={(kind) => {
                setBlank(
                  index,
                  kind === "text"
                    ? { id: blank.id, kind: "text", accepted: [""] }
                    : {
                        id: blank.id,
                        kind: "choice",
                        options: [
                          { id: "a", text: "", correct: true },
                          { id: "b", text: "", correct: false },
                        ],
                      },
                );
              }}
            />
            {blank.kind === "text" ? (
              <AcceptedAnswers
                id={`${p}-blank-${blank.id}-accepted`}
                label={`Blank ${blank.id}: accepted answers`}
                accepted={blank.accepted ?? []}
                problems={ctx.problemsUnder(`blanks.${String(index)}.accepted`)}
                onChange={(accepted) => {
                  setBlank(index, { ...blank, accepted });
                }}
              />
            ) : (
              <BlankOptions
                idPrefix={`${p}-blank-${blank.id}`}
                blank={blank}
                problemsAt={(field) => ctx.problemsUnder(`blanks.${String(index)}.${field}`)}
                onChange={(next) => {
                  setBlank(index, next);
                }}
              />
            )}
            <ListControls
              name={`blank ${blank.id}`}
              index={index}
              count={blanks.length}
              minimum={1}
              onRemove={() => {
                onChange({
                  ...question,
                  blanks: blanks.filter((_, i) => i !== index),
                  text: textOf(question.text).replaceAll(`{{${blank.id}}}`, ""),
                });
              }}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const id = freshId(
            "b",
            blanks.map((b) => b.id),
          );
          onChange({
            ...question,
            text: `${textOf(question.text)} {{${id}}}`,
            blanks: [...blanks, { id, kind: "text", accepted: [""] }],
          });
        }}
      >
        Add a blank
      </button>
    </>
  );
}

function BlankOptions({
  idPrefix,
  blank,
  problemsAt,
  onChange,
}: {
  idPrefix: string;
  blank: Blank;
  problemsAt: QuestionFieldsProps["ctx"]["problemsAt"];
  onChange: (next: Blank) => void;
}) {
  const options = blank.options ?? [];
  return (
    <fieldset>
      <legend>Blank {blank.id}: options</legend>
      <FieldProblems id={`${idPrefix}-options-problems`} problems={problemsAt("options")} />
      {options.map((option, index) => (
        <div key={option.id} className="option-editor">
          <TextField
            id={`${idPrefix}-option-${option.id}`}
            label={`Blank ${blank.id}, option ${String(index + 1)}`}
            value={option.text}
            problems={[]}
            onChange={(text) => {
              onChange({
                ...blank,
                options: options.map((o, i) => (i === index ? { ...o, text } : o)),
              });
            }}
          />
          <div className="checkbox-row">
            <input
              id={`${idPrefix}-option-${option.id}-correct`}
              type="radio"
              name={`${idPrefix}-correct`}
              checked={option.correct}
              onChange={() => {
                onChange({
                  ...blank,
                  options: options.map((o, i) => ({ ...o, correct: i === index })),
                });
              }}
            />
            <label htmlFor={`${idPrefix}-option-${option.id}-correct`}>
              Option {index + 1} is right
            </label>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onChange({
            ...blank,
            options: [
              ...options,
              {
                id: freshId(
                  "o",
                  options.map((o) => o.id),
                ),
                text: "",
                correct: false,
              },
            ],
          });
        }}
      >
        Add an option to blank {blank.id}
      </button>
    </fieldset>
  );
}
