/**
 * Time limits of the feedback loop in working days: the calendar admins keep (holidays and make-up
 * days) and the deadlines it gives. Which limit applies, and the sweep that supervises (督办)
 * missed deadlines and closes answers nobody rated, belong to {@code opinion}.
 */
package cn.liaison.deadline;
