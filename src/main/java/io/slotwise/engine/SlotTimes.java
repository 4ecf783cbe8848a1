package io.slotwise.engine;

/** The owner's {@code exactSlotTimes} setting: post at the occurrence start, or anywhere in its window. */
public enum SlotTimes {
    /** At the occurrence start. */
    EXACT,
    /** At a uniformly random instant in {@code [start, end)}; point slots still use their start. */
    RANDOM;

    public static SlotTimes fromExactSetting(boolean exactSlotTimes) {
        return exactSlotTimes ? EXACT : RANDOM;
    }
}
