/** What each audit action means, in words an admin uses; unknown actions show their own name. */
const LABELS: Record<string, string> = {
  "sign_in.failed": "Sign-in failed",
  "sign_in.throttled": "Sign-in slowed down after wrong passwords",
  "sign_up.requested": "Sign-up requested",
  "email_link.limited": "Email link refused (too many)",
  "password.reset_requested": "Password reset requested",
  "password.reset": "Password reset",
  "user.created": "Account created",
  "user.role_changed": "Role changed",
  "user.disabled": "Account switched off",
  "user.enabled": "Account switched on",
  "user.signed_out_everywhere": "Signed out everywhere",
  "admin.first_created": "First admin created",
  "content.published": "Content published",
  "attempt.regraded": "Quiz regraded",
  "regrade.started": "Regrade started",
  "accommodation.set": "Extra time set",
  "accommodation.removed": "Extra time removed",
  "course.spelling_words_changed": "Course spelling words changed",
};

export function actionLabel(action: string): string {
  return LABELS[action] ?? action;
}
