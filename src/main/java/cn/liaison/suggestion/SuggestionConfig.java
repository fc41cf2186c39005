package cn.liaison.suggestion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The time limits of deputy suggestions, in calendar months from assignment. Under {@code liaison.suggestions.*}. */
@ConfigMapping(prefix = "liaison.suggestions")
public interface SuggestionConfig {

    /** Months the departments have to answer. */
    @WithDefault("3")
    int answerWithinMonths();

    /** The deadline after the one extension staff may grant, in months from assignment. */
    @WithDefault("6")
    int extendedToMonths();

    /** Months the departments have to answer again after the deputy rated the handling 不满意. */
    @WithDefault("1")
    int answerAgainWithinMonths();
}
