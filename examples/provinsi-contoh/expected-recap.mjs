/** The parts of a recap run the example pins down: the whole recap, and per file whether it was scored and its counts. */
export function expectedRecap(recap, files) {
  return {
    recap,
    files: files.map((f) => ({
      file: f.file,
      scored: f.scored,
      errors: f.problems.filter((p) => p.severity === "error").length,
      warnings: f.problems.filter((p) => p.severity === "warning").length,
    })),
  };
}
