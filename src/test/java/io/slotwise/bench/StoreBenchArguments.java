package io.slotwise.bench;

/**
 * The arguments of the store benchmarks ({@code bench/run store|team}): {@code scale=} (a {@link PlanFixture.Scale}),
 * {@code rounds=} (of each timed step; the first is reported apart) and {@code calls=} (timed next-free questions).
 */
record StoreBenchArguments(PlanFixture.Scale scale, int rounds, int calls) {

    StoreBenchArguments {
        if (rounds < 2 || calls < 100) {
            throw new IllegalArgumentException("rounds must be at least 2 and calls at least 100");
        }
    }

    /** {@code args} over the defaults. */
    static StoreBenchArguments parse(String[] args, int rounds, int calls) {
        PlanFixture.Scale scale = PlanFixture.Scale.FULL;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv.length == 2 ? kv[0] : a) {
                case "scale" -> scale = PlanFixture.Scale.valueOf(kv[1]);
                case "rounds" -> rounds = Integer.parseInt(kv[1]);
                case "calls" -> calls = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + a + "; known: scale=, rounds=, calls=");
            }
        }
        return new StoreBenchArguments(scale, rounds, calls);
    }
}
