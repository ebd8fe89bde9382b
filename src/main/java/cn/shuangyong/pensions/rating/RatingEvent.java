package cn.shuangyong.pensions.rating;

import java.time.Instant;

/** One move of a rating, for its history: the step it reached, who moved it, when, and what was done. */
public record RatingEvent(RatingStep step, String by, Instant at, String note) {
}
