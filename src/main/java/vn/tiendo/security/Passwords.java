package vn.tiendo.security;

import java.security.SecureRandom;

/** Password rules (mật khẩu) and generated passwords for new and demo accounts. */
public final class Passwords {

    /** Minimum length of a password chosen by a person. */
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A random password of 16 characters without look-alike letters (0/O, 1/l/I). */
    public static String generate() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Refuses a password that is too short or too long, naming the field. */
    public static String checked(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "cần ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "quá dài (tối đa " + MAX_LENGTH + " ký tự).");
        }
        return password;
    }
}
