/**
 * The public board (公开): the endpoints of answered opinions staff published with the citizen's
 * consent, support (附议) and similar opinions, served by {@code opinion.PublicOpinions}; and the
 * open and staff figures of how the stations answer, assembled from {@code opinion.OpinionFigures}.
 */
package cn.liaison.board;
