/**
 * Deputy suggestions (代表建议): a lead deputy turns citizens' opinions into a formal suggestion with
 * co-signers; staff review it (立案), assign it (交办) to a lead department and assisting ones and
 * supervise it; each department answers with a result class; the lead deputy rates the handling,
 * and an unsatisfied rating sends it back once. The state machine is one table,
 * {@link cn.liaison.suggestion.SuggestionLifecycle}; every step writes its event in the same
 * transaction, and the citizens whose opinions fed it hear of it on their opinions' timelines.
 */
package cn.liaison.suggestion;
