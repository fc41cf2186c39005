package cn.liaison.platform.crypto;

/** How personal data is shown to anyone but its owner. */
public final class Masking {

    private Masking() {
    }

    /** {@code 13812345678} becomes {@code 138****5678}; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int n = phone.length();
        if (n >= 11) {
            return phone.substring(0, n - 8) + "****" + phone.substring(n - 4);
        }
        return n <= 2 ? "**" : "*".repeat(n - 2) + phone.substring(n - 2);
    }
}
