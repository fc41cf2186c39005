/**
 * Opinions (社情民意) and the closed loop that answers them: submission from a citizen's phone,
 * acceptance, routing to deputies and departments, replies, the citizen's rating. The state
 * machine is one table, {@link cn.liaison.opinion.OpinionLifecycle}; every change of state writes
 * its event in the same transaction.
 */
package cn.liaison.opinion;
