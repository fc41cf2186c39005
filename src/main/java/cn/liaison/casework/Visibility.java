package cn.liaison.casework;

/** Who reads a timeline entry: everyone who follows the case, or only those who handle it. */
public enum Visibility {
    /** the citizen (an opinion) or the deputies (a suggestion) see it */
    PUBLIC,
    /** only those who handle the case: the office, and an opinion's assigned deputy */
    INTERNAL
}
