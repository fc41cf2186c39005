/**
 * Time limits of the feedback loop: the working-day calendar admins keep (holidays and make-up
 * days), the limits per opinion kind, and the sweep that supervises (督办) missed deadlines and
 * closes answers nobody rated.
 */
package cn.liaison.deadline;
