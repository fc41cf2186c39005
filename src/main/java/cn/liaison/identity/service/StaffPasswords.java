package cn.liaison.identity.service;

/** The password rule for staff accounts: at least 10 characters and not only digits. */
final class StaffPasswords {

    static final String RULE = "(?=.*\\D).{10,}";

    private StaffPasswords() {
    }
}
