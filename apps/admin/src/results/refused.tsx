import type { Refusal } from "./results-api";

/** The view's heading and the API's reason, when it refused (e.g. another coach's course). */
export function RefusedView({ title, refusal }: { title: string; refusal: Refusal }) {
  return (
    <>
      <h1>{title}</h1>
      <p role="alert" className="form-alert">
        {refusal.message}
      </p>
      <p>
        <a href="/results">See the results of your own courses</a>
      </p>
    </>
  );
}
