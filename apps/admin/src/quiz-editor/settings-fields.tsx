"use client";
import type { Problem } from "./quiz-problems";
import {
  CheckboxField,
  FieldProblems,
  NumberField,
  SelectField,
  TextField,
} from "./field-problems";
import { ListControls } from "./list-controls";
import type { QuizDraft, QuizSettingsDraft } from "./quiz-draft";

/** The quiz's own fields and every setting of the engine, each with its problems beside it. */
export function SettingsFields({
  draft,
  onChange,
  problemsAt,
  poolKeys,
}: {
  draft: QuizDraft;
  onChange: (next: QuizDraft) => void;
  problemsAt: (path: string) => Problem[];
  /** Objectives and tags the questions use, for the pools' keys. */
  poolKeys: { objective: string[]; tag: string[] };
}) {
  const s = draft.settings;
  const set = (next: Partial<QuizSettingsDraft>) => {
    onChange({ ...draft, settings: { ...s, ...next } });
  };
  const at = (field: string) => problemsAt(`settings.${field}`);
  return (
    <div className="quiz-settings">
      <TextField
        id="quiz-title"
        label="Quiz title"
        value={draft.title}
        problems={problemsAt("title")}
        onChange={(title) => {
          onChange({ ...draft, title });
        }}
      />
      <NumberField
        id="quiz-pass-percent"
        label="Pass mark (% of the points)"
        value={draft.passPercent}
        problems={problemsAt("passPercent")}
        onChange={(passPercent) => {
          onChange({ ...draft, passPercent: passPercent ?? 0 });
        }}
      />
      <NumberField
        id="quiz-attempts"
        label="Attempts allowed"
        hint="Leave empty for as many as the learner likes."
        value={s.attemptsAllowed}
        allowEmpty
        problems={at("attemptsAllowed")}
        onChange={(attemptsAllowed) => {
          set({ attemptsAllowed });
        }}
      />
      <SelectField
        id="quiz-grading"
        label="Grade from the attempts"
        value={s.grading}
        options={[
          { value: "highest", label: "Highest score" },
          { value: "average", label: "Average score" },
          { value: "first", label: "First attempt" },
          { value: "last", label: "Last attempt" },
        ]}
        problems={at("grading")}
        onChange={(grading) => {
          set({ grading: grading as QuizSettingsDraft["grading"] });
        }}
      />
      <CheckboxField
        id="quiz-shuffle-questions"
        label="Shuffle the questions for each attempt"
        checked={s.shuffleQuestions}
        problems={at("shuffleQuestions")}
        onChange={(shuffleQuestions) => {
          set({ shuffleQuestions });
        }}
      />
      <CheckboxField
        id="quiz-shuffle-options"
        label="Shuffle the options of each question"
        checked={s.shuffleOptions}
        problems={at("shuffleOptions")}
        onChange={(shuffleOptions) => {
          set({ shuffleOptions });
        }}
      />
      <NumberField
        id="quiz-time-limit"
        label="Time limit in minutes"
        hint="Leave empty for no time limit."
        value={s.timeLimitSeconds === null ? null : s.timeLimitSeconds / 60}
        allowEmpty
        problems={at("timeLimitSeconds")}
        onChange={(minutes) => {
          set({ timeLimitSeconds: minutes === null ? null : Math.round(minutes * 60) });
        }}
      />
      <SelectField
        id="quiz-feedback"
        label="Feedback"
        value={s.feedback}
        options={[
          { value: "after_submit", label: "After the learner submits the quiz" },
          { value: "immediate", label: "Straight after each answer (learners may try again)" },
        ]}
        problems={at("feedback")}
        onChange={(feedback) => {
          set({ feedback: feedback as QuizSettingsDraft["feedback"] });
        }}
      />
      <NumberField
        id="quiz-penalty"
        label="Penalty per extra try (share of the points, 0 to 1)"
        hint="Only with feedback straight after each answer."
        value={s.penaltyPerTry}
        problems={at("penaltyPerTry")}
        onChange={(penaltyPerTry) => {
          set({ penaltyPerTry: penaltyPerTry ?? 0 });
        }}
      />
      <SelectField
        id="quiz-review"
        label="Show the correct answers in the review"
        value={s.showCorrectAnswers}
        options={[
          { value: "after_each_attempt", label: "After each attempt" },
          { value: "once_passed_or_out_of_attempts", label: "Once passed or out of attempts" },
          { value: "never", label: "Never" },
        ]}
        problems={at("showCorrectAnswers")}
        onChange={(showCorrectAnswers) => {
          set({
            showCorrectAnswers: showCorrectAnswers as QuizSettingsDraft["showCorrectAnswers"],
          });
        }}
      />
      <fieldset className="option-list">
        <legend>Pools: draw some of the questions with an objective or tag</legend>
        <FieldProblems id="quiz-pools-problems" problems={at("pools")} />
        {s.pools.length === 0 ? <p>No pools: every question is asked.</p> : null}
        <ol>
          {s.pools.map((pool, index) => {
            const keys = poolKeys[pool.by];
            const poolAt = (field: string) => at(`pools.${String(index)}.${field}`);
            const setPool = (next: Partial<typeof pool>) => {
              set({ pools: s.pools.map((p, i) => (i === index ? { ...p, ...next } : p)) });
            };
            return (
              <li key={`${String(index)}-${pool.by}`} className="option-editor">
                <SelectField
                  id={`quiz-pool-${String(index)}-by`}
                  label={`Pool ${String(index + 1)}: questions with this kind of key`}
                  value={pool.by}
                  options={[
                    { value: "objective", label: "Objective" },
                    { value: "tag", label: "Tag" },
                  ]}
                  problems={poolAt("by")}
                  onChange={(by) => {
                    setPool({ by: by as "objective" | "tag", key: "" });
                  }}
                />
                <SelectField
                  id={`quiz-pool-${String(index)}-key`}
                  label={`Pool ${String(index + 1)}: the ${pool.by}`}
                  value={pool.key}
                  options={[
                    { value: "", label: `Choose the ${pool.by}` },
                    ...keys.map((key) => ({ value: key, label: key })),
                  ]}
                  problems={poolAt("key")}
                  onChange={(key) => {
                    setPool({ key });
                  }}
                />
                <NumberField
                  id={`quiz-pool-${String(index)}-draw`}
                  label={`Pool ${String(index + 1)}: questions to draw`}
                  value={pool.draw}
                  problems={poolAt("draw")}
                  onChange={(draw) => {
                    setPool({ draw: draw ?? 1 });
                  }}
                />
                <ListControls
                  name={`pool ${String(index + 1)}`}
                  index={index}
                  count={s.pools.length}
                  onRemove={() => {
                    set({ pools: s.pools.filter((_, i) => i !== index) });
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
            set({ pools: [...s.pools, { by: "tag", key: poolKeys.tag[0] ?? "", draw: 1 }] });
          }}
        >
          Add a pool
        </button>
      </fieldset>
    </div>
  );
}
