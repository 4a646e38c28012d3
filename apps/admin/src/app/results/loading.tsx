/** Shown at once while a results view's figures are computed. */
export default function ResultsLoading() {
  return (
    <div role="status" className="results-loading">
      <h1>Results</h1>
      <p>Loading the results… This can take a few seconds for a large course.</p>
    </div>
  );
}
