/**
 * Opinions (社情民意) and the closed loop that answers them: submission from a citizen's phone,
 * acceptance, routing to deputies and departments, replies, the citizen's rating, supervision and
 * closing by the deadline sweep. The state machine is one table,
 * {@link cn.liaison.opinion.OpinionLifecycle}; every change of state writes its event in the same
 * transaction. The feature also keeps what others read of its tables: the published opinions, the
 * monthly figures, and the lists and search ({@code repository/search}).
 */
package cn.liaison.opinion;
