// The held-out corpus of test/fixtures (issue 9's method): nobody who changes src/extract reads it, and only the
// integrator measures it (scripts/extract-snapshot.ts and scripts/score-corpora.ts leave it out unless
// SNAPSHOT_HELD_OUT=1). When it is opened for fixes it joins the development corpora, and a new one is built first.
export const HELD_OUT = new Set(["real29"]);
