package cn.liaison.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;

/** The kernel's table on a loop of its own, so that what it decides is seen apart from any feature. */
class LifecycleTests {

    enum State { OPEN, ANSWERED, CLOSED }

    enum Action { ANSWER, RATE, NOTE, SWEEP }

    enum Role { OWNER, OFFICE, SYSTEM }

    enum Event { ANSWERED, RATED, NOTE, SWEPT }

    private static final Lifecycle<Action, State, Role, Event> LOOP = Lifecycle.<Action, State, Role, Event>of(Action.class, Role.SYSTEM)
            .step(Action.ANSWER, Set.of(State.OPEN), Set.of(State.ANSWERED), Set.of(Role.OFFICE), Event.ANSWERED)
            .step(Action.RATE, Set.of(State.ANSWERED), Set.of(State.OPEN, State.CLOSED), Set.of(Role.OWNER), Event.RATED)
            .step(Action.NOTE, Set.of(State.values()), Set.of(), Set.of(Role.OFFICE), Event.NOTE)
            .step(Action.SWEEP, Set.of(State.ANSWERED), Set.of(State.CLOSED), Set.of(Role.SYSTEM), Event.SWEPT)
            .build();

    @Test
    void offersWhatTheRoleMayDoNowAndNeverTheSweepsRows() {
        assertEquals(List.of(Action.ANSWER, Action.NOTE), LOOP.allowed(State.OPEN, Role.OFFICE));
        assertEquals(List.of(Action.RATE), LOOP.allowed(State.ANSWERED, Role.OWNER));
        assertEquals(List.of(), LOOP.allowed(State.ANSWERED, Role.SYSTEM));
        assertEquals(List.of(), LOOP.allowed(State.OPEN, null));
    }

    @Test
    void refusesARoleTheRowDoesNotNameBeforeAStateItDoesNotStartFrom() {
        assertEquals(ErrorCode.FORBIDDEN, assertThrows(ApiException.class, () -> LOOP.check(Action.ANSWER, State.CLOSED, Role.OWNER)).code());
        assertEquals(ErrorCode.FORBIDDEN, assertThrows(ApiException.class, () -> LOOP.check(Action.ANSWER, State.OPEN, null)).code());
        assertEquals(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE,
                assertThrows(ApiException.class, () -> LOOP.check(Action.ANSWER, State.CLOSED, Role.OFFICE)).code());
        assertEquals(Event.ANSWERED, LOOP.check(Action.ANSWER, State.OPEN, Role.OFFICE).event());
    }

    @Test
    void aStepLeadsOnlyWhereItsRowSays() {
        assertEquals(State.ANSWERED, LOOP.rule(Action.ANSWER).after(State.OPEN));
        assertEquals(State.OPEN, LOOP.rule(Action.NOTE).after(State.OPEN));
        assertEquals(State.CLOSED, LOOP.rule(Action.RATE).into(State.CLOSED));
        assertThrows(IllegalStateException.class, () -> LOOP.rule(Action.RATE).into(State.ANSWERED));
        assertThrows(IllegalStateException.class, () -> LOOP.rule(Action.RATE).after(State.ANSWERED), "the case must say which");
        assertEquals(State.CLOSED, LOOP.rule(Action.SWEEP).target());
    }

    @Test
    void everyActionHasOneRow() {
        assertThrows(IllegalArgumentException.class, () -> Lifecycle.<Action, State, Role, Event>of(Action.class)
                .step(Action.NOTE, Set.of(State.OPEN), Set.of(), Set.of(Role.OFFICE), Event.NOTE)
                .step(Action.NOTE, Set.of(State.CLOSED), Set.of(), Set.of(Role.OFFICE), Event.NOTE));
        assertThrows(IllegalArgumentException.class, () -> Lifecycle.<Action, State, Role, Event>of(Action.class).build().rule(Action.NOTE));
    }
}
