/**
 * The case kernel: what every case loop of the station shares, so that opinions (社情民意), deputy
 * suggestions (代表建议), and the public consultations and 民生实事 projects that come next are
 * configurations of one idea instead of copies of it.
 * <p>
 * A loop brings its own enums (actions, states, roles of the people in the case, event types) and
 * writes its lifecycle once, as a {@link cn.liaison.casework.Lifecycle} table of
 * {@link cn.liaison.casework.Rule}s: from which states, by whom, to which state, with which event.
 * The kernel reads the table to offer the actions allowed now ({@code allowed}) and to refuse the
 * others the same way in every loop ({@code check}: 403 FORBIDDEN for a role the row does not name,
 * then 409 ACTION_NOT_ALLOWED_IN_STATE; 404 for a case the caller may not see is the loop's own
 * question, asked first). A row that may lead to several states (a rating that closes or reopens)
 * lists them all, and the case names its choice through {@code Rule.into}, so that no state is set
 * outside the table.
 * <p>
 * <b>One event table per loop, not one for all.</b> The timelines stay in {@code opinion_events} and
 * {@code suggestion_events}: each row keeps a real foreign key to its case and its own indexes, each
 * loop's event types and roles stay checked by its own enums, a loop's history can be kept or purged
 * apart from the others (an opinion's personal data are erased on request; a suggestion is a public
 * record), and the rows already written need no migration. What a shared table would buy, one query
 * across loops, no screen asks for: the citizen follows a suggestion on their opinion's own timeline.
 * What the loops share is the shape of a timeline entry and the rules of writing it, which live here.
 */
package cn.liaison.casework;
