"use client";
import { useState } from "react";
import { TypeFields } from "./type-fields";
import { listOf, textOf, type QuestionFieldsProps } from "./editor-context";
import { FieldProblems, NumberField, SelectField, TextField } from "./field-problems";
import { QUESTION_TYPE_NAMES, withOptional } from "./quiz-draft";
import { isKeepable, type Problem } from "./quiz-problems";

interface Acknowledgement {
  check: string;
  reason: string;
}

/** The fields every question has, then its type's own, then its warnings to fix or keep. */
export function QuestionEditor({
  question,
  onChange,
  ctx,
  number,
}: QuestionFieldsProps & { number: number }) {
  const p = ctx.idPrefix;
  const section = (question.section ?? { lesson: "", anchor: "" }) as {
    lesson: string;
    anchor: string;
  };
  const lesson = ctx.lessons.find((l) => l.slug === section.lesson);
  const objectives = listOf<string>(question, "objectives");
  const tags = listOf<string>(question, "tags");
  const [tagDraft, setTagDraft] = useState("");
  const addTag = () => {
    const tag = tagDraft.trim().toLowerCase().replace(/\s+/gu, "-");
    if (tag === "" || tags.includes(tag)) return;
    onChange({ ...question, tags: [...tags, tag] });
    setTagDraft("");
  };
  return (
    <div className="question-editor">
      <p className="question-editor__type">
        {QUESTION_TYPE_NAMES[question.type]} · id <code>{question.id}</code>
      </p>
      <FieldProblems
        id={`${p}-id-problems`}
        problems={[...ctx.problemsAt("id"), ...ctx.problemsAt("")]}
      />
      <TextField
        id={`${p}-prompt`}
        label={`Question ${String(number)} prompt`}
        hint="Inline Markdown works: *emphasis*, **strong**, `code`, [links](https://…)."
        multiline
        value={textOf(question.prompt)}
        problems={ctx.problemsAt("prompt")}
        onChange={(prompt) => {
          onChange({ ...question, prompt });
        }}
      />
      <TypeFields question={question} onChange={onChange} ctx={ctx} />
      <TextField
        id={`${p}-explanation`}
        label="Explanation (shown after submitting)"
        multiline
        value={textOf(question.explanation)}
        problems={ctx.problemsAt("explanation")}
        onChange={(explanation) => {
          onChange({ ...question, explanation });
        }}
      />
      <NumberField
        id={`${p}-points`}
        label="Points"
        value={typeof question.points === "number" ? question.points : 1}
        problems={ctx.problemsAt("points")}
        onChange={(points) => {
          onChange({ ...question, points: points ?? 1 });
        }}
      />
      <fieldset className="lesson-fields__objectives">
        <legend>Objectives this question checks</legend>
        <FieldProblems id={`${p}-objectives-problems`} problems={ctx.problemsUnder("objectives")} />
        {ctx.objectives.length === 0 ? (
          <p>The course has no objectives yet: add them on the course page.</p>
        ) : null}
        {ctx.objectives.map((objective) => (
          <div className="checkbox-row" key={objective.id}>
            <input
              id={`${p}-objective-${objective.id}`}
              type="checkbox"
              checked={objectives.includes(objective.id)}
              onChange={(event) => {
                onChange({
                  ...question,
                  objectives: event.target.checked
                    ? [...objectives, objective.id]
                    : objectives.filter((id) => id !== objective.id),
                });
              }}
            />
            <label htmlFor={`${p}-objective-${objective.id}`}>{objective.title}</label>
          </div>
        ))}
      </fieldset>
      <SelectField
        id={`${p}-section-lesson`}
        label="Lesson that teaches this"
        value={section.lesson}
        options={[
          { value: "", label: "Choose a lesson" },
          ...ctx.lessons.map((l) => ({ value: l.slug, label: l.title })),
        ]}
        problems={ctx.problemsAt("section.lesson")}
        onChange={(slug) => {
          onChange({ ...question, section: { lesson: slug, anchor: "" } });
        }}
      />
      <SelectField
        id={`${p}-section-anchor`}
        label="Section to read again (a heading of that lesson)"
        value={section.anchor}
        options={[
          { value: "", label: lesson ? "Choose a heading" : "Choose the lesson first" },
          ...(lesson?.headings ?? []).map((h) => ({
            value: h.anchor,
            label: `${h.depth === 3 ? "— " : ""}${h.text}`,
          })),
        ]}
        problems={[...ctx.problemsAt("section.anchor"), ...ctx.problemsAt("section")]}
        onChange={(anchor) => {
          onChange({ ...question, section: { ...section, anchor } });
        }}
      />
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${p}-tag`}>
          Tags (for pools and results)
        </label>
        {tags.length > 0 ? (
          <ul className="tag-list">
            {tags.map((tag) => (
              <li key={tag}>
                <code>{tag}</code>{" "}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    onChange({ ...question, tags: tags.filter((t) => t !== tag) });
                  }}
                >
                  Remove<span className="visually-hidden"> tag {tag}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <FieldProblems id={`${p}-tags-problems`} problems={ctx.problemsUnder("tags")} />
        <div className="inline-add">
          <input
            id={`${p}-tag`}
            className="form-field__input"
            list={ctx.tagList}
            value={tagDraft}
            onChange={(event) => {
              setTagDraft(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addTag();
              }
            }}
          />
          <button type="button" className="button button--secondary" onClick={addTag}>
            Add the tag
          </button>
        </div>
      </div>
      <KeptWarnings question={question} onChange={onChange} ctx={ctx} />
    </div>
  );
}

/** Every warning of this question, each with "keep it, because…"; kept ones can be taken back. */
function KeptWarnings({ question, onChange, ctx }: QuestionFieldsProps) {
  const warnings = ctx
    .problemsUnder("")
    .filter((w) => w.severity === "warning" && isKeepable(w.check));
  const acknowledged = listOf<Acknowledgement>(question, "acknowledged");
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const checks = [...new Map(warnings.map((w) => [w.check ?? "", w])).values()];
  if (checks.length === 0) return null;
  const setAcknowledged = (next: Acknowledgement[]) => {
    onChange(withOptional(question, "acknowledged", next.length === 0 ? undefined : next));
  };
  return (
    <fieldset className="kept-warnings">
      <legend>Warnings for this question</legend>
      {checks.map((warning: Problem) => {
        const check = warning.check ?? "";
        const kept = acknowledged.find((a) => a.check === check);
        const id = `${ctx.idPrefix}-keep-${check}`;
        return (
          <div key={check} className="kept-warning">
            <p>
              <strong>
                {kept ? "Kept" : "Warning"} ({check}):
              </strong>{" "}
              {warning.message}
            </p>
            {kept ? (
              <>
                <p>Reason: {kept.reason}</p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setAcknowledged(acknowledged.filter((a) => a.check !== check));
                  }}
                >
                  Stop keeping this warning<span className="visually-hidden"> ({check})</span>
                </button>
              </>
            ) : (
              <>
                <TextField
                  id={id}
                  label={`Why keep the ${check} warning? (at least 10 characters)`}
                  value={reasons[check] ?? ""}
                  problems={[]}
                  onChange={(reason) => {
                    setReasons({ ...reasons, [check]: reason });
                  }}
                />
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={(reasons[check] ?? "").trim().length < 10}
                  onClick={() => {
                    setAcknowledged([
                      ...acknowledged,
                      { check, reason: (reasons[check] ?? "").trim() },
                    ]);
                  }}
                >
                  Keep this warning<span className="visually-hidden"> ({check})</span>
                </button>
              </>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
