import { describe, expect, it } from "vitest";
import { num, ord, quizOf, sc, short, tf } from "../testing/item-quizzes";
import { checkGiveaways } from "./giveaways";

describe("giveaways between questions", () => {
  it.each([
    {
      name: "an ordering item states another question's numeric answer",
      questions: [
        num(
          "To about how many degrees do you bend your knees for a seated raise?",
          90,
          "knee-angle",
        ),
        ord(
          "Put the seated raise in order",
          ["Sit with knees bent to about 90 degrees", "Lift the heels", "Lower slowly"],
          "raise-order",
        ),
      ],
      found: ["raise-order:items.0.text"],
    },
    {
      name: "a prompt names an accepted short answer",
      questions: [
        short(
          "What is the calcaneal tendon's common name?",
          ["Achilles tendon", "Achilles"],
          "tendon-name",
        ),
        tf("True or false: the Achilles tendon joins the calf to the heel.", true, "tendon-joins"),
      ],
      found: ["tendon-joins:prompt"],
    },
    {
      name: "an option repeats the distinctive words of another question's key",
      questions: [
        sc(
          "Why does a smaller soleus tire sooner?",
          ["*Less force in each squeeze", "It has more blood", "It crosses the knee"],
          "tires-sooner",
        ),
        sc(
          "What changes with age?",
          ["*Muscles shrink, giving less force in each squeeze", "Bones get longer"],
          "with-age",
        ),
      ],
      found: ["with-age:options.0.text"],
    },
    {
      name: "near miss: a different number",
      questions: [
        num("To about how many degrees do you bend your knees?", 90, "knee-angle"),
        ord(
          "Put it in order",
          ["Sit with knees bent", "Hold for 30 seconds", "Lower slowly"],
          "raise-order",
        ),
      ],
      found: [],
    },
    {
      name: "near miss: a number inside a longer number is not the answer",
      questions: [
        num("How many seconds?", 30, "secs"),
        tf("True or false: 300 steps a day are enough.", false, "steps"),
      ],
      found: [],
    },
    {
      name: "near miss: a one-word typed answer that most questions use is the quiz's vocabulary",
      questions: [
        short(
          "Blood in the leg veins flows up toward which organ?",
          ["the heart", "heart"],
          "goal",
        ),
        sc("Why the 'second heart'?", ["*It pumps blood upward", "It beats"], "second"),
        tf("True or false: the heart pumps blood to the legs.", true, "legs"),
        tf("True or false: a heart condition needs a check first.", true, "check"),
      ],
      found: [],
    },
    {
      name: "a one-word typed answer that one other question uses is a giveaway",
      questions: [
        short(
          "Blood in the leg veins flows up toward which organ?",
          ["the heart", "heart"],
          "goal",
        ),
        sc("Why the 'second heart'?", ["*It pumps blood upward", "It beats"], "second"),
      ],
      found: ["second:prompt"],
    },
    {
      name: "near miss: one shared topic word is not a giveaway",
      questions: [
        sc(
          "Which muscle lies under the gastrocnemius?",
          ["*The soleus", "The hamstring", "The quadriceps"],
          "under",
        ),
        sc("What does the soleus do?", ["*Points the toes down", "Bends the hip"], "does"),
      ],
      found: [],
    },
  ])("$name", ({ questions, found }) => {
    const findings = checkGiveaways(quizOf(questions));
    expect(findings.map((f) => `${f.questionId ?? ""}:${f.field}`)).toEqual(found);
    expect(findings.every((f) => f.severity === "warning" && f.check === "giveaway")).toBe(true);
  });

  it("names the question whose answer is given away", () => {
    const [finding] = checkGiveaways(
      quizOf([
        num("Degrees?", 90, "knee-angle"),
        ord("Order", ["Bend to 90 degrees", "Lift"], "raise-order"),
      ]),
    );
    expect(finding?.message).toContain('the answer to question "knee-angle"');
  });
});
