/**
 * The public board (公开): answered opinions staff published with the citizen's consent, personal
 * data taken out of their text; support (附议); similar opinions while a citizen types; and the
 * open figures of how the stations answer.
 */
package cn.liaison.board;
