package cn.liaison.casework;

/**
 * How a caller stands to a case they may see: the role they take in it, or none (they see it but
 * take no part, and every step is refused them). A caller who may not see the case has no
 * {@code Seen} at all (null), and is answered 404, as if the case did not exist.
 */
public record Seen<R extends Enum<R>>(R role) {

    public static <R extends Enum<R>> Seen<R> as(R role) {
        return new Seen<>(role);
    }
}
