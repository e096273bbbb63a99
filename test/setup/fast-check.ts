import fc from 'fast-check';

// Property tests are seeded, so that a run is repeatable and CI never fails at random; set
// FAST_CHECK_SEED to explore other inputs (a failure prints the seed and path to replay it).
fc.configureGlobal({ seed: Number(process.env.FAST_CHECK_SEED ?? 20261129) });
