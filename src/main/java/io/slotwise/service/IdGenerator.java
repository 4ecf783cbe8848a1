package io.slotwise.service;

import java.security.SecureRandom;

/** Opaque ids with a readable prefix: {@code slot_…}, {@code post_…}, {@code lbl_…}. */
public final class IdGenerator {

    private static final char[] ALPHABET = "0123456789abcdefghijkmnopqrstuvwxyz".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public String next(String prefix) {
        char[] chars = new char[14];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix + "_" + new String(chars);
    }
}
