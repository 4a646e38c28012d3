/**
 * The one source of truth for "when to seek care" across Soleus: the site footer, the lesson
 * health note and the `::seek-care` lesson block all render from here, so they can never
 * disagree about how urgent a sign is. Change the advice here, nowhere else.
 */

/** One level of urgency: what to do, the signs that call for it, and why. */
export interface CareLevel {
  /** What to do, as an instruction ("Call your local emergency number now"). */
  action: string;
  /** The signs, each a short phrase a learner can check against. */
  signs: readonly string[];
  /** Why these signs matter, and what not to do meanwhile. */
  why: string;
  /** The signs in one short clause, for the footer note ("one leg swells, hurts or feels warm"). */
  inBrief: string;
}

/** The reminder every page and lesson carries: the courses teach, they do not diagnose. */
export const CARE_DISCLAIMER = "Education, not medical advice.";

/** Signs that a clot may have reached the lung (pulmonary embolism): an emergency. */
export const EMERGENCY_CARE: CareLevel = {
  action: "Call your local emergency number now",
  signs: [
    "Chest pain, most of all if it gets worse when you breathe in",
    "Sudden shortness of breath",
    "Coughing up blood",
  ],
  why: "These can mean a clot has moved to the lung. Do not wait to see if they pass, and do not drive yourself.",
  inBrief: "you have chest pain, sudden shortness of breath or you cough up blood",
};

/** Signs of a possible clot in a deep leg vein (DVT): get seen the same day. */
export const SAME_DAY_CARE: CareLevel = {
  action: "Get medical advice the same day",
  signs: [
    "Swelling in one leg, not both",
    "Pain or tenderness in one leg, often in the calf, that does not ease",
    "Warmth over the sore or swollen part",
    "Red or darker skin on that leg (on brown or black skin it can be harder to see)",
  ],
  why: "These can be signs of a clot in a deep leg vein (a DVT). Do not rub, massage or exercise that leg while you wait to be seen.",
  inBrief: "one leg swells, hurts or feels warm",
};

/** The short note for the site footer, built from the same levels as the lesson block. */
export function footerCareNote(): { disclaimer: string; emergency: string; sameDay: string } {
  return {
    disclaimer: CARE_DISCLAIMER,
    emergency: `${EMERGENCY_CARE.action} if ${EMERGENCY_CARE.inBrief}.`,
    sameDay: `${SAME_DAY_CARE.action} if ${SAME_DAY_CARE.inBrief}.`,
  };
}
