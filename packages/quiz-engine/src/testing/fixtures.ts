import type { QuestionInput, QuizInput } from "../schema";

/** Fields every test question needs but no test is about. */
export const base: {
  objectives: string[];
  section: { lesson: string; anchor: string };
  explanation: string;
} = {
  objectives: ["anatomy"],
  section: { lesson: "meet-the-soleus", anchor: "where-it-sits" },
  explanation: "The soleus runs from below the knee to the heel.",
};

export const singleChoiceInput = {
  ...base,
  id: "crosses-ankle",
  type: "single_choice",
  prompt: "Which joint does the soleus cross?",
  options: [
    {
      id: "knee",
      text: "The knee",
      feedback: "It starts below the knee.",
      misconception: "thinks the soleus crosses the knee",
    },
    { id: "ankle", text: "The ankle", correct: true, feedback: "Right." },
    {
      id: "hip",
      text: "The hip",
      feedback: "Far too high.",
      misconception: "confuses it with the hamstrings",
    },
  ],
} satisfies QuestionInput;

export const multipleResponseInput = {
  ...base,
  id: "benefits",
  type: "multiple_response",
  prompt: "Which are true?",
  options: [
    { id: "a", text: "A", correct: true },
    { id: "b", text: "B", correct: true },
    { id: "c", text: "C", correct: false, misconception: "mc" },
    { id: "d", text: "D", correct: false },
  ],
} satisfies QuestionInput;

export const trueFalseInput = {
  ...base,
  id: "second-heart",
  type: "true_false",
  prompt: "The soleus helps return blood to the heart.",
  answer: true,
  feedbackFalse: "It does: it squeezes the deep veins.",
  misconception: "thinks only the heart pumps blood",
} satisfies QuestionInput;

export const orderingInput = {
  ...base,
  id: "raise-steps",
  type: "ordering",
  prompt: "Put the steps in order.",
  items: [
    { id: "sit", text: "Sit tall" },
    { id: "lift", text: "Lift heels" },
    { id: "pause", text: "Pause" },
    { id: "lower", text: "Lower slowly" },
  ],
} satisfies QuestionInput;

export const matchingInput = {
  ...base,
  id: "match-muscles",
  type: "matching",
  prompt: "Match each muscle to where it is.",
  prompts: [
    { id: "soleus", text: "Soleus" },
    { id: "gastroc", text: "Gastrocnemius" },
  ],
  answers: [
    { id: "deep", text: "Deep calf" },
    { id: "surface", text: "Surface calf" },
    { id: "thigh", text: "Thigh" },
  ],
  pairs: [
    { prompt: "soleus", answer: "deep" },
    { prompt: "gastroc", answer: "surface" },
  ],
} satisfies QuestionInput;

export const numericInput = {
  ...base,
  id: "reps",
  type: "numeric",
  prompt: "How many seconds down?",
  answer: 3,
  tolerance: { kind: "absolute", value: 0.5 },
  units: ["s", "seconds"],
} satisfies QuestionInput;

export const shortTextInput = {
  ...base,
  id: "name-it",
  type: "short_text",
  prompt: "Name the muscle.",
  accepted: ["soleus", "soleus muscle"],
  pattern: "sol[eé]us( muscle)?",
} satisfies QuestionInput;

export const fillBlanksInput = {
  ...base,
  id: "fill",
  type: "fill_blanks",
  prompt: "Fill in the blanks.",
  text: "The {{muscle}} sits {{where}} the gastrocnemius.",
  blanks: [
    { id: "muscle", kind: "text", accepted: ["soleus"] },
    {
      id: "where",
      kind: "choice",
      options: [
        { id: "under", text: "under", correct: true },
        { id: "over", text: "over" },
      ],
    },
  ],
} satisfies QuestionInput;

export const allQuestionInputs = [
  singleChoiceInput,
  multipleResponseInput,
  trueFalseInput,
  orderingInput,
  matchingInput,
  numericInput,
  shortTextInput,
  fillBlanksInput,
] satisfies QuestionInput[];

/** A quiz with one question of each type. */
export function quizInput(overrides: Partial<QuizInput> = {}): QuizInput {
  return {
    id: "check",
    title: "Check your understanding",
    passPercent: 70,
    questions: allQuestionInputs,
    ...overrides,
  };
}
