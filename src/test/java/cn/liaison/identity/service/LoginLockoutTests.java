package cn.liaison.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How long a username under attack from many addresses makes every sign-in wait: slowed, never locked. */
class LoginLockoutTests {

    @Test
    void aUsernameUnderAttackIsSlowedNotLocked() {
        assertEquals(Duration.ZERO, LoginLockout.waitFor(20));
        assertEquals(Duration.ofSeconds(1), LoginLockout.waitFor(21));
        assertEquals(Duration.ofSeconds(2), LoginLockout.waitFor(30));
        assertEquals(Duration.ofSeconds(5), LoginLockout.waitFor(10_000));
    }
}
